using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// SAMPLE DATA, not a published standard: the seeded 工程系列 standards that replace the first issue's sample table
/// (<see cref="SampleEngineeringStandard"/>), one series-wide version per level 员级…正高级 with the same requirement
/// numbers, plausible five-dimension indicators and the national-default 初定 table on 员级, 助理级 and 中级 — the levels
/// an 初定 can give. Each passes <see cref="StandardRules.CheckForPublication"/>. Its title says 示例 so that no decision
/// citing it can be mistaken for one under a real standard.
/// </summary>
public static class SampleStandards
{
    public const string Title = "运城市工程系列专业技术人员职称评价标准（示例）";

    public const string Series = "工程系列";

    /// <summary>In force for applications of 2024 (the N2024 notice) and later.</summary>
    public const int InForceFrom = 2024;

    /// <summary>Owned and published by the city bureau (市级).</summary>
    public const ManagementLevel Owner = ManagementLevel.City;

    /// <summary>Version 1 of each level, series-wide; ids 1…5 follow the level (the App assigns its own when it seeds them).</summary>
    public static IReadOnlyList<PublishedStandard> Published { get; } =
        [.. Enum.GetValues<TitleLevel>().Select(level => new PublishedStandard((int)level, Series, null, level, InForceFrom, 1, Title, Engineering(level)))];

    /// <summary>The content of the sample standard for <paramref name="level"/>.</summary>
    public static StandardContent Engineering(TitleLevel level) => new()
    {
        Indicators = SampleIndicators.For(level),
        Requirements = level switch
        {
            TitleLevel.Clerk => Make(tenure: 0, exceptionalTenure: 0, Degree.Secondary, achievements: 0, exceptionalAchievements: 0, initial: true),
            TitleLevel.Assistant => Make(tenure: 2, exceptionalTenure: 1, Degree.Secondary, achievements: 0, exceptionalAchievements: 2, initial: true),
            TitleLevel.Intermediate => Make(tenure: 4, exceptionalTenure: 2, Degree.Associate, achievements: 1, exceptionalAchievements: 3, initial: true),
            TitleLevel.AssociateSenior => Make(tenure: 5, exceptionalTenure: 3, Degree.Bachelor, achievements: 2, exceptionalAchievements: 4, initial: false),
            TitleLevel.Senior => Make(tenure: 5, exceptionalTenure: 3, Degree.Bachelor, achievements: 3, exceptionalAchievements: 5, initial: false),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
        },
        ExceptionalConditions = SampleIndicators.ExceptionalConditions(level),
    };

    private static Requirements Make(int tenure, int exceptionalTenure, Degree education, int achievements, int exceptionalAchievements, bool initial) => new()
    {
        TenureYears = tenure,
        ExceptionalTenureYears = exceptionalTenure,
        MinEducation = education,
        MinAchievements = achievements,
        ExceptionalMinAchievements = exceptionalAchievements,
        TransferPostYears = 1,
        InitialDetermination = initial ? InitialDeterminationTable.NationalDefault : null,
    };
}
