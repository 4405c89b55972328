using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 安排评审会议 — the office schedules a meeting of its committee on one of the meeting dates of the year's approved plan
/// (N2024-4.6b) and not after the evaluation deadline (N2024-4.6a; later only when the plan carries the bureau's recorded override), with the accepted
/// applications it evaluates; then records who is present.
/// </summary>
public sealed class MeetingSchedule(AppDbContext db, CommitteeService committees, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<EvaluationMeeting>> ScheduleAsync(Jurisdiction jurisdiction, MeetingForm form, CancellationToken cancellationToken = default)
    {
        var committee = MeetingAccess.Runs(jurisdiction.Viewer)
            ? await jurisdiction.Committees(db).SingleOrDefaultAsync(c => c.Id == form.CommitteeId, cancellationToken)
            : null;
        if (committee is null)
        {
            return Outcome<EvaluationMeeting>.NotFound;
        }
        var problems = new List<Problem>();
        if (form.HeldOn is not { } day)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("heldOn", "请填写会议日期", ClauseIds.AnnualTimeline));
        }
        var year = day.Year;
        var plan = await db.WorkPlans.AsNoTracking()
            .SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year && p.Status == PlanStatus.Approved, cancellationToken);
        if (await committees.GateAsync(committee, CommitteeAction.HoldMeeting, year, cancellationToken) is { } refusal)
        {
            return Outcome<EvaluationMeeting>.Refused(Problem.Of(refusal));
        }
        if (day < Today)
        {
            problems.Add(new Problem("heldOn", $"会议日期不能早于今天（{Today:yyyy-MM-dd}）", ClauseIds.AnnualTimeline));
        }
        if (!plan!.Meetings.Contains(day))
        {
            problems.Add(new Problem("heldOn", plan.Meetings.Count == 0 ? "年度工作方案中没有评审会议日期"
                : $"会议日期须是经批准的年度工作方案中的评审会议日期（{string.Join("、", plan.Meetings.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}）", ClauseIds.WorkPlan));
        }
        var deadline = Settings.EvaluationDeadline.In(year);
        var overriding = day > deadline && plan.OverrideReason is { Length: > 0 };
        if (day > deadline && !overriding)
        {
            problems.Add(new Problem("heldOn", $"评审须在 {deadline:yyyy-MM-dd} 前完成，不得跨年度；确需延后的，须经市人社局在年度工作方案中记录理由", ClauseIds.AnnualTimeline));
        }
        if (string.IsNullOrWhiteSpace(form.Place))
        {
            problems.Add(new Problem("place", "请填写会议地点", ClauseIds.WorkPlan));
        }
        if (form.PanelSize is not { } size || size < Settings.MinReviewGroupSize)
        {
            problems.Add(new Problem("panelSize", $"请填写评委人数（不少于 {Settings.MinReviewGroupSize} 人）", ClauseIds.NationalReviewGroup));
        }
        var specialties = Split(form.Specialties);
        var open = Open(committee.Id, year);
        var chosen = form.ApplicationIds is { Count: > 0 } ids
            ? await open.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken)
            : await open.Where(a => specialties.Count == 0 || specialties.Contains(a.Specialty)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (form.ApplicationIds is { Count: > 0 } asked)
        {
            for (var i = 0; i < asked.Count; i++)
            {
                if (chosen.All(a => a.Id != asked[i]))
                {
                    problems.Add(new Problem($"applicationIds[{i}]", $"申报 {asked[i]} 不是本评委会 {year} 年已受理、且尚未安排评审的申报", ClauseIds.AnnualTimeline));
                }
            }
        }
        if (chosen.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Problem("applicationIds", "没有可安排评审的已受理申报", ClauseIds.AnnualTimeline));
        }
        if (problems.Count > 0)
        {
            return Outcome<EvaluationMeeting>.Refused(problems);
        }
        var meeting = new EvaluationMeeting
        {
            CommitteeId = committee.Id, Year = year, HeldOn = day, Place = form.Place!.Trim(), PanelSize = form.PanelSize!.Value,
            Specialties = string.Join("、", specialties), Level = chosen.Max(a => a.Level),
            OverrideReason = overriding ? plan.OverrideReason : null, OverrideBy = overriding ? plan.OverrideBy : null,
            CreatedBy = ApplicationService.Actor(jurisdiction), CreatedAt = time.GetUtcNow(),
            Candidates = [.. chosen.Select(a => new MeetingCandidate { ApplicationId = a.Id })],
        };
        db.Meetings.Add(meeting);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the application: another meeting listed one of these applications meanwhile.
            return Outcome<EvaluationMeeting>.Refused(new Problem("applicationIds", "所选申报中有的刚被安排到另一次评审会议，请刷新后重新选择", ClauseIds.AnnualTimeline));
        }
        meeting.Number = $"PS{year}-{meeting.Id:D4}";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<EvaluationMeeting>.Done(meeting);
    }

    /// <summary>Accepted applications of the committee's year that are on no meeting yet: what a new meeting may list.</summary>
    public IQueryable<TitleApplication> Open(int committeeId, int year) =>
        db.Applications.Where(a => a.CommitteeId == committeeId && a.Year == year && a.Stage == ApplicationStage.Accepted
                                   && !db.MeetingCandidates.Any(c => c.ApplicationId == a.Id));

    /// <summary>Records attendance (出席): the seats present; before the ballot opens.</summary>
    public async Task<Outcome<EvaluationMeeting>> AttendanceAsync(Jurisdiction jurisdiction, int id, int version, IReadOnlyCollection<int> presentSeatIds, CancellationToken cancellationToken = default)
    {
        var found = await MeetingAccess.ActOnAsync(db, jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var meeting = found.Value!;
        if (meeting.Status != MeetingStatus.PanelDrawn)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", $"会议{MeetingStatuses.Label(meeting.Status)}，不能再登记出席", ClauseIds.NationalQuorum));
        }
        var unknown = presentSeatIds.Where(s => meeting.Seats.All(x => x.Id != s)).ToList();
        if (unknown.Count > 0)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("present", $"评委 {string.Join("、", unknown)} 不在本次会议的评委名单中", ClauseIds.NationalQuorum));
        }
        foreach (var seat in meeting.Seats)
        {
            seat.Present = presentSeatIds.Contains(seat.Id);
        }
        meeting.Version++;
        return await db.SaveVersionedAsync(meeting, MeetingAccess.Stale, cancellationToken);
    }

    internal static List<string> Split(string? specialties) =>
        [.. (specialties ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}
