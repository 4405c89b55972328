using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>先转评后晋升 (N2024-3.4): a promotion needs the current title in the current post's field.</summary>
public class TransferRequiredCheckTests
{
    [Theory]
    [InlineData(Route.Promotion, "工程", "电气工程", true, Label = "Promotion_TitleInPostField_Passes")]
    [InlineData(Route.Promotion, "工程系列", "电气工程专业", true, Label = "Promotion_TitleInPostFieldWithSuffixes_Passes")]
    [InlineData(Route.Promotion, "工程", "机械工程", false, Label = "Promotion_TitleInOtherSpecialty_Fails")]
    [InlineData(Route.Promotion, "经济", "人力资源", false, Label = "Promotion_TitleInOtherSeries_Fails")]
    [InlineData(Route.Exceptional, "工程", "电气工程", true, Label = "Exceptional_TitleInPostField_Passes")]
    [InlineData(Route.Exceptional, "工程", "机械工程", false, Label = "Exceptional_TitleInOtherSpecialty_Fails")]
    public void TransferRequired_TitleFieldAgainstPost(Route route, string titleSeries, string titleSpecialty, bool passes)
    {
        var application = AnApplication.For(route)
            .WithApplicant(a => a.WithTitle(TitleLevel.Intermediate, a.CurrentTitle.ObtainedOn, titleSeries, titleSpecialty));

        var check = application.Check("transfer_required");

        check.Passed.ShouldBe(passes);
        if (!passes)
        {
            check.Message.ShouldContain("转评");
        }
    }

    [Fact]
    public void Promotion_AfterTransferRecorded_Passes()
    {
        var application = AnApplication.Promotion()
            .WithTarget("经济", "人力资源", TitleLevel.AssociateSenior)
            .WithApplicant(a => a
                .WithPost("经济", "人力资源", D("2022-03-01"))
                .WithTitle(TitleLevel.Intermediate, D("2019-06-30"), "经济", "人力资源", transferredOn: D("2023-06-30")));

        var decision = application.Decide();

        decision.Check("transfer_required").Passed.ShouldBeTrue();
        decision.Eligible.ShouldBeTrue();
    }
}
