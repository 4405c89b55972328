using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 业绩成果 (N2024-3.2b, I-5): achievements obtained on or before D reach the minimum (promotion 2,
/// exceptional 4 in the default requirements); later ones are excluded items. D = 2024-09-30.
/// </summary>
public class AchievementsCheckTests
{
    [Theory]
    [InlineData(Route.Promotion, 2, true, Label = "Promotion_ExactlyTheMinimum_Passes")]
    [InlineData(Route.Promotion, 3, true, Label = "Promotion_AboveTheMinimum_Passes")]
    [InlineData(Route.Promotion, 1, false, Label = "Promotion_OneShort_Fails")]
    [InlineData(Route.Promotion, 0, false, Label = "Promotion_None_Fails")]
    [InlineData(Route.Exceptional, 4, true, Label = "Exceptional_ExactlyTheExceptionalMinimum_Passes")]
    [InlineData(Route.Exceptional, 3, false, Label = "Exceptional_OneShortOfTheExceptionalMinimum_Fails")]
    public void Achievements_CountAgainstTheRoutesMinimum(Route route, int count, bool passes)
    {
        var application = AnApplication.For(route).WithApplicant(a => a.WithAchievements(count, D("2023-05-01")));

        var check = application.Check("achievements");

        check.Passed.ShouldBe(passes);
        check.Message.ShouldContain($"{count}项");
    }

    [Fact]
    public void Promotion_ZeroRequiredAndNone_Passes()
    {
        AnApplication.Promotion()
            .WithRequirements(r => r with { MinAchievements = 0 })
            .WithApplicant(a => a.WithoutAchievements())
            .Check("achievements").Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-09-29", true, Label = "Achievement_ObtainedTheDayBeforeD_Counts")]
    [InlineData("2024-09-30", true, Label = "Achievement_ObtainedOnD_Counts")]
    [InlineData("2024-10-01", false, Label = "Achievement_ObtainedTheDayAfterD_DoesNotCount")]
    [InlineData("2024-12-31", false, Label = "Achievement_ObtainedAtC_DoesNotCount")]
    public void Achievement_ObtainedAroundD(string obtainedOn, bool counts)
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithAchievementsOn(D("2023-05-01")).AndAchievement("智能巡检系统", D(obtainedOn)))
            .Decide();

        decision.Check("achievements").Passed.ShouldBe(counts);
        if (counts)
        {
            decision.ExcludedItems.ShouldBeEmpty();
        }
        else
        {
            decision.ExcludedItems.ShouldHaveSingleItem().ShouldBe(new ExcludedItem("achievement", "智能巡检系统", D(obtainedOn), "N2024-3.2b"));
            decision.Check("achievements").Message.ShouldContain("另有1项");
        }
    }

    [Fact]
    public void Achievement_LeapDayDeadline_ObtainedOnLeapDayCounts_NextDayDoesNot()
    {
        var decision = AnApplication.Promotion()
            .WithDeadlineIn(D("2028-02-29"))
            .WithApplicant(a => a.WithAchievementsOn(D("2028-02-29"), D("2028-03-01")))
            .Decide();

        decision.ExcludedItems.ShouldHaveSingleItem().ObtainedOn.ShouldBe(D("2028-03-01"));
        decision.Check("achievements").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Achievement_ObtainedOnD_WithSettingStrictlyBefore_DoesNotCount()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { ItemsObtainedOnDeadlineCount = false })
            .WithApplicant(a => a.WithAchievementsOn(D("2023-05-01"), D("2024-09-30")))
            .Decide();

        decision.Check("achievements").Passed.ShouldBeFalse();
        decision.ExcludedItems.ShouldHaveSingleItem().Kind.ShouldBe("achievement");
    }
}
