using System.Globalization;

namespace Zhicheng.App.Features.Plans;

/// <summary>A work plan's editable parts as a form or the API sends them (N2024-4.6b).</summary>
public sealed record PlanForm
{
    public DateOnly? ApplicationOpens { get; init; }
    public DateOnly? ApplicationCloses { get; init; }
    public DateOnly? MaterialDeadline { get; init; }
    public DateOnly? ReviewStart { get; init; }
    public DateOnly? ReviewEnd { get; init; }
    public IReadOnlyList<DateOnly> Meetings { get; init; } = [];
    public DateOnly? PublicityStart { get; init; }
    public DateOnly? PublicityEnd { get; init; }
    public DateOnly? ResultsPublication { get; init; }
    public int? StandardId { get; init; }
    public string RecommendationProcedure { get; init; } = "";
    public string WorkDiscipline { get; init; } = "";

    public static PlanForm From(WorkPlan plan) => new()
    {
        ApplicationOpens = plan.ApplicationOpens, ApplicationCloses = plan.ApplicationCloses, MaterialDeadline = plan.MaterialDeadline,
        ReviewStart = plan.ReviewStart, ReviewEnd = plan.ReviewEnd, Meetings = plan.Meetings,
        PublicityStart = plan.PublicityStart, PublicityEnd = plan.PublicityEnd, ResultsPublication = plan.ResultsPublication,
        StandardId = plan.StandardId, RecommendationProcedure = plan.RecommendationProcedure, WorkDiscipline = plan.WorkDiscipline,
    };

    public void ApplyTo(WorkPlan plan)
    {
        plan.ApplicationOpens = ApplicationOpens;
        plan.ApplicationCloses = ApplicationCloses;
        plan.MaterialDeadline = MaterialDeadline;
        plan.ReviewStart = ReviewStart;
        plan.ReviewEnd = ReviewEnd;
        plan.MeetingDates = string.Join(",", Meetings.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        plan.PublicityStart = PublicityStart;
        plan.PublicityEnd = PublicityEnd;
        plan.ResultsPublication = ResultsPublication;
        plan.StandardId = StandardId;
        plan.RecommendationProcedure = RecommendationProcedure.Trim();
        plan.WorkDiscipline = WorkDiscipline.Trim();
    }
}
