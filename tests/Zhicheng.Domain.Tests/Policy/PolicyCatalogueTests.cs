using System.Reflection;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Eligibility.Checks;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Tests.Policy;

/// <summary>
/// The N2024 policy version against <c>shared/policy/CLAUSES.md</c>: its clause catalogue, its
/// interpretations and the settings they name, and the checks' citations.
/// </summary>
public class PolicyCatalogueTests
{
    private static readonly PolicyVersion N2024 = PolicyVersion.N2024;

    /// <summary>Every clause id of CLAUSES.md, in the order the document lists them.</summary>
    public static TheoryData<string> ClausesOfTheNotice =>
    [
        "N2024-1.1", "N2024-1.2",
        "N2024-2.1", "N2024-2.2", "N2024-2.3",
        "N2024-3.1a", "N2024-3.1b", "N2024-3.1c",
        "N2024-3.2a", "N2024-3.2b",
        "N2024-3.3a", "N2024-3.3b", "N2024-3.3c", "N2024-3.3d", "N2024-3.3e",
        "N2024-3.4",
        "N2024-3.5a", "N2024-3.5b", "N2024-3.5c",
        "N2024-4.2", "N2024-4.3a", "N2024-4.3b", "N2024-4.3c", "N2024-4.4", "N2024-4.5", "N2024-4.6a", "N2024-4.6b",
    ];

