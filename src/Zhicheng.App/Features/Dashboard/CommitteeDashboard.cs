using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Dashboard;

/// <summary>One committee's line on the bureau's dashboard.</summary>
public sealed record DashboardRow(
    int CommitteeId, string Name, string Level, string Series, CommitteeStanding Standing, DateOnly? RectifyBy,
    DateOnly? FilingValidUntil, WorkPlan? Plan, IReadOnlyList<string> Flags)
{
    public bool Flagged => Flags.Count > 0;
}

/// <summary>
/// 监管看板 (N2024-4.2): every committee in the viewer's jurisdiction with its filing validity, its plan for the year
/// and where the year stands against the deadlines, flagged red when a filing expires within the warning period
/// (or has expired, or never was approved), the plan is not approved by the set date, a meeting falls after the
/// evaluation deadline, or a suspension has run past its rectification deadline.
/// </summary>
public sealed class CommitteeDashboard(AppDbContext db, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IReadOnlyList<DashboardRow>> RowsAsync(Jurisdiction jurisdiction, int year, CancellationToken cancellationToken = default)
    {
        var committees = await jurisdiction.Committees(db).AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var ids = committees.Select(c => c.Id).ToList();
        var plans = await db.WorkPlans.AsNoTracking().Where(p => p.Year == year && ids.Contains(p.CommitteeId)).ToDictionaryAsync(p => p.CommitteeId, cancellationToken);
        return [.. committees.Select(c => Row(c, plans.GetValueOrDefault(c.Id), year))];
    }

    public DashboardRow Row(Committee committee, WorkPlan? plan, int year)
    {
        var today = Today;
        var flags = new List<string>();
        if (committee.FilingValidUntil is not { } until)
        {
            flags.Add($"未核准备案（{ClauseIds.FilingTriggers}）");
        }
        else if (until < today)
        {
            flags.Add($"备案已于 {until:yyyy-MM-dd} 到期（{ClauseIds.FilingTriggers}）");
        }
        else if (until.DayNumber - today.DayNumber <= Settings.FilingExpiryWarningDays)
        {
            flags.Add($"备案将于 {until:yyyy-MM-dd} 到期，剩 {until.DayNumber - today.DayNumber} 天（{ClauseIds.FilingTriggers}）");
        }
        var dueBy = Settings.PlanApprovalDue.In(year);
        if (plan?.Status != PlanStatus.Approved && today > dueBy)
        {
            flags.Add($"{year}年度工作方案未在 {dueBy:MM-dd} 前获批（{ClauseIds.WorkPlan}）");
        }
        var evaluationDeadline = Settings.EvaluationDeadline.In(year);
        var late = plan?.Meetings.Where(m => m > evaluationDeadline).ToList() ?? [];
        if (late.Count > 0)
        {
            flags.Add($"评审会议安排在 {string.Join("、", late.Select(m => m.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}，晚于 {evaluationDeadline:MM-dd}{(plan!.OverrideReason is null ? "" : "（已批准突破时限）")}（{ClauseIds.AnnualTimeline}）");
        }
        if (committee is { Standing: CommitteeStanding.Suspended, RectifyBy: { } rectifyBy } && rectifyBy < today)
        {
            flags.Add($"暂停整改已超过期限 {rectifyBy:yyyy-MM-dd}（{ClauseIds.CommitteeSuspension}）");
        }
        if (committee.Standing == CommitteeStanding.Revoked)
        {
            flags.Add($"已收回评审权（{ClauseIds.CommitteeSuspension}）");
        }
        return new DashboardRow(committee.Id, committee.Name, CommitteeLevels.Label(committee.Level), committee.Series, committee.Standing,
            committee.RectifyBy, committee.FilingValidUntil, plan, flags);
    }

    /// <summary>The table as a workbook's rows, column by column as the page shows it (for the page's export and the CLI).</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Table(IEnumerable<DashboardRow> rows, int year) =>
    [
        .. rows.Select(r => new Dictionary<string, object?>
        {
            ["评委会"] = r.Name, ["级别"] = r.Level, ["系列"] = r.Series, ["评审状态"] = FilingLabels.Standing(r.Standing),
            ["整改期限"] = Iso(r.RectifyBy), ["备案有效期至"] = Iso(r.FilingValidUntil),
            ["年度"] = year, ["工作方案"] = r.Plan is null ? "未制定" : FilingLabels.Plan(r.Plan.Status),
            ["材料收审截止日（D）"] = Iso(r.Plan?.MaterialDeadline), ["评审会议"] = string.Join("、", (r.Plan?.Meetings ?? []).Select(d => Iso(d))),
            ["结果公布"] = Iso(r.Plan?.ResultsPublication), ["预警"] = string.Join("；", r.Flags),
        }),
    ];

    /// <summary>A day as the dashboard writes it (yyyy-MM-dd), nothing for none.</summary>
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The year's picture: each committee's plan windows and meetings (<see cref="TimelineChart"/>).</summary>
    public string Chart(int year, IReadOnlyList<DashboardRow> rows) =>
        TimelineChart.Render(year, [.. rows.Select(r => new TimelineRow(r.Name, Spans(r.Plan), r.Plan?.Meetings ?? [], r.Flagged))],
            Today, Settings.EvaluationDeadline.In(year), Settings.ResultsDeadline.In(year));

    private static List<TimelineSpan> Spans(WorkPlan? plan)
    {
        var spans = new List<TimelineSpan>();
        if (plan is null)
        {
            return spans;
        }
        if (plan is { ApplicationOpens: { } opens, MaterialDeadline: { } d })
        {
            spans.Add(new TimelineSpan("申报受理", opens, d, TimelineKind.Application));
        }
        if (plan is { ReviewStart: { } rs, ReviewEnd: { } re })
        {
            spans.Add(new TimelineSpan("资格审核", rs, re, TimelineKind.Review));
        }
        if (plan is { PublicityStart: { } ps, PublicityEnd: { } pe })
        {
            spans.Add(new TimelineSpan("结果公示", ps, pe, TimelineKind.Publicity));
        }
        return spans;
    }
}
