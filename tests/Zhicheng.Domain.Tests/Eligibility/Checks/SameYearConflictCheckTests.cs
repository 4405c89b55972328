using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 不得同一年度申报不同系列、不同专业的同级职称 (N2024-3.5c). The application targets 工程/电气工程 副高级.
/// </summary>
public class SameYearConflictCheckTests
{
    [Theory]
    [InlineData("经济", "人力资源", TitleLevel.AssociateSenior, false, Label = "SameYear_SameLevelOtherSeries_Fails")]
    [InlineData("工程", "机械工程", TitleLevel.AssociateSenior, false, Label = "SameYear_SameLevelOtherSpecialty_Fails")]
    [InlineData("经济", "电气工程", TitleLevel.AssociateSenior, false, Label = "SameYear_SameLevelOtherSeriesSameSpecialtyName_Fails")]
    [InlineData("经济", "人力资源", TitleLevel.Intermediate, true, Label = "SameYear_OtherLevelOtherSeries_Passes")]
    [InlineData("工程", "机械工程", TitleLevel.Senior, true, Label = "SameYear_OtherLevelOtherSpecialty_Passes")]
    [InlineData("工程", "电气工程", TitleLevel.AssociateSenior, true, Label = "SameYear_IdenticalTitle_Passes")]
    [InlineData("工程系列", "电气工程专业", TitleLevel.AssociateSenior, true, Label = "SameYear_IdenticalTitleWrittenWithSuffixes_Passes")]
    public void SameYearConflict_OneOtherApplication(string series, string specialty, TitleLevel level, bool passes)
    {
        foreach (var route in new[] { Route.Promotion, Route.Exceptional })
        {
            var check = AnApplication.For(route).WithOtherApplication(series, specialty, level).Check("same_year_conflict");

            check.Passed.ShouldBe(passes, route.ToString());
        }
    }

    [Fact]
    public void SameYearConflict_NoOtherApplications_Passes()
    {
        var check = AnApplication.Promotion().Check("same_year_conflict");

        check.Passed.ShouldBeTrue();
        check.Message.ShouldContain("没有其他申报");
    }

    [Fact]
    public void SameYearConflict_OneConflictAmongSeveral_FailsNamingIt()
    {
        var check = AnApplication.Promotion()
            .WithOtherApplication("工程", "电气工程", TitleLevel.AssociateSenior)
            .WithOtherApplication("经济", "人力资源", TitleLevel.Intermediate)
            .WithOtherApplication("卫生", "护理", TitleLevel.AssociateSenior)
            .Check("same_year_conflict");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("卫生系列护理专业副高级");
    }
}
