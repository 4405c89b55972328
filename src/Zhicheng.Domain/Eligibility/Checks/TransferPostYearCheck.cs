using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 现岗位工作满一年 (N2024-3.4): a 转评 needs the standard's years in the current post (one by default),
/// counted to 12-31 of Y (N2024-3.2a) under I-1. The assessment half of the clause is <c>latest_assessment</c>.
/// </summary>
public sealed class TransferPostYearCheck()
    : EligibilityCheck("transfer_post_year", "转评前现岗位年限", [ClauseIds.Transfer, ClauseIds.CountedToYearEnd], [Route.Transfer], ["I-1"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var since = facts.Applicant.CurrentPost!.Since;
        var required = facts.Requirements.TransferPostYears!.Value;
        var years = YearCounter.WorkYears(since, facts.Application.Year, facts.Settings);
        var message = $"{Wording.Date(since)}起在现岗位工作，计算至{Wording.Date(facts.CountingCutoff)}满{years}年，要求满{required}年";
        return years >= required ? Pass(message) : Fail(message);
    }
}
