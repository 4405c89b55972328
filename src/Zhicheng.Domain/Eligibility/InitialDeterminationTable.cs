namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// 初定 table (N2024-3.5b): a full-time graduate's degree and the whole years from graduation to the
/// determination date give the highest level an employer may determine. Kept as data so that a
/// standard can carry its own; <see cref="NationalDefault"/> is national practice.
/// </summary>
public sealed record InitialDeterminationTable(IReadOnlyList<InitialDeterminationRow> Rows)
{
    /// <summary>中专/大专 + 1 year → 员级; 本科 + 1 year → 助理级; 硕士 at graduation → 助理级; 博士 at graduation → 中级.</summary>
    public static InitialDeterminationTable NationalDefault { get; } = new(
    [
        new(Degree.Secondary, 1, TitleLevel.Clerk),
        new(Degree.Associate, 1, TitleLevel.Clerk),
        new(Degree.Bachelor, 1, TitleLevel.Assistant),
        new(Degree.Master, 0, TitleLevel.Assistant),
        new(Degree.Doctorate, 0, TitleLevel.Intermediate),
    ]);

    /// <summary>The highest level any row allows for a degree and whole years, or null when none does.</summary>
    public TitleLevel? HighestLevel(Degree degree, int wholeYears)
    {
        TitleLevel? best = null;
        foreach (var row in Rows)
        {
            if (row.Degree == degree && wholeYears >= row.MinYears && (best is null || row.Level > best))
            {
                best = row.Level;
            }
        }
        return best;
    }
}

/// <summary>One line of the 初定 table: this degree, at least this many whole years after graduation, gives at most this level.</summary>
public sealed record InitialDeterminationRow(Degree Degree, int MinYears, TitleLevel Level);
