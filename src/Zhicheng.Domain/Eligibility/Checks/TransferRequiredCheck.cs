using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 先转评后晋升 (N2024-3.4): a promotion is open only when the current title is already in the current
/// post's series and specialty; otherwise the applicant must transfer at the same level first.
/// </summary>
public sealed class TransferRequiredCheck()
    : EligibilityCheck("transfer_required", "先转评后晋升", [ClauseIds.Transfer], Promotions)
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var title = facts.Applicant.CurrentTitle!;
        var post = facts.Applicant.CurrentPost!;
        var held = Wording.SeriesSpecialty(title.Series, title.Specialty);
        return Names.SameField(title.Series, title.Specialty, post.Series, post.Specialty)
            ? Pass($"现职称（{held}）与现岗位一致，无需转评")
            : Fail($"现职称为{held}，现岗位为{Wording.SeriesSpecialty(post.Series, post.Specialty)}，须先转评现岗位同级职称，方可申报上一级");
    }
}
