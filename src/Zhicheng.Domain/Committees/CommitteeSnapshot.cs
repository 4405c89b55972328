namespace Zhicheng.Domain.Committees;

/// <summary>
/// What <see cref="CommitteeGate"/> needs to know of a committee: its standing under supervision (N2024-4.3a) and,
/// when suspended, the rectification deadline; whether it has an approved filing (N2024-2.2) and the last day that
/// filing is valid (inclusive, see <see cref="FilingRules.ValidUntil"/>); whether its work plan for the year in
/// question is approved (N2024-4.6b).
/// </summary>
public sealed record CommitteeSnapshot(CommitteeStanding Standing, DateOnly? RectifyBy, bool Filed, DateOnly? FilingValidUntil, bool PlanApproved);
