namespace Zhicheng.Domain.Applications;

/// <summary>One step of a review chain: what kind, and which organisation acts on it.</summary>
public sealed record ReviewStep(ReviewStepKind Kind, int OrganisationId);

/// <summary>
/// What the chain is built from: the unit that forwards the application (the applicant's record-holding unit),
/// its competent department if any, the county bureau of its area if any, whether that unit is itself a bureau (the
/// local HR bureau as 兜底), whether the committee is supervised above county level, and the committee's founding
/// unit, whose office accepts.
/// </summary>
public sealed record ChainFacts(
    int UnitId,
    bool UnitIsBureau,
    int? CompetentDepartmentId,
    int? CountyBureauId,
    bool CommitteeAboveCounty,
    int CommitteeOfficeOrganisationId);

/// <summary>
/// 逐级审核 (N2024-3.1c): the review chain follows the channel — the forwarding unit first; then the competent
/// department where the employer has one; then the county bureau when a county applicant goes to a committee above
/// county level (HR bureaus level by level) — unless that bureau already forwarded it as the applicant's unit; last the
/// committee office. The same organisation may hold two steps in a row only in different roles (a department reviews as
/// the competent department, then its committee office accepts).
/// </summary>
public static class ReviewChain
{
    public static IReadOnlyList<ReviewStep> Build(ChainFacts facts)
    {
        var steps = new List<ReviewStep> { new(ReviewStepKind.Unit, facts.UnitId) };
        if (facts.CompetentDepartmentId is { } department && !facts.UnitIsBureau)
        {
            steps.Add(new ReviewStep(ReviewStepKind.Department, department));
        }
        if (facts.CountyBureauId is { } county && facts.CommitteeAboveCounty && county != facts.UnitId)
        {
            steps.Add(new ReviewStep(ReviewStepKind.CountyBureau, county));
        }
        steps.Add(new ReviewStep(ReviewStepKind.CommitteeOffice, facts.CommitteeOfficeOrganisationId));
        return steps;
    }
}
