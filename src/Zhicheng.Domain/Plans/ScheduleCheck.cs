using Zhicheng.Domain.Committees;

namespace Zhicheng.Domain.Plans;

/// <summary>A schedule's problems, and the deadline breaches a recorded override let through (to be shown, not hidden).</summary>
public sealed record ScheduleCheck(IReadOnlyList<FieldProblem> Problems, IReadOnlyList<FieldProblem> Overridden);
