using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 申报当年或上一年度考核合格 (N2024-3.3c, I-3): the grade of Y if any, otherwise of Y−1, must be 合格 or
/// 优秀. Y = 2024.
/// </summary>
public class LatestAssessmentCheckTests
{
    private const AssessmentGrade Excellent = AssessmentGrade.Excellent;
    private const AssessmentGrade Qualified = AssessmentGrade.Qualified;
    private const AssessmentGrade Basic = AssessmentGrade.BasicallyQualified;
    private const AssessmentGrade Unqualified = AssessmentGrade.Unqualified;
    private const AssessmentGrade Undetermined = AssessmentGrade.Undetermined;

    [Theory]
    [InlineData(Qualified, null, true, Label = "LatestAssessment_YQualified_Passes")]
    [InlineData(Excellent, null, true, Label = "LatestAssessment_YExcellent_Passes")]
    [InlineData(Qualified, Unqualified, true, Label = "LatestAssessment_YQualifiedYMinusOneUnqualified_YDecides")]
    [InlineData(Basic, Excellent, false, Label = "LatestAssessment_YBasicallyQualified_FailsDespiteExcellentYMinusOne")]
    [InlineData(Unqualified, Qualified, false, Label = "LatestAssessment_YUnqualified_Fails")]
    [InlineData(Undetermined, Qualified, false, Label = "LatestAssessment_YUndetermined_Fails")]
    [InlineData(null, Qualified, true, Label = "LatestAssessment_NoYGradeYMinusOneQualified_Passes")]
    [InlineData(null, Excellent, true, Label = "LatestAssessment_NoYGradeYMinusOneExcellent_Passes")]
    [InlineData(null, Basic, false, Label = "LatestAssessment_NoYGradeYMinusOneBasicallyQualified_Fails")]
    [InlineData(null, Unqualified, false, Label = "LatestAssessment_NoYGradeYMinusOneUnqualified_Fails")]
    [InlineData(null, Undetermined, false, Label = "LatestAssessment_NoYGradeYMinusOneUndetermined_Fails")]
    [InlineData(null, null, false, Label = "LatestAssessment_NeitherYNorYMinusOne_Fails")]
    public void LatestAssessment_GradesOfYAndYMinusOne(AssessmentGrade? gradeY, AssessmentGrade? gradeYMinusOne, bool passes)
    {
        foreach (var route in new[] { Route.Promotion, Route.Exceptional, Route.Transfer })
        {
            var application = AnApplication.For(route).WithApplicant(a =>
            {
                a.WithoutAssessment(2023).WithoutAssessment(2024);
                if (gradeY is { } y)
                {
                    a.WithAssessment(2024, y);
                }
                if (gradeYMinusOne is { } y1)
                {
                    a.WithAssessment(2023, y1);
                }
            });

            var check = application.Check("latest_assessment");

            check.Passed.ShouldBe(passes, route.ToString());
            check.Note.ShouldBe(CheckNote.None);
        }
    }

    [Fact]
    public void LatestAssessment_OnlyYMinusTwo_Fails()
    {
        var check = AnApplication.Promotion().WithApplicant(a => a.WithoutAssessment(2023)).Check("latest_assessment");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("没有2024年度或2023年度的考核记录");
    }

    [Fact]
    public void LatestAssessment_NamesTheDecidingYear()
    {
        AnApplication.Promotion().Check("latest_assessment").Message.ShouldBe("2023年度考核合格");
        AnApplication.Promotion().WithApplicant(a => a.WithAssessment(2024, Excellent)).Check("latest_assessment").Message.ShouldBe("2024年度考核优秀");
    }

    [Fact]
    public void LatestAssessment_FallbackSettingOff_NoYGrade_Fails()
    {
        var check = AnApplication.Promotion()
            .WithSettings(s => s with { LatestAssessmentFallsBackToPreviousYear = false })
            .Check("latest_assessment");

        check.Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(EmploymentType.NonPublic)]
    [InlineData(EmploymentType.IndividualBusiness)]
    [InlineData(EmploymentType.Flexible)]
    [InlineData(EmploymentType.Freelancer)]
    public void LatestAssessment_ExemptEmploymentTypeWithoutAssessments_PassesWaived(EmploymentType type)
    {
        foreach (var route in new[] { Route.Promotion, Route.Exceptional, Route.Transfer })
        {
            var check = AnApplication.For(route)
                .WithApplicant(a => a.WithEmployment(type).WithoutAssessments())
                .Check("latest_assessment");

            check.Passed.ShouldBeTrue();
            check.Note.ShouldBe(CheckNote.Waived);
            check.Message.ShouldContain("N2024-3.3e");
        }
    }

    [Theory]
    [InlineData(EmploymentType.PublicInstitution)]
    [InlineData(EmploymentType.StateOwnedEnterprise)]
    [InlineData(EmploymentType.GovernmentAgency)]
    public void LatestAssessment_NonExemptEmploymentTypeWithoutAssessments_Fails(EmploymentType type)
    {
        var check = AnApplication.Promotion()
            .WithApplicant(a => a.WithEmployment(type).WithoutAssessments())
            .Check("latest_assessment");

        check.Passed.ShouldBeFalse();
        check.Note.ShouldBe(CheckNote.None);
    }
}
