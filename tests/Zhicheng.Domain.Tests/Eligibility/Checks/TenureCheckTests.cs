using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 任职年限 (N2024-3.2a, 3.3a, 3.3b; I-1, I-2). Y = 2024, counted to 2024-12-31; the default applicant is
/// graded 合格 2019–2023 and has no 2024 grade yet; promotion needs 5 years, exceptional 3.
/// </summary>
public class TenureCheckTests
{
    [Theory]
    [InlineData("2019-01-01", 6, true, Label = "Tenure_ObtainedOnJanuaryFirst2019_CountsThatYear")]
    [InlineData("2019-06-30", 5, true, Label = "Tenure_ObtainedMidYear_StartYearDoesNotCount")]
    [InlineData("2019-12-31", 5, true, Label = "Tenure_ObtainedOnDecember31_StartYearDoesNotCount")]
    [InlineData("2020-01-01", 5, true, Label = "Tenure_ObtainedOnJanuaryFirst_CountsThatYear")]
    [InlineData("2020-01-02", 4, false, Label = "Tenure_ObtainedOnJanuarySecond_StartYearDoesNotCount")]
    [InlineData("2020-12-31", 4, false, Label = "Tenure_ObtainedOnDecember31_OneYearShort")]
    [InlineData("2024-01-01", 1, false, Label = "Tenure_ObtainedOnJanuaryFirstOfY_CountsY")]
    [InlineData("2024-06-30", 0, false, Label = "Tenure_ObtainedInY_Nothing")]
    [InlineData("2024-12-31", 0, false, Label = "Tenure_ObtainedOnC_Nothing")]
    public void Tenure_ObtainedOn_CountsFullYearsToDecember31(string obtainedOn, int counted, bool passes)
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D(obtainedOn)).WithAssessments(2019, 2023, AssessmentGrade.Qualified))
            .Decide();

        decision.CountedTenureYears.ShouldBe(counted);
        var check = decision.Check("tenure");
        check.Passed.ShouldBe(passes);
        check.Message.ShouldContain("2024年12月31日");
        check.Message.ShouldContain($"累计{counted}年");
    }

    [Theory]
    [InlineData("2020-02-28", Label = "Tenure_ObtainedTheDayBeforeLeapDay")]
    [InlineData("2020-02-29", Label = "Tenure_ObtainedOnLeapDay")]
    [InlineData("2020-03-01", Label = "Tenure_ObtainedTheDayAfterLeapDay")]
    public void Tenure_LeapYears_ChangeNothing(string obtainedOn)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithTitleObtainedOn(D(obtainedOn))).Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.Check("tenure").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Tenure_ObtainedOnLeapDay_FourYearsLaterStillFullYearsOnly()
    {
        // 2020-02-29 to 2028-12-31: 2021–2028 are eight full years; the leap part-year of 2020 is never rounded up.
        var decision = AnApplication.Promotion()
            .WithDeadlineIn(D("2028-09-30"))
            .WithApplicant(a => a.WithTitleObtainedOn(D("2020-02-29")).WithAssessments(2020, 2027, AssessmentGrade.Qualified))
            .Decide();

        decision.CountedTenureYears.ShouldBe(8);
    }

    [Fact]
    public void Tenure_ObtainedOnJanuaryFirstOfANonCountingYear_DoesNotCountThatYear()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D("2020-01-01")).WithAssessment(2020, AssessmentGrade.BasicallyQualified))
            .Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2020]);
        decision.Check("tenure").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Tenure_JanuaryFirstSettingOff_StartYearNeverCounts()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { JanuaryFirstCountsWholeYear = false })
            .WithApplicant(a => a.WithTitleObtainedOn(D("2020-01-01")))
            .Decide();

        decision.CountedTenureYears.ShouldBe(4);
    }

    [Theory]
    [InlineData(AssessmentGrade.Excellent, true, Label = "Tenure_YearGradedExcellent_Counts")]
    [InlineData(AssessmentGrade.Qualified, true, Label = "Tenure_YearGradedQualified_Counts")]
    [InlineData(AssessmentGrade.BasicallyQualified, false, Label = "Tenure_YearGradedBasicallyQualified_DoesNotCount")]
    [InlineData(AssessmentGrade.Unqualified, false, Label = "Tenure_YearGradedUnqualified_DoesNotCount")]
    [InlineData(AssessmentGrade.Undetermined, false, Label = "Tenure_YearGradedUndetermined_DoesNotCount")]
    public void Tenure_GradeOfAnEarlierYear(AssessmentGrade grade, bool counts)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithAssessment(2021, grade)).Decide();

        decision.CountedTenureYears.ShouldBe(counts ? 5 : 4);
        decision.Check("tenure").Passed.ShouldBe(counts);
        if (counts)
        {
            decision.ExcludedYears.ShouldBeEmpty();
        }
        else
        {
            decision.ExcludedYears.ShouldBe([2021]);
            decision.Check("tenure").Message.ShouldContain("2021年度考核");
            decision.Check("tenure").Message.ShouldContain("不计入");
        }
    }

    [Theory]
    [InlineData(AssessmentGrade.BasicallyQualified, Label = "Tenure_YGradedBasicallyQualified_DoesNotCount")]
    [InlineData(AssessmentGrade.Unqualified, Label = "Tenure_YGradedUnqualified_DoesNotCount")]
    [InlineData(AssessmentGrade.Undetermined, Label = "Tenure_YGradedUndetermined_DoesNotCount")]
    public void Tenure_ApplicationYearAlreadyGradedBelowQualified_DoesNotCount(AssessmentGrade grade)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithAssessment(2024, grade)).Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2024]);
    }

    [Fact]
    public void Tenure_NoAssessmentInY_CountsY()
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithoutAssessment(2024)).Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBeEmpty();
        decision.Check("tenure").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Tenure_NoAssessmentInAnEarlierYear_DoesNotCountAndSaysSo()
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithoutAssessment(2022)).Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2022]);
        var check = decision.Check("tenure");
        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("2022年度无考核记录");
        decision.Interpretations.ShouldContain("I-2");
    }

    [Fact]
    public void Tenure_NoAssessmentInYMinusOne_DoesNotCount()
    {
        // Y−1 is an earlier year like any other for tenure; only Y is presumed (I-2).
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithoutAssessment(2023).WithAssessment(2024, AssessmentGrade.Qualified)).Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2023]);
    }

    [Fact]
    public void Tenure_MissingYearSettingOn_MissingEarlierYearCounts()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { MissingAssessmentYearCounts = true })
            .WithApplicant(a => a.WithoutAssessment(2022))
            .Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBeEmpty();
    }

    [Fact]
    public void Tenure_ApplicationYearSettingOff_UngradedYDoesNotCount()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { ApplicationYearCountsUntilGraded = false })
            .Decide();

        decision.CountedTenureYears.ShouldBe(4);
        decision.ExcludedYears.ShouldBe([2024]);
    }

    [Fact]
    public void Tenure_SeveralExcludedYears_ListedInOrderWithReasons()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithTitleObtainedOn(D("2017-06-30"))
                .WithAssessments(2017, 2023, AssessmentGrade.Qualified)
                .WithAssessment(2019, AssessmentGrade.Undetermined)
                .WithoutAssessment(2021))
            .Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBe([2019, 2021]);
        decision.Check("tenure").Message.ShouldContain("2019年度考核不确定等次、2021年度无考核记录，不计入");
        decision.Check("tenure").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Tenure_GradesBeforeTheLevelWasObtained_AreIgnored()
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithAssessment(2018, AssessmentGrade.Unqualified).WithAssessment(2019, AssessmentGrade.Unqualified))
            .Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBeEmpty();
    }

    [Fact]
    public void Tenure_AfterTransfer_RunsFromTheOriginalObtainedOn()
    {
        var decision = AnApplication.Promotion()
            .WithTarget("经济", "人力资源", TitleLevel.AssociateSenior)
            .WithApplicant(a => a
                .WithPost("经济", "人力资源", D("2022-03-01"))
                .WithTitle(TitleLevel.Intermediate, D("2019-06-30"), "经济", "人力资源", transferredOn: D("2023-06-30")))
            .Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.Check("tenure").Passed.ShouldBeTrue();
        decision.Check("tenure").Message.ShouldContain("2019年6月30日");
    }

    [Theory]
    [InlineData("2021-06-30", 3, true, Label = "Exceptional_ThreeYears_Passes")]
    [InlineData("2021-01-01", 4, true, Label = "Exceptional_ObtainedOnJanuaryFirst_CountsThatYear")]
    [InlineData("2021-12-31", 3, true, Label = "Exceptional_ObtainedOnDecember31_ThreeYears")]
    [InlineData("2022-01-01", 3, true, Label = "Exceptional_ObtainedOnJanuaryFirst_ExactlyThree")]
    [InlineData("2022-01-02", 2, false, Label = "Exceptional_ObtainedOnJanuarySecond_OneShort")]
    public void Exceptional_UsesTheExceptionalYears(string obtainedOn, int counted, bool passes)
    {
        var decision = AnApplication.Exceptional()
            .WithApplicant(a => a.WithTitleObtainedOn(D(obtainedOn)).WithAssessments(2021, 2023, AssessmentGrade.Excellent))
            .Decide();

        decision.CountedTenureYears.ShouldBe(counted);
        decision.Check("tenure").Passed.ShouldBe(passes);
        decision.Check("tenure").Message.ShouldContain("破格要求3年");
    }

    [Fact]
    public void Tenure_UsesTheRequirementsYears()
    {
        AnApplication.Promotion().WithRequirements(r => r with { TenureYears = 6 }).Check("tenure").Passed.ShouldBeFalse();
        AnApplication.Promotion().WithRequirements(r => r with { TenureYears = 4 }).Check("tenure").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Tenure_Check_UsesInterpretationsOneAndTwo()
    {
        AnApplication.Promotion().Check("tenure").UsedInterpretations.ShouldBe(["I-1", "I-2"]);
    }
}
