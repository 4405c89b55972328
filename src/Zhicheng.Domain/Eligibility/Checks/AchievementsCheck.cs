using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 业绩成果 (N2024-3.2b): the achievements obtained on or before D (I-5) must reach the standard's
/// minimum — the exceptional minimum for a 破格 application. Later ones are listed as excluded.
/// </summary>
public sealed class AchievementsCheck()
    : EligibilityCheck("achievements", "业绩成果", [ClauseIds.ItemsBeforeDeadline], Promotions, ["I-5"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var exceptional = facts.Application.Route == Route.Exceptional;
        var required = (exceptional ? facts.Requirements.ExceptionalMinAchievements : facts.Requirements.MinAchievements)!.Value;
        var cutoff = facts.ItemCutoffText;
        var later = facts.ExcludedAchievements;
        var note = later > 0 ? $"（另有{later}项在{cutoff}之后取得，不予计算）" : "";
        var message = $"截止日（{cutoff}）前取得业绩成果{facts.CountedAchievements}项，{(exceptional ? "破格" : "")}要求至少{required}项{note}";
        return facts.CountedAchievements >= required ? Pass(message) : Fail(message);
    }
}
