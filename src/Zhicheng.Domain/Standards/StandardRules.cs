using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// 评价标准发布审查 (N2024-1.1, 1.2): what a standard version must satisfy before it is published. Every problem is
/// reported at once, each with its path and clause; an empty list means the version may be published.
/// </summary>
public static class StandardRules
{
    /// <summary>
    /// The problems that stop <paramref name="content"/> being published for <paramref name="scope"/>:
    /// <list type="bullet">
    /// <item>N2024-1.2: a blank series; a specialty that is given but blank (leave it null for every specialty).</item>
    /// <item>N2024-1.1: an empty name, a name used twice in one dimension (compared trimmed, case-sensitive), a weight ≤ 0,
    /// a dimension with no indicator or whose weights total ≤ 0, weights not totalling exactly 100, and "破四唯" —
    /// see <see cref="IndicatorRules"/>.</item>
    /// <item>N2024-1.2: a negative requirement number (N2024-3.5b for a negative 初定 <c>minYears</c>); and, for a level
    /// above 员级, any field a promotion needs (<see cref="Requirements.MissingFor"/>) left out — the engine reads them
    /// from the standard. 员级 is reached only by 初定, so it needs none.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<StandardProblem> CheckForPublication(
        StandardContent content, StandardScope scope, StandardSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scope);
        var problems = new List<StandardProblem>();
        CheckScope(scope, problems);
        IndicatorRules.Check(content.Indicators, settings ?? StandardSettings.Default, problems);
        CheckRequirements(content.Requirements, scope.Level, problems);
        return problems;
    }

    private static void CheckScope(StandardScope scope, List<StandardProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(scope.Series))
        {
            problems.Add(new("series", $"{StandardFields.Label("series")}不能为空：评价标准须写明适用的系列", ClauseIds.StandardPublication));
        }
        if (scope.Specialty is not null && string.IsNullOrWhiteSpace(scope.Specialty))
        {
            problems.Add(new("specialty", $"{StandardFields.Label("specialty")}为空白：适用于本系列所有专业时应不填", ClauseIds.StandardPublication));
        }
    }

    private static void CheckRequirements(Requirements requirements, TitleLevel level, List<StandardProblem> problems)
    {
        (string Field, int? Value)[] numbers =
        [
            ("tenureYears", requirements.TenureYears),
            ("exceptionalTenureYears", requirements.ExceptionalTenureYears),
            ("minAchievements", requirements.MinAchievements),
            ("exceptionalMinAchievements", requirements.ExceptionalMinAchievements),
            ("transferPostYears", requirements.TransferPostYears),
        ];
        foreach (var (field, value) in numbers)
        {
            if (value < 0)
            {
                problems.Add(new($"{StandardFields.Requirements}.{field}", $"{StandardFields.Label(field)}为{value}，不能为负数", ClauseIds.StandardPublication));
            }
        }
        var rows = requirements.InitialDetermination?.Rows ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].MinYears < 0)
            {
                problems.Add(new($"{StandardFields.InitialDetermination}[{i}].minYears",
                    $"{StandardFields.Label("minYears")}为{rows[i].MinYears}（{Codes.Degree.Label(rows[i].Degree)}），不能为负数", ClauseIds.InitialDetermination));
            }
        }
        if (level > TitleLevel.Clerk)
        {
            foreach (var field in requirements.MissingFor(Route.Promotion))
            {
                problems.Add(new($"{StandardFields.Requirements}.{field}",
                    $"{Codes.Level.Label(level)}评价标准须规定{StandardFields.Label(field)}：职称评审据此审查晋升申报", ClauseIds.StandardPublication));
            }
        }
    }
}
