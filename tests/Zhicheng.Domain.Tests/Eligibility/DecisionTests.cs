using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary>
/// The decision as a whole: outcome, counted years, excluded years and items, the earliest eligible
/// year and the interpretations used. Y = 2024, D = 2024-09-30.
/// </summary>
public class DecisionTests
{
    [Theory]
    [InlineData(Route.Promotion)]
    [InlineData(Route.Exceptional)]
    [InlineData(Route.Transfer)]
    [InlineData(Route.Initial)]
    public void Decide_BuildersStartingPoint_IsEligible(Route route)
    {
        var decision = AnApplication.For(route).Decide();

        decision.FailedCodes().ShouldBeEmpty();
        decision.Eligible.ShouldBeTrue();
        decision.Policy.ShouldBe("N2024");
        decision.Id.ShouldBe("A-0001");
        decision.Requirements.ShouldBe(AnApplication.DefaultRequirements);
    }

    [Fact]
    public void Decide_WithoutId_EchoesNull()
    {
        AnApplication.Promotion().WithId(null).Decide().Id.ShouldBeNull();
    }

    [Fact]
    public void Eligible_OneFailedCheck_IsFalse()
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithoutAchievements()).Decide();

        decision.FailedCodes().ShouldBe(["achievements"]);
        decision.Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Eligible_PassedWithWarningAndWaived_IsTrue()
    {
        var decision = AnApplication.Exceptional()
            .WithApplicant(a => a.WithEmployment(EmploymentType.Freelancer).WithoutAssessments()
                .WithIntegrityRecord(IntegrityKind.Other, D("2024-01-01")))
            .Decide();

        decision.Checks.Select(c => c.Note).ShouldContain(CheckNote.Warning);
        decision.Checks.Select(c => c.Note).ShouldContain(CheckNote.Waived);
        decision.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Decide_RequirementsLackingARouteField_Throws()
    {
        var application = AnApplication.Promotion().WithRequirements(r => r with { TenureYears = null });

        Should.Throw<ArgumentException>(application.Decide).Message.ShouldContain("tenureYears");
    }

    [Theory]
    [InlineData(Route.Promotion, new[] { "tenureYears", "minEducation", "minAchievements" })]
    [InlineData(Route.Exceptional, new[] { "exceptionalTenureYears", "minEducation", "exceptionalMinAchievements" })]
    [InlineData(Route.Transfer, new[] { "transferPostYears" })]
    [InlineData(Route.Initial, new string[0])]
    public void Requirements_Empty_MissingForRoute(Route route, string[] missing)
    {
        new Requirements().MissingFor(route).ShouldBe(missing);
        AnApplication.DefaultRequirements.MissingFor(route).ShouldBeEmpty();
    }

    [Fact]
    public void Requirements_OverriddenBy_ReplacesOnlyTheFieldsSet()
    {
        var overridden = AnApplication.DefaultRequirements.OverriddenBy(new Requirements { TenureYears = 3, Source = "申报表" });

        overridden.TenureYears.ShouldBe(3);
        overridden.MinEducation.ShouldBe(Degree.Bachelor);
        overridden.ExceptionalMinAchievements.ShouldBe(4);
        overridden.Source.ShouldBe("测试数据；申报表");
    }

    [Theory]
    [InlineData(Route.Promotion)]
    [InlineData(Route.Exceptional)]
    [InlineData(Route.Transfer)]
    public void CountedTenureYears_NonInitialRoute_IsSet(Route route)
    {
        AnApplication.For(route).Decide().CountedTenureYears.ShouldNotBeNull();
    }

    [Fact]
    public void Transfer_ShowsContinuingTenureAndExcludedYears_ThoughNoCheckComparesThem()
    {
        // docs/decisions/0002 item 6: tenure continues across a transfer (N2024-3.4).
        var decision = AnApplication.Transfer().WithApplicant(a => a.WithoutAssessment(2022)).Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2022]);
        decision.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void CountedTenureYears_Initial_IsNull()
    {
        var decision = AnApplication.Initial().Decide();

        decision.CountedTenureYears.ShouldBeNull();
        decision.ExcludedYears.ShouldBeEmpty();
        decision.EarliestEligibleYear.ShouldBeNull();
    }

    [Theory]
    [InlineData("2012-07-01", 12, Label = "WorkYears_StartedMidYear_StartYearDoesNotCount")]
    [InlineData("2012-01-01", 13, Label = "WorkYears_StartedOnJanuaryFirst_CountsThatYear")]
    [InlineData("2012-12-31", 12, Label = "WorkYears_StartedOnDecember31_StartYearDoesNotCount")]
    [InlineData("2012-02-29", 12, Label = "WorkYears_StartedOnLeapDay_StartYearDoesNotCount")]
    [InlineData("2024-01-01", 1, Label = "WorkYears_StartedOnJanuaryFirstOfY_One")]
    [InlineData("2024-07-01", 0, Label = "WorkYears_StartedInY_None")]
    [InlineData("2025-01-01", 0, Label = "WorkYears_StartedAfterY_None")]
    public void CountedWorkYears_FromWorkStartToDecember31(string workStart, int years)
    {
        AnApplication.Promotion().WithApplicant(a => a.WithWorkStart(D(workStart))).Decide().CountedWorkYears.ShouldBe(years);
    }

    [Fact]
    public void CountedWorkYears_IgnoreAssessments()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithoutAssessments().WithAssessment(2020, AssessmentGrade.Unqualified))
            .Decide();

        decision.CountedWorkYears.ShouldBe(12);
    }

    [Fact]
    public void CountedWorkYears_Initial_AreCounted()
    {
        AnApplication.Initial().WithApplicant(a => a.WithWorkStart(D("2023-07-01"))).Decide().CountedWorkYears.ShouldBe(1);
    }

    [Fact]
    public void ExcludedYears_NonCountingGradeAndMissingRecord_ListedInYearOrder()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithoutAssessment(2022).WithAssessment(2021, AssessmentGrade.BasicallyQualified))
            .Decide();

        decision.ExcludedYears.ShouldBe([2021, 2022]);
        decision.CountedTenureYears.ShouldBe(3);
    }

    [Fact]
    public void ExcludedItems_EducationAndAchievementsAfterD_AreListedWithClause()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a
                .AndEducation(Degree.Master, D("2024-12-20"))
                .AndAchievement("专利：一种继电保护装置", D("2024-10-08"))
                .AndAchievement("标准编制", D("2024-09-30")))
            .Decide();

        decision.ExcludedItems.ShouldBe(
        [
            new ExcludedItem("education", "硕士", D("2024-12-20"), "N2024-3.2b"),
            new ExcludedItem("achievement", "专利：一种继电保护装置", D("2024-10-08"), "N2024-3.2b"),
        ], ignoreOrder: true);
        decision.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2021-06-30", 3, 2026, Label = "Earliest_ThreeOfFiveYears_TwoYearsLater")]
    [InlineData("2020-01-02", 4, 2025, Label = "Earliest_ObtainedJanuarySecond_NextYear")]
    [InlineData("2021-01-01", 4, 2025, Label = "Earliest_ObtainedJanuaryFirst_NextYear")]
    [InlineData("2024-06-30", 0, 2029, Label = "Earliest_ObtainedInY_FiveYearsLater")]
    public void EarliestEligibleYear_TenureOnlyFailure_IsTheFirstLaterYearItHolds(string obtainedOn, int counted, int earliest)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithTitleObtainedOn(D(obtainedOn))).Decide();

        decision.FailedCodes().ShouldBe(["tenure"]);
        decision.CountedTenureYears.ShouldBe(counted);
        decision.EarliestEligibleYear.ShouldBe(earliest);
    }

    [Fact]
    public void EarliestEligibleYear_PastExcludedYearStaysExcluded_LaterYearsPresumedToCount()
    {
        // 2022 has no record: 2023 and 2024 count (2), and 2025, 2026, 2027 are presumed to → 2027.
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D("2021-06-30")).WithoutAssessment(2022))
            .Decide();

        decision.CountedTenureYears.ShouldBe(2);
        decision.EarliestEligibleYear.ShouldBe(2027);
    }

    [Fact]
    public void EarliestEligibleYear_Exceptional_UsesExceptionalYears()
    {
        var decision = AnApplication.Exceptional().WithApplicant(a => a.WithTitleObtainedOn(D("2022-06-30"))).Decide();

        decision.FailedCodes().ShouldBe(["tenure"]);
        decision.EarliestEligibleYear.ShouldBe(2025);
    }

    [Fact]
    public void EarliestEligibleYear_ExemptEmploymentType_EveryYearCounts()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithEmployment(EmploymentType.Flexible).WithoutAssessments().WithTitleObtainedOn(D("2021-06-30")))
            .Decide();

        decision.CountedTenureYears.ShouldBe(3);
        decision.EarliestEligibleYear.ShouldBe(2026);
    }

    [Fact]
    public void EarliestEligibleYear_TenureAndAnotherCheckFail_IsNull()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D("2021-06-30")).WithoutAchievements())
            .Decide();

        decision.FailedCodes().ShouldBe(["achievements", "tenure"], ignoreOrder: true);
        decision.EarliestEligibleYear.ShouldBeNull();
    }

    [Fact]
    public void EarliestEligibleYear_TenureAndLatestAssessmentFail_IsNull()
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithAssessment(2024, AssessmentGrade.Unqualified)).Decide();

        decision.FailedCodes().ShouldBe(["tenure", "latest_assessment"], ignoreOrder: true);
        decision.EarliestEligibleYear.ShouldBeNull();
    }

    [Fact]
    public void EarliestEligibleYear_OtherCheckFailsAlone_IsNull()
    {
        AnApplication.Promotion().WithApplicant(a => a.WithoutAchievements()).Decide().EarliestEligibleYear.ShouldBeNull();
    }

    [Fact]
    public void EarliestEligibleYear_Eligible_IsNull()
    {
        AnApplication.Promotion().Decide().EarliestEligibleYear.ShouldBeNull();
    }

    [Fact]
    public void EarliestEligibleYear_TenureFailsWithAnIntegrityWarning_IsSet()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D("2021-06-30")).WithIntegrityRecord(IntegrityKind.Other, D("2024-01-01")))
            .Decide();

        decision.EarliestEligibleYear.ShouldBe(2026);
    }

    [Theory]
    [InlineData(Route.Promotion, new[] { "I-1", "I-2", "I-3", "I-5", "I-6" })]
    [InlineData(Route.Exceptional, new[] { "I-1", "I-2", "I-3", "I-4", "I-5", "I-6" })]
    [InlineData(Route.Transfer, new[] { "I-1", "I-3", "I-6" })]
    [InlineData(Route.Initial, new[] { "I-1", "I-5", "I-6" })]
    public void Interpretations_ForRoute_ListedInOrder(Route route, string[] interpretations)
    {
        AnApplication.For(route).Decide().Interpretations.ShouldBe(interpretations);
    }

    [Fact]
    public void Interpretations_ExemptEmploymentType_OmitTheAssessmentReadings()
    {
        var decision = AnApplication.Exceptional()
            .WithApplicant(a => a.WithEmployment(EmploymentType.NonPublic).WithoutAssessments())
            .Decide();

        decision.Interpretations.ShouldBe(["I-1", "I-5", "I-6"]);
    }

    [Fact]
    public void Interpretations_AreTheUnionOfTheChecksReadings()
    {
        var decision = AnApplication.Exceptional().Decide();

        decision.Checks.SelectMany(c => c.UsedInterpretations).Distinct().ShouldBeSubsetOf(decision.Interpretations);
    }
}
