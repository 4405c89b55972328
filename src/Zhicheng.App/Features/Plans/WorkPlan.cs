using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Plans;

namespace Zhicheng.App.Features.Plans;

/// <summary>
/// 年度工作方案 — a committee's plan for one year (N2024-4.6b): the schedule, the standard version applied, the
/// recommendation procedure and the work discipline, approved by the city bureau before it is carried out.
/// The material deadline D and the meeting dates used everywhere else come from the approved plan.
/// </summary>
public sealed class WorkPlan
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public int Year { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public DateOnly? ApplicationOpens { get; set; }

    public DateOnly? ApplicationCloses { get; set; }

    /// <summary>D — 申报材料收审截止日.</summary>
    public DateOnly? MaterialDeadline { get; set; }

    public DateOnly? ReviewStart { get; set; }

    public DateOnly? ReviewEnd { get; set; }

    /// <summary>评审会议日期, ISO dates "," separated, in order.</summary>
    public string MeetingDates { get; set; } = "";

    public DateOnly? PublicityStart { get; set; }

    public DateOnly? PublicityEnd { get; set; }

    /// <summary>结果公布（审核确认）日期.</summary>
    public DateOnly? ResultsPublication { get; set; }

    /// <summary>The standard version the committee evaluates against this year.</summary>
    public int? StandardId { get; set; }

    /// <summary>推荐程序.</summary>
    public string RecommendationProcedure { get; set; } = "";

    /// <summary>工作纪律.</summary>
    public string WorkDiscipline { get; set; } = "";

    /// <summary>A supervisor's recorded reason for a schedule past the deadlines of N2024-4.6a, and who gave it.</summary>
    public string? OverrideReason { get; set; }

    public string? OverrideBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The city bureau's comments when it returns (or approves) the plan.</summary>
    public string? Comments { get; set; }

    /// <summary>When the committee office opened applications under this plan (issue 5 takes them from then).</summary>
    public DateTimeOffset? ApplicationsOpenedAt { get; set; }

    /// <summary>Bumped by every save; a save from a stale copy is refused (concurrent edits).</summary>
    public int Version { get; set; }

    public IReadOnlyList<DateOnly> Meetings =>
        [.. MeetingDates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
}
