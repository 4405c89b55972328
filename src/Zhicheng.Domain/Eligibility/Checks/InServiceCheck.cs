using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>在职在岗 — the applicant must be in service and on post (N2024-3.1a).</summary>
public sealed class InServiceCheck() : EligibilityCheck("in_service", "在职在岗", [ClauseIds.InService], AllRoutes)
{
    public override CheckResult Evaluate(EligibilityFacts facts) => facts.Applicant.InService
        ? Pass("申报人在职在岗")
        : Fail("申报人不是在职在岗的专业技术人员，不能申报");
}
