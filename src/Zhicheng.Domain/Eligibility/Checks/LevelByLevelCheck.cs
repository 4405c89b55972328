using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 逐级申报 (N2024-3.5a): a promotion (ordinary or exceptional) targets exactly the level above the
/// current one; a 转评 targets the current level.
/// </summary>
public sealed class LevelByLevelCheck()
    : EligibilityCheck("level_by_level", "逐级申报", [ClauseIds.LevelByLevel], [Route.Promotion, Route.Exceptional, Route.Transfer])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var current = facts.Applicant.CurrentTitle!.Level;
        var target = facts.Application.Target.Level;
        var currentLabel = Codes.Level.Label(current);
        var targetLabel = Codes.Level.Label(target);
        if (facts.Application.Route == Route.Transfer)
        {
            return target == current
                ? Pass($"转评同级职称（{currentLabel}）")
                : Fail($"转评只能评同级职称：现职称为{currentLabel}，申报的是{targetLabel}");
        }
        if ((int)target == (int)current + 1)
        {
            return Pass($"现职称{currentLabel}，申报{targetLabel}，逐级申报");
        }
        if (target <= current)
        {
            return Fail($"现职称已是{currentLabel}，申报{targetLabel}不是晋升");
        }
        return current == TitleLevel.Senior
            ? Fail($"现职称已是最高级别{currentLabel}")
            : Fail($"须逐级申报：现职称{currentLabel}，只能申报{Codes.Level.Label(current + 1)}，不能申报{targetLabel}");
    }
}
