using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>N2024-1.2: which published version is in force for a target title in an application year.</summary>
public class StandardCatalogueTests
{
    private static readonly StandardCatalogue Catalogue = new(
    [
        Version(1, "工程系列", null, TitleLevel.Intermediate, inForceFrom: 2020, version: 1),
        Version(2, "工程系列", null, TitleLevel.Intermediate, inForceFrom: 2024, version: 1),
        Version(3, "工程系列", null, TitleLevel.Intermediate, inForceFrom: 2024, version: 2),
        Version(4, "工程", "电气工程", TitleLevel.Intermediate, inForceFrom: 2022, version: 1),
        Version(5, "工程系列", null, TitleLevel.AssociateSenior, inForceFrom: 2024, version: 1),
        Version(6, "卫生系列", null, TitleLevel.Intermediate, inForceFrom: 2018, version: 1),
        Version(7, "工程系列", "电气工程专业", TitleLevel.Intermediate, inForceFrom: 2026, version: 2),
        Version(8, "经济", "人力资源", TitleLevel.Intermediate, inForceFrom: 2024, version: 1),
    ]);

    [Theory]
    [InlineData("工程", "建筑工程", TitleLevel.Intermediate, 2019, 0, Label = "InForce_YearBeforeFirstVersion_None")]
    [InlineData("工程", "建筑工程", TitleLevel.Intermediate, 2020, 1, Label = "InForce_InForceFromYear_Applies")]
    [InlineData("工程", "建筑工程", TitleLevel.Intermediate, 2023, 1, Label = "InForce_YearBeforeNextVersion_OldOneApplies")]
    [InlineData("工程", "建筑工程", TitleLevel.Intermediate, 2024, 3, Label = "InForce_TwoVersionsSameYear_HigherVersion")]
    [InlineData("工程系列", "建筑工程", TitleLevel.Intermediate, 2030, 3, Label = "InForce_LaterYear_LatestVersion")]
    [InlineData(" 工程系列 ", "建筑工程", TitleLevel.Intermediate, 2024, 3, Label = "InForce_SeriesNameWrittenDifferently_Same")]
    [InlineData("工程", "电气工程", TitleLevel.Intermediate, 2021, 1, Label = "InForce_SpecialtyVersionNotYetInForce_SeriesWide")]
    [InlineData("工程", "电气工程", TitleLevel.Intermediate, 2022, 4, Label = "InForce_SpecialtyVersionFromItsYear_BeatsSeriesWide")]
    [InlineData("工程", "电气工程专业", TitleLevel.Intermediate, 2025, 4, Label = "InForce_OlderSpecialtyVersion_BeatsNewerSeriesWide")]
    [InlineData("工程", "电气工程", TitleLevel.Intermediate, 2026, 7, Label = "InForce_NewerSpecialtyVersion_Supersedes")]
    [InlineData("工程", "建筑工程", TitleLevel.AssociateSenior, 2023, 0, Label = "InForce_OtherLevelNotYetInForce_None")]
    [InlineData("工程", "建筑工程", TitleLevel.AssociateSenior, 2024, 5, Label = "InForce_OtherLevel_ItsOwnVersion")]
    [InlineData("工程", "建筑工程", TitleLevel.Senior, 2024, 0, Label = "InForce_NoVersionForLevel_None")]
    [InlineData("卫生", "护理", TitleLevel.Intermediate, 2024, 6, Label = "InForce_OtherSeries_ItsOwnVersion")]
    [InlineData("教育", "中学", TitleLevel.Intermediate, 2024, 0, Label = "InForce_UnknownSeries_None")]
    [InlineData("经济", "人力资源", TitleLevel.Intermediate, 2024, 8, Label = "InForce_SpecialtyOnly_ItsSpecialty")]
    [InlineData("经济", "财务会计", TitleLevel.Intermediate, 2024, 0, Label = "InForce_SpecialtyOnly_OtherSpecialtyNone")]
    [InlineData("经济系列", "人力资源专业", TitleLevel.Intermediate, 2023, 0, Label = "InForce_SpecialtyOnly_BeforeItsYearNone")]
    public void InForce_Target_PicksTheVersion(string series, string specialty, TitleLevel level, int year, int expectedId)
    {
        var target = new TitleTarget(series, specialty, level);

        var found = Catalogue.InForce(target, year);

        (found?.Id ?? 0).ShouldBe(expectedId);
        var requirements = Catalogue.Find(target, year);
        (requirements is null).ShouldBe(expectedId == 0);
    }

    [Fact]
    public void Find_InForce_RequirementsNamedByTheVersion()
    {
        var requirements = Catalogue.Find(new TitleTarget("工程", "建筑工程", TitleLevel.Intermediate), 2024)!;

        requirements.Source.ShouldBe("《标准3》第2版（2024年起施行）");
        requirements.TenureYears.ShouldBe(3);
    }

    [Fact]
    public void InForce_SameSeriesWrittenTwoWaysSameVersion_HigherIdWins()
    {
        var catalogue = new StandardCatalogue(
        [
            Version(10, "工程系列", null, TitleLevel.Clerk, 2024, 1),
            Version(11, "工程", null, TitleLevel.Clerk, 2024, 1),
        ]);

        catalogue.InForce(new TitleTarget("工程", "x", TitleLevel.Clerk), 2024)!.Id.ShouldBe(11);
    }

    [Fact]
    public void Find_EmptyCatalogue_None() =>
        new StandardCatalogue([]).Find(new TitleTarget("工程", "电气工程", TitleLevel.Intermediate), 2024).ShouldBeNull();

    [Fact]
    public void SourceName_WritesTitleVersionAndYear() =>
        SampleStandards.Published[2].SourceName.ShouldBe("《运城市工程系列专业技术人员职称评价标准（示例）》第1版（2024年起施行）");

    /// <summary>A version whose tenure years equal its id, so a test can tell which one was used.</summary>
    private static PublishedStandard Version(int id, string series, string? specialty, TitleLevel level, int inForceFrom, int version) =>
        new(id, series, specialty, level, inForceFrom, version, $"标准{id}",
            AStandard.Valid().WithRequirements(r => r with { TenureYears = id }));
}
