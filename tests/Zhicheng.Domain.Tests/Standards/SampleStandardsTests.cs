using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>The seeded sample 工程系列 standards: publishable, and the same numbers as the first issue's sample table.</summary>
public class SampleStandardsTests
{
    public static TheoryData<TitleLevel> Levels => [.. Enum.GetValues<TitleLevel>()];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Sample_EveryLevel_PassesPublication(TitleLevel level) =>
        StandardRules.CheckForPublication(SampleStandards.Engineering(level), new StandardScope(SampleStandards.Series, null, level))
            .ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(Levels))]
    public void Sample_EveryLevel_PassesWithTheFourBasesCappedAtAQuarter(TitleLevel level) =>
        SampleStandards.Engineering(level).Check(level, StandardSettings.Default with { MaxFourBasesWeight = 25 }).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(Levels))]
    public void Sample_EveryLevel_MostWeightOnPerformance(TitleLevel level)
    {
        var indicators = SampleStandards.Engineering(level).Indicators;

        indicators.Where(x => x.Basis == EvidenceBasis.Performance).Sum(x => x.Weight).ShouldBeGreaterThanOrEqualTo(75);
        indicators.ShouldAllBe(x => x.Name.Length > 0 && x.Description.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Sample_EveryLevel_SameNumbersAsTheFirstSampleTable(TitleLevel level)
    {
        var expected = new SampleEngineeringStandard().Find(new TitleTarget("工程", "电气工程", level), 2024)!;

        var actual = new StandardCatalogue(SampleStandards.Published).Find(new TitleTarget("工程", "电气工程", level), 2024)!;

        actual.TenureYears.ShouldBe(expected.TenureYears);
        actual.ExceptionalTenureYears.ShouldBe(expected.ExceptionalTenureYears);
        actual.MinEducation.ShouldBe(expected.MinEducation);
        actual.MinAchievements.ShouldBe(expected.MinAchievements);
        actual.ExceptionalMinAchievements.ShouldBe(expected.ExceptionalMinAchievements);
        actual.TransferPostYears.ShouldBe(expected.TransferPostYears);
        actual.Source.ShouldBe($"《{SampleStandards.Title}》第1版（2024年起施行）");
    }

    [Theory]
    [InlineData(TitleLevel.Clerk, true)]
    [InlineData(TitleLevel.Assistant, true)]
    [InlineData(TitleLevel.Intermediate, true)]
    [InlineData(TitleLevel.AssociateSenior, false)]
    [InlineData(TitleLevel.Senior, false)]
    public void Sample_InitialTable_NationalDefaultWhereAnInitialCanReach(TitleLevel level, bool hasTable)
    {
        var table = SampleStandards.Engineering(level).InitialDetermination;

        if (hasTable)
        {
            table!.Rows.ShouldBe(InitialDeterminationTable.NationalDefault.Rows);
        }
        else
        {
            table.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData(TitleLevel.Assistant)]
    [InlineData(TitleLevel.Intermediate)]
    [InlineData(TitleLevel.AssociateSenior)]
    [InlineData(TitleLevel.Senior)]
    public void Sample_ExceptionalConditions_WordTheExceptionalNumbers(TitleLevel level)
    {
        var content = SampleStandards.Engineering(level);

        content.ExceptionalConditions.ShouldNotBeNull();
        content.ExceptionalConditions.ShouldContain($"满{content.Requirements.ExceptionalTenureYears}年");
        content.ExceptionalConditions.ShouldContain($"{content.Requirements.ExceptionalMinAchievements}项以上业绩成果");
    }

    [Fact]
    public void Published_OneSeriesWideVersionPerLevel_MarkedAsSample()
    {
        SampleStandards.Published.Select(s => s.Level).ShouldBe(Enum.GetValues<TitleLevel>());
        SampleStandards.Published.ShouldAllBe(s => s.Specialty == null && s.Version == 1 && s.InForceFrom == 2024 && s.Title.Contains("示例"));
        SampleStandards.Published.Select(s => s.Id).ShouldBeUnique();
    }

    [Fact]
    public void Published_BeforeTheirYear_NotInForce() =>
        new StandardCatalogue(SampleStandards.Published).Find(new TitleTarget("工程", "电气工程", TitleLevel.Intermediate), 2023).ShouldBeNull();

    [Fact]
    public void Catalogue_DecidesAPromotion_AndTheDecisionNamesTheVersion()
    {
        var application = AnApplication.Promotion();
        var requirements = new StandardCatalogue(SampleStandards.Published).Find(application.Build().Target, 2024)!;

        var decision = new EligibilityEngine(application.Policy).Decide(application.Build(), requirements);

        decision.Eligible.ShouldBeTrue();
        decision.Requirements.Source.ShouldBe("《运城市工程系列专业技术人员职称评价标准（示例）》第1版（2024年起施行）");
    }
}
