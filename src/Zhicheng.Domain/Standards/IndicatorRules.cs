using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// 评价指标 rules (N2024-1.1), part of <see cref="StandardRules"/>: names, weights, the five dimensions and "破四唯".
/// </summary>
internal static class IndicatorRules
{
    /// <summary>
    /// Adds a problem for: each empty name; each name already used earlier in the same dimension; each weight ≤ 0; each
    /// dimension with no indicator, or whose weights total ≤ 0; weights whose total is not exactly 100; and "破四唯" —
    /// the positive weights on papers, titles, degrees and awards together are more than
    /// <see cref="StandardSettings.MaxFourBasesWeight"/> (equal passes), or are all the positive weight there is
    /// (some on them, none on performance). The last two are one problem, worded for whichever holds.
    /// </summary>
    public static void Check(IReadOnlyList<Indicator> indicators, StandardSettings settings, List<StandardProblem> problems)
    {
        var seen = new Dictionary<(Dimension, string), int>();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var dimension = StandardCodes.Dimension.Label(indicator.Dimension);
            var name = indicator.Name?.Trim() ?? "";
            if (name.Length == 0)
            {
                Add(problems, $"[{i}].name", $"{StandardFields.Label("name")}不能为空（{dimension}维度第{i + 1}项指标）");
            }
            else if (!seen.TryAdd((indicator.Dimension, name), i))
            {
                Add(problems, $"[{i}].name", $"{dimension}维度已有名为“{name}”的指标（{StandardFields.Indicators}[{seen[(indicator.Dimension, name)]}]），指标名称不能重复");
            }
            if (indicator.Weight <= 0)
            {
                Add(problems, $"[{i}].weight", $"指标“{name}”的{StandardFields.Label("weight")}为{indicator.Weight}，应为正整数");
            }
        }
        foreach (var dimension in StandardCodes.Dimension.Entries)
        {
            var members = indicators.Where(x => x.Dimension == dimension.Value).ToList();
            if (members.Count == 0)
            {
                Add(problems, "", $"{dimension.Label}维度没有指标：思想品德、职业道德、专业能力、技术水平、学术影响力五个维度都须有指标");
            }
            else if (members.Sum(x => x.Weight) is var sum and <= 0)
            {
                Add(problems, "", $"{dimension.Label}维度的指标权重合计为{sum}，应大于0");
            }
        }
        var total = indicators.Sum(x => x.Weight);
        if (total != Indicator.FullWeight)
        {
            Add(problems, "", $"全部指标权重合计为{total}，应恰好为{Indicator.FullWeight}");
        }
        CheckFourBases(indicators, settings, problems);
    }

    private static void CheckFourBases(IReadOnlyList<Indicator> indicators, StandardSettings settings, List<StandardProblem> problems)
    {
        var four = indicators.Where(x => x.RestsOnFourBases).Sum(x => Math.Max(0, x.Weight));
        var performance = indicators.Where(x => !x.RestsOnFourBases).Sum(x => Math.Max(0, x.Weight));
        if (four > 0 && performance == 0)
        {
            Add(problems, "", $"全部权重（合计{four}）都在论文、职称、学历、奖项上，没有业绩贡献类指标：评价标准不得唯论文、唯职称、唯学历、唯奖项（破四唯）");
        }
        else if (four > settings.MaxFourBasesWeight)
        {
            Add(problems, "", $"论文、职称、学历、奖项类指标权重合计为{four}，超过上限{settings.MaxFourBasesWeight}（破四唯）");
        }
    }

    private static void Add(List<StandardProblem> problems, string suffix, string message) =>
        problems.Add(new(StandardFields.Indicators + suffix, message, ClauseIds.StandardDimensions));
}
