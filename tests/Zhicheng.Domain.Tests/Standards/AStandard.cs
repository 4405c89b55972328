using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>
/// Standard contents for tests. <see cref="Valid"/> passes publication at 中级; <see cref="From"/> reads a one-line
/// table of indicators — <c>"思想品德 20 业绩; 职业道德 20 论文; …"</c> (dimension, weight, basis; codes or labels) — so a
/// test row shows the weights it is about.
/// </summary>
public static class AStandard
{
    /// <summary>Each dimension 20, all on performance.</summary>
    public const string Balanced = "思想品德 20 业绩; 职业道德 20 业绩; 专业能力 20 业绩; 技术水平 20 业绩; 学术影响力 20 业绩";

    /// <summary>What a promotion needs, and nothing else.</summary>
    public static Requirements PromotionRequirements { get; } = new()
    {
        TenureYears = 4,
        MinEducation = Degree.Associate,
        MinAchievements = 1,
    };

    public static StandardScope Scope(TitleLevel level = TitleLevel.Intermediate) => new("工程系列", null, level);

    public static StandardContent Valid() => From(Balanced);

    /// <summary>Indicators named 指标1, 指标2, … in the order written, with <see cref="PromotionRequirements"/>.</summary>
    public static StandardContent From(string indicators) => new()
    {
        Indicators = [.. indicators.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Indicator)],
        Requirements = PromotionRequirements,
    };

    public static StandardContent WithIndicator(this StandardContent content, int index, Func<Indicator, Indicator> change) =>
        content with { Indicators = [.. content.Indicators.Select((x, i) => i == index ? change(x) : x)] };

    public static StandardContent WithRequirements(this StandardContent content, Func<Requirements, Requirements> change) =>
        content with { Requirements = change(content.Requirements) };

    public static IReadOnlyList<StandardProblem> Check(
        this StandardContent content, TitleLevel level = TitleLevel.Intermediate, StandardSettings? settings = null) =>
        StandardRules.CheckForPublication(content, Scope(level), settings);

    private static Indicator Indicator(string spec, int index)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        StandardCodes.Dimension.TryParse(parts[0], out var dimension).ShouldBeTrue(parts[0]);
        StandardCodes.Basis.TryParse(parts[2], out var basis).ShouldBeTrue(parts[2]);
        return new Indicator(dimension, $"指标{index + 1}", int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), basis, "说明");
    }
}
