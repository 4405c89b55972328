namespace Zhicheng.Domain.Plans;

/// <summary>
/// A supervisor's recorded reason to let a plan past the deadlines of N2024-4.6a (a meeting after the evaluation
/// deadline, results after the results deadline). It takes effect only with a non-blank <see cref="Reason"/>;
/// <see cref="ScheduleRules"/> then lists the breaches it lets through, with the reason and who approved it.
/// </summary>
public sealed record TimelineOverride(string Reason, string ApprovedBy);
