using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// 评价标准内容 — what one version of an evaluation standard says (N2024-1.1, 1.2): the weighted indicators in the five
/// dimensions, the requirements the eligibility engine reads (with the 初定 table, N2024-3.5b), and the text of the
/// exceptional (破格) conditions. What the standard is for (<see cref="StandardScope"/>) and which version it is
/// (<see cref="PublishedStandard"/>) live beside it. Stored and exchanged as <see cref="StandardJson"/>.
/// Equality is by value: the same indicators in the same order, the same requirement numbers and 初定 rows, the same
/// text; <see cref="Eligibility.Requirements.Source"/> is not content (the catalogue names the version) and is ignored.
/// </summary>
public sealed record StandardContent
{
    private readonly IReadOnlyList<Indicator> _indicators = [];

    /// <summary>In the order the standard lists them; copied, so the content cannot change under its holder.</summary>
    public required IReadOnlyList<Indicator> Indicators
    {
        get => _indicators;
        init => _indicators = [.. value];
    }

    /// <summary>Education, tenure, achievement and transfer numbers; the 初定 table is <see cref="Requirements.InitialDetermination"/>.</summary>
    public required Requirements Requirements { get; init; }

    /// <summary>The 破格 conditions as the standard words them, for people; the engine reads the numbers in <see cref="Requirements"/>.</summary>
    public string? ExceptionalConditions { get; init; }

    /// <summary>The standard's own 初定 table (degree + years → level), or null for the national default.</summary>
    public InitialDeterminationTable? InitialDetermination => Requirements.InitialDetermination;

    public bool Equals(StandardContent? other) =>
        other is not null
        && Indicators.SequenceEqual(other.Indicators)
        && string.Equals(ExceptionalConditions, other.ExceptionalConditions, StringComparison.Ordinal)
        && SameNumbers(Requirements, other.Requirements);

    public override int GetHashCode() =>
        HashCode.Combine(Indicators.Count, Indicators.Count > 0 ? Indicators[0] : null, ExceptionalConditions,
            Requirements.TenureYears, Requirements.MinEducation, Requirements.MinAchievements, InitialDetermination?.Rows.Count);

    private static bool SameNumbers(Requirements a, Requirements b) =>
        a.TenureYears == b.TenureYears
        && a.ExceptionalTenureYears == b.ExceptionalTenureYears
        && a.MinEducation == b.MinEducation
        && a.MinAchievements == b.MinAchievements
        && a.ExceptionalMinAchievements == b.ExceptionalMinAchievements
        && a.TransferPostYears == b.TransferPostYears
        && (a.InitialDetermination, b.InitialDetermination) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Rows.SequenceEqual(y.Rows),
            _ => false,
        };
}
