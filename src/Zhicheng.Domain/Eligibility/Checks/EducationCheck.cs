using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>
/// 学历 (N2024-3.2b): for a promotion, the highest degree obtained on or before D (I-5) must reach the
/// standard's minimum; for an 初定 (N2024-3.5b) the applicant must be a full-time graduate by the
/// determination date. Degrees obtained later are listed as excluded.
/// </summary>
public sealed class EducationCheck()
    : EligibilityCheck("education", "学历", [ClauseIds.ItemsBeforeDeadline], [Route.Promotion, Route.Exceptional, Route.Initial], ["I-5"])
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var cutoff = facts.ItemCutoffText;
        var later = facts.ExcludedEducation;
        var note = later > 0 ? $"（另有{later}项学历在{cutoff}之后取得，不予计算）" : "";
        if (facts.Application.Route == Route.Initial)
        {
            Degree? fullTime = null;
            foreach (var item in facts.CountedEducation)
            {
                if (item.FullTime && (fullTime is null || item.Degree > fullTime))
                {
                    fullTime = item.Degree;
                }
            }
            return fullTime is { } degree
                ? Pass($"初定日（{cutoff}）前已取得全日制{Codes.Degree.Label(degree)}学历{note}")
                : Fail($"初定适用于全日制院校毕业生，初定日（{cutoff}）前没有全日制学历{note}");
        }

        var required = facts.Requirements.MinEducation!.Value;
        Degree? highest = null;
        foreach (var item in facts.CountedEducation)
        {
            if (highest is null || item.Degree > highest)
            {
                highest = item.Degree;
            }
        }
        var requirement = $"要求{Codes.Degree.Label(required)}及以上";
        if (highest is not { } h)
        {
            return Fail($"截止日（{cutoff}）前没有取得学历，{requirement}{note}");
        }
        var message = $"截止日（{cutoff}）前取得的最高学历为{Codes.Degree.Label(h)}，{requirement}{note}";
        return h >= required ? Pass(message) : Fail(message);
    }
}
