using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 会议纪要 — who attended, who was evaluated, the groups' scores and opinions and the tallies, rendered as a PDF when the
/// ballot closes and archived by its SHA-256 in the content store (the same store as application materials).
/// </summary>
public sealed class MeetingMinutesArchive(AppDbContext db, TimeProvider time)
{
    /// <summary>Renders and stores the minutes of a closed meeting (tracked, with its seats, groups and list); returns the hash.</summary>
    public async Task<string> ArchiveAsync(EvaluationMeeting meeting, CancellationToken cancellationToken = default)
    {
        var bytes = MinutesDocument.Render(await MinutesAsync(meeting, cancellationToken));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.MaterialContents.AnyAsync(c => c.Sha256 == sha, cancellationToken))
        {
            db.MaterialContents.Add(new MaterialContent { Sha256 = sha, Bytes = bytes });
        }
        return sha;
    }

    /// <summary>The archived minutes of a meeting the viewer manages, or null.</summary>
    public Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default) =>
        db.MaterialContents.Where(c => c.Sha256 == sha256).Select(c => c.Bytes).SingleOrDefaultAsync(cancellationToken)!;

    private async Task<MeetingMinutes> MinutesAsync(EvaluationMeeting meeting, CancellationToken cancellationToken)
    {
        var groups = meeting.Groups.ToDictionary(g => g.Id, g => g.Name);
        var memberIds = meeting.Seats.Select(s => s.MemberId).ToList();
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var applicationIds = meeting.Candidates.Select(c => c.ApplicationId).ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, a.Person!.Name, Unit = a.Unit!.Name, a.Series, a.Specialty, a.Level })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var present = meeting.Seats.Count(s => s.Present);
        var experts = meeting.Seats.OrderBy(s => s.GroupId is null).ThenBy(s => s.GroupId).ThenBy(s => s.Id).Select(s =>
        {
            var member = members[s.MemberId];
            return new MinutesExpert(member.Name, member.Employer, member.Specialty, s.GroupId is { } g ? groups[g] : null, s.Present);
        }).ToList();
        var candidates = meeting.Candidates.OrderBy(c => c.ApplicationId).Select(c =>
        {
            var a = applications[c.ApplicationId];
            return new MinutesCandidate(a.Number, a.Name, a.Unit, $"{a.Series} {a.Specialty}", Codes.Level.Label(a.Level),
                c.GroupId is { } g ? groups[g] : null, Scores(c), c.Opinion ?? "", c.Yes, c.No, c.Abstain, present, c.Passed == true);
        }).ToList();
        return new MeetingMinutes(meeting.Committee!.Name, meeting.Number, meeting.HeldOn, meeting.Place, meeting.Seats.Count, present,
            meeting.DrawSeed ?? "", experts, candidates, time.GetUtcNow());
    }

    private static List<MinutesScore> Scores(MeetingCandidate c) =>
    [
        new("思想品德", c.MoralCharacter ?? 0), new("职业道德", c.ProfessionalEthics ?? 0), new("专业能力", c.ProfessionalAbility ?? 0),
        new("技术水平", c.TechnicalLevel ?? 0), new("学术影响力", c.AcademicInfluence ?? 0),
    ];
}
