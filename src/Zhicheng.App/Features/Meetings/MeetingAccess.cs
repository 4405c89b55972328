using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// Who reaches a meeting. The committee's office runs it; the bureaus that see the committee supervise it (they see
/// everything the office sees, re-run the draw, and confirm the results); an expert reaches only the meetings they
/// sit on, and there only the list, their own group's work and their ballot — never the panel. Anyone else: not found.
/// </summary>
public static class MeetingAccess
{
    /// <summary>Meetings the viewer runs (committee office) or supervises (bureau).</summary>
    public static IQueryable<EvaluationMeeting> Managed(AppDbContext db, Jurisdiction jurisdiction)
    {
        var viewer = jurisdiction.Viewer;
        if (viewer.Role != AccountRole.CommitteeOffice && !viewer.IsBureau)
        {
            return db.Meetings.Where(m => false);
        }
        var committees = jurisdiction.Committees(db).Select(c => c.Id);
        return db.Meetings.Where(m => committees.Contains(m.CommitteeId));
    }

    /// <summary>The viewer's seats: the panels an expert's account sits on.</summary>
    public static IQueryable<PanelSeat> Seats(AppDbContext db, Viewer viewer) =>
        viewer.Role == AccountRole.Expert
            ? db.PanelSeats.Where(s => s.Member!.AccountId == viewer.AccountId)
            : db.PanelSeats.Where(s => false);

    /// <summary>Whether the viewer runs meetings (the office) rather than supervising them.</summary>
    public static bool Runs(Viewer viewer) => viewer.Role == AccountRole.CommitteeOffice;

    /// <summary>A meeting the office runs, tracked, with its list, seats and groups; null when not the viewer's to run.</summary>
    internal static Task<EvaluationMeeting?> RunAsync(AppDbContext db, Jurisdiction jurisdiction, int id, CancellationToken cancellationToken) =>
        Runs(jurisdiction.Viewer)
            ? Managed(db, jurisdiction).Include(m => m.Committee).Include(m => m.Candidates).Include(m => m.Seats).Include(m => m.Groups)
                .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            : Task.FromResult<EvaluationMeeting?>(null);

    /// <summary>
    /// The meeting an office action is about, as the office last saw it: not found outside the office's reach, refused as
    /// stale when someone changed it since <paramref name="version"/>.
    /// </summary>
    internal static async Task<Outcome<EvaluationMeeting>> ActOnAsync(AppDbContext db, Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken) =>
        await RunAsync(db, jurisdiction, id, cancellationToken) switch
        {
            null => Outcome<EvaluationMeeting>.NotFound,
            { } meeting when meeting.Version != version => Outcome<EvaluationMeeting>.Refused(Stale),
            { } meeting => Outcome<EvaluationMeeting>.Done(meeting),
        };

    /// <summary>The stale-copy refusal every versioned meeting action gives.</summary>
    public static Problem Stale { get; } = new("version", "该会议已被他人更新，请刷新后重试");
}
