using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 不得同一年度申报不同系列、不同专业的同级职称 (N2024-3.5c): no other application in Y, in any committee,
/// for the same level in a different series or specialty. Another application for the very same title
/// is a duplicate, not this rule, and passes here.
/// </summary>
public sealed class SameYearConflictCheck()
    : EligibilityCheck("same_year_conflict", "同一年度同级申报", [ClauseIds.SameYearSameLevel], Promotions)
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var target = facts.Application.Target;
        var year = facts.Application.Year;
        foreach (var other in facts.Application.OtherApplicationsThisYear)
        {
            if (other.Level == target.Level && !Names.SameField(other.Series, other.Specialty, target.Series, target.Specialty))
            {
                return Fail($"{year}年度已申报{Wording.Title(other)}，不得同时申报不同系列或专业的同级职称");
            }
        }
        return facts.Application.OtherApplicationsThisYear.Count == 0
            ? Pass($"{year}年度没有其他申报")
            : Pass($"{year}年度的其他申报不是不同系列或专业的同级职称");
    }
}
