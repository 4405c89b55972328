using System.Text;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 任职年限 (N2024-3.2a, 3.3a, 3.3b): full counted years at the current level, from the date the level
/// was first obtained (a 转评 keeps it, N2024-3.4) to 12-31 of Y, must reach the standard's years — the
/// exceptional years for a 破格 application. Years graded below 合格, and under I-2 years with no record,
/// are left out; for the employment types of N2024-3.3e every year counts.
/// </summary>
public sealed class TenureCheck()
    : EligibilityCheck("tenure", "任职年限", [ClauseIds.CountedToYearEnd, ClauseIds.QualifiedYearsCount, ClauseIds.LowerGradesExcluded], Promotions, ["I-1", "I-2"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var tenure = facts.Tenure!;
        var required = RequiredYears(facts);
        var title = facts.Applicant.CurrentTitle!;
        var text = new StringBuilder(96);
        text.Append($"现级别于{Wording.Date(title.ObtainedOn)}取得，任职年限计算至{Wording.Date(facts.CountingCutoff)}，累计{tenure.FullYears}年，");
        text.Append($"{(facts.Application.Route == Route.Exceptional ? "破格" : "")}要求{required}年");
        if (facts.Assessments.Exempt)
        {
            text.Append('（').Append(Codes.EmploymentType.Label(facts.Applicant.EmploymentType)).Append("可不提供年度考核，各年度均计入）");
        }
        else if (tenure.Excluded.Count > 0)
        {
            text.Append('（');
            for (var i = 0; i < tenure.Excluded.Count; i++)
            {
                var year = tenure.Excluded[i];
                if (i > 0)
                {
                    text.Append('、');
                }
                text.Append(year.Grade is { } grade ? $"{year.Year}年度考核{Codes.Grade.Label(grade)}" : $"{year.Year}年度无考核记录");
            }
            text.Append("，不计入）");
        }
        var message = text.ToString();
        var result = tenure.FullYears >= required ? Pass(message) : Fail(message);
        return facts.Assessments.Exempt ? result with { UsedInterpretations = ["I-1"] } : result;
    }

    /// <summary>The years the route's standard asks for.</summary>
    public static int RequiredYears(EligibilityFacts facts) => facts.Application.Route == Route.Exceptional
        ? facts.Requirements.ExceptionalTenureYears!.Value
        : facts.Requirements.TenureYears!.Value;
}
