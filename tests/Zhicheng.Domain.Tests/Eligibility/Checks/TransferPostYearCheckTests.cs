using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 转评前现岗位满一年 (N2024-3.4, 3.2a): years in the current post counted to 12-31 of Y under I-1 —
/// the start year counts only when the post began on 01-01.
/// </summary>
public class TransferPostYearCheckTests
{
    [Theory]
    [InlineData("2023-03-01", 1, true, Label = "Transfer_PostSinceLastYear_Passes")]
    [InlineData("2023-12-31", 1, true, Label = "Transfer_PostSinceLastDayOfLastYear_Passes")]
    [InlineData("2024-01-01", 1, true, Label = "Transfer_PostSinceJanuaryFirstOfY_CountsThatYear")]
    [InlineData("2024-01-02", 1, false, Label = "Transfer_PostSinceJanuarySecondOfY_Fails")]
    [InlineData("2024-09-01", 1, false, Label = "Transfer_PostSinceThisAutumn_Fails")]
    [InlineData("2023-01-01", 2, true, Label = "Transfer_TwoYearsRequired_SinceJanuaryFirstLastYear_Passes")]
    [InlineData("2023-01-02", 2, false, Label = "Transfer_TwoYearsRequired_SinceJanuarySecondLastYear_Fails")]
    [InlineData("2022-12-31", 2, true, Label = "Transfer_TwoYearsRequired_SinceDecember31TwoYearsAgo_Passes")]
    public void TransferPostYear_PostSince(string since, int requiredYears, bool passes)
    {
        var application = AnApplication.Transfer()
            .WithRequirements(r => r with { TransferPostYears = requiredYears })
            .WithApplicant(a => a.WithPostSince(D(since)));

        var check = application.Check("transfer_post_year");

        check.Passed.ShouldBe(passes);
        check.Message.ShouldContain("2024年12月31日");
    }

    [Fact]
    public void TransferPostYear_IgnoresMissingAssessments()
    {
        // The post-year half of 3.4 counts calendar years only; the assessment half is latest_assessment.
        var decision = AnApplication.Transfer()
            .WithApplicant(a => a.WithPostSince(D("2022-07-01")).WithoutAssessments().WithAssessment(2023, Domain.Eligibility.AssessmentGrade.Qualified))
            .Decide();

        decision.Check("transfer_post_year").Passed.ShouldBeTrue();
        decision.Check("transfer_post_year").Message.ShouldContain("满2年");
    }

    [Fact]
    public void Transfer_LatestAssessmentBelowQualified_Fails()
    {
        var decision = AnApplication.Transfer()
            .WithApplicant(a => a.WithAssessment(2023, Domain.Eligibility.AssessmentGrade.BasicallyQualified))
            .Decide();

        decision.Check("transfer_post_year").Passed.ShouldBeTrue();
        decision.Check("latest_assessment").Passed.ShouldBeFalse();
        decision.Eligible.ShouldBeFalse();
    }
}
