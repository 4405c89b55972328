using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 破格须近三年有一次优秀 (N2024-3.3d, I-4): an 优秀 in Y−3, Y−2, Y−1, or in Y when Y is already graded.
/// Y = 2024: the window is 2021–2024.
/// </summary>
public class ExceptionalExcellentCheckTests
{
    [Theory]
    [InlineData(2020, false, Label = "Exceptional_ExcellentInYMinusFour_Fails")]
    [InlineData(2021, true, Label = "Exceptional_ExcellentInYMinusThree_Passes")]
    [InlineData(2022, true, Label = "Exceptional_ExcellentInYMinusTwo_Passes")]
    [InlineData(2023, true, Label = "Exceptional_ExcellentInYMinusOne_Passes")]
    [InlineData(2024, true, Label = "Exceptional_ExcellentInGradedY_Passes")]
    public void ExceptionalExcellent_YearOfTheOnlyExcellent(int year, bool passes)
    {
        var application = AnApplication.Exceptional().WithApplicant(a => a
            .WithAssessments(2018, 2023, AssessmentGrade.Qualified)
            .WithAssessment(year, AssessmentGrade.Excellent));

        var check = application.Check("exceptional_excellent");

        check.Passed.ShouldBe(passes);
        if (passes)
        {
            check.Message.ShouldBe($"{year}年度考核优秀");
        }
    }

    [Fact]
    public void ExceptionalExcellent_NoExcellent_FailsAndNamesTheWindow()
    {
        var check = AnApplication.Exceptional()
            .WithApplicant(a => a.WithAssessments(2018, 2023, AssessmentGrade.Qualified))
            .Check("exceptional_excellent");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("2021—2023年度");
    }

    [Fact]
    public void ExceptionalExcellent_GradedYSettingOff_ExcellentInYOnly_Fails()
    {
        var check = AnApplication.Exceptional()
            .WithSettings(s => s with { ExcellentWindowIncludesGradedApplicationYear = false })
            .WithApplicant(a => a.WithAssessments(2018, 2023, AssessmentGrade.Qualified).WithAssessment(2024, AssessmentGrade.Excellent))
            .Check("exceptional_excellent");

        check.Passed.ShouldBeFalse();
    }

    [Fact]
    public void ExceptionalExcellent_WindowOfFourYearsBySetting_ExcellentInYMinusFour_Passes()
    {
        AnApplication.Exceptional()
            .WithSettings(s => s with { ExcellentWindowYears = 4 })
            .WithApplicant(a => a.WithAssessments(2018, 2023, AssessmentGrade.Qualified).WithAssessment(2020, AssessmentGrade.Excellent))
            .Check("exceptional_excellent").Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(EmploymentType.NonPublic)]
    [InlineData(EmploymentType.IndividualBusiness)]
    [InlineData(EmploymentType.Flexible)]
    [InlineData(EmploymentType.Freelancer)]
    public void ExceptionalExcellent_ExemptEmploymentType_PassesWaived(EmploymentType type)
    {
        var check = AnApplication.Exceptional()
            .WithApplicant(a => a.WithEmployment(type).WithoutAssessments())
            .Check("exceptional_excellent");

        check.Passed.ShouldBeTrue();
        check.Note.ShouldBe(CheckNote.Waived);
    }

    [Fact]
    public void ExceptionalExcellent_NotOnPromotion()
    {
        AnApplication.Promotion().Decide().CheckCodes().ShouldNotContain("exceptional_excellent");
    }
}
