namespace Zhicheng.Domain.Plans;

/// <summary>
/// A work plan's time schedule (N2024-4.6b): the application window, the material deadline D (申报材料收审截止日),
/// the qualification review, the meetings, the results publicity and the publication of results. Every window's
/// ends are inclusive. Any date may be missing while the plan is a draft.
/// </summary>
public sealed record WorkPlanSchedule(
    DateOnly? ApplicationOpens, DateOnly? ApplicationCloses, DateOnly? MaterialDeadline,
    DateOnly? ReviewStart, DateOnly? ReviewEnd, IReadOnlyList<DateOnly> Meetings,
    DateOnly? PublicityStart, DateOnly? PublicityEnd, DateOnly? ResultsPublication);
