using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 评委抽取 — draws a meeting's panel from the committee's pool by <see cref="ExpertDraw"/> and records the seed and the
/// whole request (the pool as it stood, the applicants), so that the office or a supervising bureau can re-run the
/// draw later and see the same panel (<see cref="ReplayAsync"/>).
/// </summary>
public sealed class PanelDraw(AppDbContext db, CommitteeService committees, PolicyVersion policy, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<EvaluationMeeting>> DrawAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken = default)
    {
        var found = await MeetingAccess.ActOnAsync(db, jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var meeting = found.Value!;
        if (meeting.Status != MeetingStatus.Scheduled)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", $"本次会议的评委已于 {meeting.DrawnAt:yyyy-MM-dd HH:mm} 抽取，不能重抽", ClauseIds.NationalRecusal));
        }
        if (await committees.GateAsync(meeting.Committee!, CommitteeAction.HoldMeeting, meeting.Year, cancellationToken) is { } refusal)
        {
            return Outcome<EvaluationMeeting>.Refused(Problem.Of(refusal));
        }
        var request = await RequestAsync(meeting, ExpertDraw.NewSeed(), cancellationToken);
        var result = ExpertDraw.Run(request);
        if (!result.Complete)
        {
            var reasons = result.Order.Where(c => c.PassedOver is not null and not PassOverReason.NotNeeded)
                .GroupBy(c => c.PassedOver!.Value).Select(g => $"{PassOverReasons.Label(g.Key)} {g.Count()} 人");
            return Outcome<EvaluationMeeting>.Refused(new Problem("panelSize",
                $"专家库中符合条件的专家只有 {result.Panel.Count} 人，不足评委人数 {meeting.PanelSize} 人（专家库 {request.Candidates.Count} 人；{string.Join("，", reasons)}）",
                ClauseIds.NationalRecusal));
        }
        meeting.DrawSeed = request.Seed;
        meeting.DrawOrder = JsonSerializer.Serialize(new DrawRecord(request, result.Order), Json);
        meeting.DrawnAt = time.GetUtcNow();
        meeting.DrawnBy = ApplicationService.Actor(jurisdiction);
        meeting.Status = MeetingStatus.PanelDrawn;
        meeting.Seats = [.. result.Panel.Select(m => new PanelSeat { MemberId = m })];
        meeting.Version++;
        return await db.SaveVersionedAsync(meeting, MeetingAccess.Stale, cancellationToken);
    }

    /// <summary>
    /// Re-runs a recorded draw from its recorded seed and request and compares the panel with the seats on record: the
    /// supervisor's check that nobody chose the panel by hand.
    /// </summary>
    public async Task<Outcome<DrawReplay>> ReplayAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingAccess.Managed(db, jurisdiction).AsNoTracking().Include(m => m.Seats)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return Outcome<DrawReplay>.NotFound;
        }
        if (Record(meeting) is not { } record)
        {
            return Outcome<DrawReplay>.Refused(new Problem("", "本次会议尚未抽取评委", ClauseIds.NationalRecusal));
        }
        var replayed = ExpertDraw.Run(record.Request);
        var seated = meeting.Seats.Select(s => s.MemberId).Order().ToList();
        var same = replayed.Panel.Order().SequenceEqual(seated) && replayed.Order.SequenceEqual(record.Order);
        return Outcome<DrawReplay>.Done(new DrawReplay(same, record.Request.Seed, replayed.Order, seated));
    }

    /// <summary>The recorded draw of a meeting, or null before the draw.</summary>
    public static DrawRecord? Record(EvaluationMeeting meeting) =>
        meeting.DrawOrder is { } json ? JsonSerializer.Deserialize<DrawRecord>(json, Json) : null;

    /// <summary>
    /// The draw's request: the committee's whole roster with what the draw needs to know of each (the employer of an
    /// expert on record is their unit's name; an expert with an active integrity record — by identity number, or by
    /// name for an expert not on record — is marked), and the applicants on the list with their units.
    /// </summary>
    private async Task<DrawRequest> RequestAsync(EvaluationMeeting meeting, string seed, CancellationToken cancellationToken)
    {
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.CommitteeId == meeting.CommitteeId).OrderBy(m => m.Id)
            .Select(m => new
            {
                Member = m,
                Person = db.People.Where(p => p.Id == m.PersonId).Select(p => new { p.IdNumber, Unit = p.Unit!.Name }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var memberIds = members.Select(m => m.Member.Id).ToList();
        var relations = await db.ExpertRelations.AsNoTracking().Where(r => memberIds.Contains(r.MemberId))
            .Select(r => new { r.MemberId, r.PersonId }).ToListAsync(cancellationToken);
        var numbers = members.Where(m => m.Person is not null).Select(m => m.Person!.IdNumber).ToList();
        var names = members.Where(m => m.Person is null).Select(m => m.Member.Name).ToList();
        var flagged = await db.IntegrityEntries.AsNoTracking().ActiveOn(Today, policy.Settings.IntegrityRecordYears)
            .Where(e => numbers.Contains(e.IdNumber) || (e.Subject == IntegritySubject.Expert && names.Contains(e.Name)))
            .Select(e => new { e.IdNumber, e.Name, e.Subject }).ToListAsync(cancellationToken);
        var applicationIds = meeting.Candidates.Select(c => c.ApplicationId).ToList();
        var applicants = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new DrawApplicant(a.PersonId, a.Person!.Name, a.Unit!.Name)).ToListAsync(cancellationToken);
        var candidates = members.Select(m => new DrawCandidate(
            m.Member.Id, m.Member.Name, m.Member.Specialty, m.Member.TitleLevel, m.Member.TermStart, m.Member.TermEnd, m.Member.Available,
            m.Person is { } person
                ? flagged.Any(f => f.IdNumber == person.IdNumber)
                : flagged.Any(f => f.Subject == IntegritySubject.Expert && f.Name == m.Member.Name),
            m.Person?.Unit ?? m.Member.Employer, m.Member.PersonId,
            [.. relations.Where(r => r.MemberId == m.Member.Id).Select(r => r.PersonId).Order()])).ToList();
        return new DrawRequest(meeting.HeldOn, MeetingSchedule.Split(meeting.Specialties), meeting.Level, meeting.PanelSize, seed, candidates, applicants);
    }
}

/// <summary>What a draw recorded: its request (seed included) and the order it produced.</summary>
public sealed record DrawRecord(DrawRequest Request, IReadOnlyList<DrawnCandidate> Order);

/// <summary>A re-run of a recorded draw: whether it gave the same panel and order, and both.</summary>
public sealed record DrawReplay(bool Same, string Seed, IReadOnlyList<DrawnCandidate> Order, IReadOnlyList<int> SeatedMembers);
