using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 申报当年或上一年度考核合格 (N2024-3.3c), read under I-3: the grade of Y if there is one, otherwise the
/// grade of Y−1, must be 合格 or 优秀. Waived for the employment types of N2024-3.3e.
/// </summary>
public sealed class LatestAssessmentCheck()
    : EligibilityCheck("latest_assessment", "申报当年或上一年度考核", [ClauseIds.LatestAssessment], [Route.Promotion, Route.Exceptional, Route.Transfer], ["I-3"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var history = facts.Assessments;
        var year = facts.Application.Year;
        if (history.Exempt)
        {
            return Waived($"{Codes.EmploymentType.Label(facts.Applicant.EmploymentType)}可不提供年度考核材料（N2024-3.3e），本项免于审查");
        }
        var decidingYear = year;
        var grade = history.GradeOf(year);
        if (grade is null && facts.Settings.LatestAssessmentFallsBackToPreviousYear)
        {
            decidingYear = year - 1;
            grade = history.GradeOf(decidingYear);
        }
        if (grade is not { } g)
        {
            return facts.Settings.LatestAssessmentFallsBackToPreviousYear
                ? Fail($"没有{year}年度或{year - 1}年度的考核记录，申报当年或上一年度考核须为合格及以上")
                : Fail($"没有{year}年度的考核记录，申报当年考核须为合格及以上");
        }
        var message = $"{decidingYear}年度考核{Codes.Grade.Label(g)}";
        return g.IsQualifiedOrBetter() ? Pass(message) : Fail(message + "，申报当年或上一年度考核须为合格及以上");
    }
}
