using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 破格须近三年有一次优秀 (N2024-3.3d), read under I-4: an 优秀 in Y−3, Y−2 or Y−1, or in Y when Y is
/// already graded. The employment types of N2024-3.3e meet it through the standard's exceptional
/// conditions alone.
/// </summary>
public sealed class ExceptionalExcellentCheck()
    : EligibilityCheck("exceptional_excellent", "破格：近三年考核优秀", [ClauseIds.ExceptionalExcellent], [Route.Exceptional], ["I-4"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var history = facts.Assessments;
        var year = facts.Application.Year;
        if (history.Exempt)
        {
            return Waived($"{Codes.EmploymentType.Label(facts.Applicant.EmploymentType)}可不提供年度考核材料（N2024-3.3e），按评价标准的破格条件审查");
        }
        var first = year - facts.Settings.ExcellentWindowYears;
        var last = facts.Settings.ExcellentWindowIncludesGradedApplicationYear ? year : year - 1;
        for (var y = last; y >= first; y--)
        {
            if (history.GradeOf(y) == AssessmentGrade.Excellent)
            {
                return Pass($"{y}年度考核优秀");
            }
        }
        return Fail($"{first}—{year - 1}年度{(last == year ? $"及{year}年度" : "")}没有考核优秀，破格申报须近三年内有一次优秀");
    }
}
