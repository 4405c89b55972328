namespace Zhicheng.Domain.Standards;

/// <summary>
/// 评价指标 — one weighted indicator of a standard (N2024-1.1): the dimension it belongs to, its name, its
/// weight in percent of the whole standard, what it is judged on, and what it asks for.
/// </summary>
/// <param name="Weight">Percent of the whole standard; a published standard's weights are positive integers totalling <see cref="FullWeight"/>.</param>
/// <param name="Basis">What the indicator is judged on; the "四唯" bases are limited by <see cref="StandardSettings.MaxFourBasesWeight"/>.</param>
public sealed record Indicator(Dimension Dimension, string Name, int Weight, EvidenceBasis Basis, string Description)
{
    /// <summary>Weights are percentages: a standard's weights total 100. The unit, not a policy number.</summary>
    public const int FullWeight = 100;

    /// <summary>Whether <see cref="Basis"/> is one of the four (论文、职称、学历、奖项) that "破四唯" limits.</summary>
    public bool RestsOnFourBases => Basis is EvidenceBasis.Papers or EvidenceBasis.Titles or EvidenceBasis.Degrees or EvidenceBasis.Awards;
}
