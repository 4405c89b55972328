using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.Audit;

/// <summary>
/// What a SaveChanges is about to change, captured before it runs (afterwards the original values are gone)
/// and turned into audit entries once the database has assigned the new rows their ids.
/// </summary>
internal sealed class AuditCapture
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Fields never written to the trail; a change to a secret is noted without its value.</summary>
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ApiTokenHash"];

    private static readonly HashSet<string> Noise = ["ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "BureauId"];

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?>? Before, Dictionary<string, object?>? After)> _changes = [];

    public bool IsEmpty => _changes.Count == 0;

    public static AuditCapture Of(ChangeTracker tracker)
    {
        var capture = new AuditCapture();
        foreach (var entry in tracker.Entries())
        {
            // A sealed ballot is recorded by its receipt's entry (that the expert voted); its blob has no place in the chain.
            if (entry.Entity is AuditEntry or AuditHead or DataProtectionKey or Meetings.SealedBallot || entry.Metadata.IsOwned())
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    capture._changes.Add((entry, "created", null, null));
                    break;
                case EntityState.Deleted:
                    capture._changes.Add((entry, "deleted", Values(entry, original: true, onlyModified: false), null));
                    break;
                case EntityState.Modified:
                    var before = Values(entry, original: true, onlyModified: true);
                    if (before.Count > 0)
                    {
                        capture._changes.Add((entry, "updated", before, Values(entry, original: false, onlyModified: true)));
                    }
                    break;
            }
        }
        return capture;
    }

    /// <summary>The entries, once the rows have their keys; ids and hashes are the chain's to assign.</summary>
    public IEnumerable<AuditEntry> Entries(string actor, DateTime at)
    {
        foreach (var (entry, action, before, after) in _changes)
        {
            var type = entry.Metadata.ClrType.Name;
            var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(p.Name, entry.Property(p.Name).CurrentValue)));
            var afterValues = action == "created" ? Values(entry, original: false, onlyModified: false) : after;
            yield return new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = action,
                EntityType = type,
                EntityId = id,
                Subject = SubjectOf(entry.Entity, type, id),
                Summary = JsonSerializer.Serialize(new { before, after = afterValues }, Json),
                PreviousHash = string.Empty,
                Hash = string.Empty,
            };
        }
    }

    /// <summary>
    /// The record a change belongs to: a person's titles, assessments, education and achievements are the person's
    /// history; a committee's filings, scope and roster the committee's;
    /// an application's steps, timeline, materials and objections the application's.
    /// </summary>
    private static string SubjectOf(object entity, string type, string id) => entity switch
    {
        TitleHeld t => $"Person:{t.PersonId}",
        PersonAssessment a => $"Person:{a.PersonId}",
        PersonEducation e => $"Person:{e.PersonId}",
        PersonAchievement a => $"Person:{a.PersonId}",
        CommitteeFiling f => $"Committee:{f.CommitteeId}",
        CommitteeScopeUnit s => $"Committee:{s.CommitteeId}",
        CommitteeMember m => $"Committee:{m.CommitteeId}",
        Applications.ApplicationStep s => $"TitleApplication:{s.ApplicationId}",
        Applications.ApplicationEvent e => $"TitleApplication:{e.ApplicationId}",
        Applications.ApplicationMaterial m => $"TitleApplication:{m.ApplicationId}",
        Applications.PublicityObjection o => $"TitleApplication:{o.ApplicationId}",
        _ => $"{type}:{id}",
    };

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original, bool onlyModified)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Noise.Contains(name) || (onlyModified && !property.IsModified))
            {
                continue;
            }
            var value = original ? property.OriginalValue : property.CurrentValue;
            if (onlyModified && Equals(property.OriginalValue, property.CurrentValue))
            {
                continue;
            }
            if (value is null && !onlyModified)
            {
                continue;
            }
            values[name] = Secret.Contains(name) ? (value is null ? null : "（已设置）") : Format(name, value);
        }
        return values;
    }

    private static string? Format(string name, object? value) => value switch
    {
        null => null,
        string s when name == "IdNumber" && IdentityNumber.TryParse(s, out var number, out _) => number.Masked,
        string s when name == "IdNumber" => new string('*', s.Length),
        byte[] bytes => $"（{bytes.Length} 字节）",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
