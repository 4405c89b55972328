using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 申报专业与所从事专业一致 — the target's series and specialty must be the current post's (N2024-3.1b).
/// A change of post goes through 转评 first (N2024-3.4).
/// </summary>
public sealed class SpecialtyMatchCheck()
    : EligibilityCheck("specialty_match", "申报专业与现岗位一致", [ClauseIds.SpecialtyMatch], [Route.Promotion, Route.Exceptional, Route.Transfer])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var target = facts.Application.Target;
        var post = facts.Applicant.CurrentPost!;
        var applied = Wording.SeriesSpecialty(target.Series, target.Specialty);
        return Names.SameField(target.Series, target.Specialty, post.Series, post.Specialty)
            ? Pass($"申报{applied}，与现岗位专业一致")
            : Fail($"申报{applied}，与现岗位（{Wording.SeriesSpecialty(post.Series, post.Specialty)}）不一致");
    }
}
