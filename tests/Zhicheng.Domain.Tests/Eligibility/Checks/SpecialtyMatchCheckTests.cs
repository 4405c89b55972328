using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>申报专业与所从事专业一致 (N2024-3.1b): the target is the current post's series and specialty.</summary>
public class SpecialtyMatchCheckTests
{
    [Theory]
    [InlineData(Route.Promotion, "工程", "电气工程", true, Label = "Promotion_SameSeriesAndSpecialty_Passes")]
    [InlineData(Route.Promotion, "工程系列", "电气工程专业", true, Label = "Promotion_SuffixesWritten_Passes")]
    [InlineData(Route.Promotion, " 工程 ", "电气工程 ", true, Label = "Promotion_SurroundingSpace_Passes")]
    [InlineData(Route.Promotion, "工程", "机械工程", false, Label = "Promotion_OtherSpecialty_Fails")]
    [InlineData(Route.Promotion, "经济", "电气工程", false, Label = "Promotion_OtherSeries_Fails")]
    [InlineData(Route.Exceptional, "工程", "电气工程", true, Label = "Exceptional_SameSeriesAndSpecialty_Passes")]
    [InlineData(Route.Exceptional, "工程", "机械工程", false, Label = "Exceptional_OtherSpecialty_Fails")]
    public void SpecialtyMatch_TargetAgainstPost(Route route, string series, string specialty, bool passes)
    {
        var application = AnApplication.For(route).WithTarget(series, specialty, TitleLevel.AssociateSenior);

        application.Check("specialty_match").Passed.ShouldBe(passes);
    }

    [Fact]
    public void Transfer_TargetIsTheNewPost_Passes()
    {
        // The default transfer moves from 工程/电气工程 into the 经济/人力资源 post.
        AnApplication.Transfer().Check("specialty_match").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Transfer_TargetIsTheOldTitlesField_Fails()
    {
        var application = AnApplication.Transfer().WithTarget("工程", "电气工程", TitleLevel.Intermediate);

        var check = application.Check("specialty_match");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("经济系列人力资源专业");
    }

    [Fact]
    public void Promotion_PostChangedWithoutTransfer_FailsOnlyTransferRequired()
    {
        // Target = post, but the title is still in the old field: the mismatch is 3.4's business, not 3.1b's.
        var application = AnApplication.Promotion()
            .WithTarget("经济", "人力资源", TitleLevel.AssociateSenior)
            .WithApplicant(a => a.WithPost("经济", "人力资源", Dates.D("2012-07-01")));

        var decision = application.Decide();

        decision.Check("specialty_match").Passed.ShouldBeTrue();
        decision.Check("transfer_required").Passed.ShouldBeFalse();
    }
}
