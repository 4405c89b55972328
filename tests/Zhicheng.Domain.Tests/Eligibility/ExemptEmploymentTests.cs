using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary>
/// N2024-3.3e: 非公经济组织、个体工商户、灵活就业人员、自由职业者 may omit annual assessments. For them every
/// year counts and 3.3a–d do not apply: latest_assessment and exceptional_excellent pass, waived.
/// </summary>
public class ExemptEmploymentTests
{
    [Fact]
    public void Settings_ExemptTypes_AreTheFourOfTheClause()
    {
        PolicyVersion.N2024.Settings.AssessmentExemptTypes.ShouldBe(
            [EmploymentType.NonPublic, EmploymentType.IndividualBusiness, EmploymentType.Flexible, EmploymentType.Freelancer],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(EmploymentType.NonPublic)]
    [InlineData(EmploymentType.IndividualBusiness)]
    [InlineData(EmploymentType.Flexible)]
    [InlineData(EmploymentType.Freelancer)]
    public void Promotion_ExemptTypeWithoutAnyAssessment_EveryYearCountsAndIsEligible(EmploymentType type)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithEmployment(type).WithoutAssessments()).Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBeEmpty();
        decision.Check("tenure").Passed.ShouldBeTrue();
        decision.Check("tenure").Message.ShouldContain("各年度均计入");
        decision.Check("latest_assessment").Note.ShouldBe(CheckNote.Waived);
        decision.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(EmploymentType.NonPublic)]
    [InlineData(EmploymentType.IndividualBusiness)]
    [InlineData(EmploymentType.Flexible)]
    [InlineData(EmploymentType.Freelancer)]
    public void Promotion_ExemptTypeWithNonCountingGrades_EveryYearStillCounts(EmploymentType type)
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithEmployment(type)
                .WithAssessment(2021, AssessmentGrade.Unqualified)
                .WithAssessment(2024, AssessmentGrade.BasicallyQualified))
            .Decide();

        decision.CountedTenureYears.ShouldBe(5);
        decision.ExcludedYears.ShouldBeEmpty();
        decision.Check("latest_assessment").Passed.ShouldBeTrue();
        decision.Check("latest_assessment").Note.ShouldBe(CheckNote.Waived);
    }

    [Theory]
    [InlineData(EmploymentType.NonPublic)]
    [InlineData(EmploymentType.IndividualBusiness)]
    [InlineData(EmploymentType.Flexible)]
    [InlineData(EmploymentType.Freelancer)]
    public void Exceptional_ExemptTypeWithoutAnyAssessment_BothAssessmentChecksWaived(EmploymentType type)
    {
        var decision = AnApplication.Exceptional().WithApplicant(a => a.WithEmployment(type).WithoutAssessments()).Decide();

        foreach (var code in new[] { "latest_assessment", "exceptional_excellent" })
        {
            var check = decision.Check(code);
            check.Passed.ShouldBeTrue(code);
            check.Note.ShouldBe(CheckNote.Waived, code);
            check.Message.ShouldContain("N2024-3.3e");
        }
        decision.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(EmploymentType.PublicInstitution)]
    [InlineData(EmploymentType.StateOwnedEnterprise)]
    [InlineData(EmploymentType.GovernmentAgency)]
    public void Promotion_NonExemptTypeWithoutAnyAssessment_YearsBeforeYDoNotCount(EmploymentType type)
    {
        var decision = AnApplication.Promotion().WithApplicant(a => a.WithEmployment(type).WithoutAssessments()).Decide();

        decision.CountedTenureYears.ShouldBe(1);
        decision.ExcludedYears.ShouldBe([2020, 2021, 2022, 2023]);
        decision.Check("latest_assessment").Passed.ShouldBeFalse();
        decision.Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Exempt_StillNeedsTheExceptionalTenureAndAchievements()
    {
        var decision = AnApplication.Exceptional()
            .WithApplicant(a => a.WithEmployment(EmploymentType.Freelancer).WithoutAssessments()
                .WithTitleObtainedOn(D("2022-06-30"))
                .WithAchievements(3, D("2023-01-01")))
            .Decide();

        decision.FailedCodes().ShouldBe(["achievements", "tenure"], ignoreOrder: true);
    }
}