    public static TheoryData<string> CheckCodes => [.. N2024.Checks.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(ClausesOfTheNotice))]
    public void Clause_ListedInClausesMd_IsInTheCatalogue(string id)
    {
        N2024.TryGetClause(id, out var clause).ShouldBeTrue(id);
        clause.ShouldNotBeNull().Id.ShouldBe(id);
        clause.Text.ShouldNotBeNullOrWhiteSpace();
        clause.Summary.ShouldNotBeNullOrWhiteSpace();
        clause.Section.ShouldNotBeNullOrWhiteSpace();
        N2024.Clause(id).ShouldBeSameAs(clause);
    }

    [Fact]
    public void Catalogue_HoldsTheClausesOfClausesMdThenTheNationalRules_InOrderAndOnce()
    {
        var expected = ClausesOfTheNotice.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToList();

        N2024.Clauses.Select(c => c.Id).ShouldBe([.. expected, .. NationalClauses.All.Select(c => c.Id)]);
        NationalClauses.All.ShouldAllBe(c => c.Id.StartsWith("MOHRSS-40-"));
    }

    [Fact]
    public void Catalogue_UnknownClause_IsNotFound()
    {
        N2024.TryGetClause("N2024-9.9", out var clause).ShouldBeFalse();
        clause.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(CheckCodes))]
    public void Check_EveryClauseItCites_IsInTheCatalogue(string code)
    {
        var check = N2024.Checks.Single(c => c.Code == code);

        check.Clauses.ShouldNotBeEmpty();
        foreach (var id in check.Clauses)
        {
            N2024.TryGetClause(id, out _).ShouldBeTrue($"{code} cites {id}");
        }
        check.Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(CheckCodes))]
    public void Check_EveryInterpretationItUses_IsInThePolicy(string code)
    {
        var check = N2024.Checks.Single(c => c.Code == code);

        check.Interpretations.ShouldBeSubsetOf(N2024.Interpretations.Select(i => i.Id));
    }

    [Fact]
    public void PolicyVersion_CheckCitingAnUndefinedClause_IsRefused()
    {
        var clauses = N2024.Clauses.Where(c => c.Id != ClauseIds.InService).ToList();

        Should.Throw<ArgumentException>(() => new PolicyVersion("BROKEN", N2024.Document, clauses, N2024.Interpretations, N2024.Settings, N2024.Channels, N2024.Checks))
            .Message.ShouldContain(ClauseIds.InService);
    }

    [Fact]
    public void ClauseIds_EveryConstant_IsInTheCatalogue()
    {
        var ids = typeof(ClauseIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        ids.ShouldNotBeEmpty();
        foreach (var id in ids)
        {
            N2024.TryGetClause(id, out _).ShouldBeTrue(id);
        }
    }

    [Theory]
    [InlineData("I-1")]
    [InlineData("I-2")]
    [InlineData("I-3")]
    [InlineData("I-4")]
    [InlineData("I-5")]
    [InlineData("I-6")]
    public void Interpretation_Exists_AndNamesRealSettings(string id)
    {
        var interpretation = N2024.Interpretations.Where(i => i.Id == id).ShouldHaveSingleItem();

        interpretation.Title.ShouldNotBeNullOrWhiteSpace();
        interpretation.Text.ShouldNotBeNullOrWhiteSpace();
        interpretation.Settings.ShouldNotBeEmpty();
        foreach (var setting in interpretation.Settings)
        {
            typeof(PolicySettings).GetProperty(setting, BindingFlags.Public | BindingFlags.Instance).ShouldNotBeNull($"{id} names {setting}");
        }
    }

    [Fact]
    public void Interpretations_AreExactlyIOneToISix()
    {
        N2024.Interpretations.Select(i => i.Id).ShouldBe(["I-1", "I-2", "I-3", "I-4", "I-5", "I-6"]);
    }

    [Fact]
    public void Settings_Defaults_AreThoseOfClausesMd()
    {
        var settings = N2024.Settings;

        settings.CountingCutoff.ShouldBe(new MonthDay(12, 31));
        settings.InitialDeterminationCutoff.ShouldBe(new MonthDay(11, 30));
        settings.IntegrityRecordYears.ShouldBe(3);
        settings.JanuaryFirstCountsWholeYear.ShouldBeTrue();
        settings.MissingAssessmentYearCounts.ShouldBeFalse();
        settings.ApplicationYearCountsUntilGraded.ShouldBeTrue();
        settings.LatestAssessmentFallsBackToPreviousYear.ShouldBeTrue();
        settings.ExcellentWindowYears.ShouldBe(3);
        settings.ExcellentWindowIncludesGradedApplicationYear.ShouldBeTrue();
        settings.ItemsObtainedOnDeadlineCount.ShouldBeTrue();
        settings.Falsification.ShouldBe(FalsificationHandling.Block);
    }

    [Fact]
    public void With_OtherSettings_KeepsTheRestOfTheVersion()
    {
        var changed = N2024.With(N2024.Settings with { IntegrityRecordYears = 5 });

        changed.Settings.IntegrityRecordYears.ShouldBe(5);
        changed.Id.ShouldBe(N2024.Id);
        changed.Clauses.ShouldBeSameAs(N2024.Clauses);
        changed.Checks.ShouldBeSameAs(N2024.Checks);
        changed.Channels.ShouldBeSameAs(N2024.Channels);
        N2024.Settings.IntegrityRecordYears.ShouldBe(3);
    }

    [Fact]
    public void Checks_AreInThePolicysOrder()
    {
        N2024.Checks.Select(c => c.GetType()).ShouldBe(
        [
            typeof(InServiceCheck), typeof(SpecialtyMatchCheck), typeof(ChannelCheck), typeof(LevelByLevelCheck),
            typeof(TransferRequiredCheck), typeof(TransferPostYearCheck), typeof(EducationCheck), typeof(AchievementsCheck),
            typeof(TenureCheck), typeof(LatestAssessmentCheck), typeof(ExceptionalExcellentCheck), typeof(InitialDeadlineCheck),
            typeof(InitialLevelCheck), typeof(SameYearConflictCheck), typeof(IntegrityCheck),
        ]);
    }

    [Theory]
    [InlineData(12, 31, 2024, "2024-12-31")]
    [InlineData(11, 30, 2024, "2024-11-30")]
    [InlineData(2, 29, 2023, "2023-02-28")]
    [InlineData(2, 29, 2024, "2024-02-29")]
    public void MonthDay_In_Year(int month, int day, int year, string expected)
    {
        new MonthDay(month, day).In(year).ShouldBe(Builders.Dates.D(expected));
    }

    [Fact]
    public void Decision_CheckMessages_AreChinese()
    {
        var decision = new EligibilityEngine(N2024).Decide(Builders.AnApplication.Promotion().Build(), Builders.AnApplication.DefaultRequirements);

        decision.Checks.ShouldAllBe(c => c.Message.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'));
    }
}
