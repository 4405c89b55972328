using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 初定截止到当年11月30日 (N2024-3.5b): the determination must fall in the application year, on or
/// before the cut-off day (a setting, 11-30). 11-30 itself is in time; 12-01 is not.
/// </summary>
public sealed class InitialDeadlineCheck()
    : EligibilityCheck("initial_deadline", "初定时限", [ClauseIds.InitialDetermination], [Route.Initial])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var on = facts.Application.DeterminedOn!.Value;
        var year = facts.Application.Year;
        var cutoff = facts.Settings.InitialDeterminationCutoff.In(year);
        if (on.Year != year)
        {
            return Fail($"初定日期{Wording.Date(on)}不在申报年度{year}年内");
        }
        return on <= cutoff
            ? Pass($"初定日期{Wording.Date(on)}，在{Wording.Date(cutoff)}截止日之前")
            : Fail($"初定日期{Wording.Date(on)}晚于{Wording.Date(cutoff)}截止日，{year}年度初定工作已截止");
    }
}
