using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Demo;

/// <summary>How titles follow one another in the demo city: the 初定 a degree gives, the years between levels, who grants them, and how many people go on.</summary>
internal static class DemoLadder
{
    /// <summary>
    /// 初定 after the national table (N2024-3.5b): 中专/大专 员级 and 本科 助理级 one year after graduating,
    /// 硕士 助理级 and 博士 中级 in the year of graduating.
    /// </summary>
    public static (TitleLevel Level, int Year) Initial(Degree degree, DateOnly graduated) => degree switch
    {
        Degree.Secondary or Degree.Associate => (TitleLevel.Clerk, graduated.Year + 1),
        Degree.Bachelor => (TitleLevel.Assistant, graduated.Year + 1),
        Degree.Master => (TitleLevel.Assistant, graduated.Year),
        _ => (TitleLevel.Intermediate, graduated.Year),
    };

    /// <summary>The share of people at the level below who ever reach <paramref name="next"/>.</summary>
    public static double AdvanceOdds(TitleLevel next, Degree degree) => next switch
    {
        TitleLevel.Assistant => 0.95,
        TitleLevel.Intermediate => 0.85,
        TitleLevel.AssociateSenior => degree >= Degree.Bachelor ? 0.5 : 0.2,
        _ => degree >= Degree.Bachelor ? 0.25 : 0.05,
    };

    /// <summary>Whole years at the level below before <paramref name="next"/> (usual national practice, not this city's standard).</summary>
    public static int MinimumYears(TitleLevel next, Degree degree) => next switch
    {
        TitleLevel.Assistant => degree == Degree.Secondary ? 4 : 2,
        TitleLevel.Intermediate => degree >= Degree.Master ? 2 : 4,
        _ => 5,
    };

    /// <summary>The committee that grants a level: the province's for senior titles, the city's below.</summary>
    public static string Committee(string series, TitleLevel level) => level switch
    {
        >= TitleLevel.AssociateSenior => $"山西省{series}系列高级职称评审委员会",
        TitleLevel.Intermediate => $"运城市{series}系列中级职称评审委员会",
        _ => $"运城市{series}系列初级职称评审委员会",
    };
}
