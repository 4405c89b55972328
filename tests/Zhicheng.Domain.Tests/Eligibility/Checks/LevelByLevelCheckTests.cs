using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>逐级申报 (N2024-3.5a): a promotion goes exactly one level up; a 转评 stays at the same level.</summary>
public class LevelByLevelCheckTests
{
    [Theory]
    [InlineData(Route.Promotion, TitleLevel.Clerk, TitleLevel.Assistant, true, Label = "Promotion_OneUpFromClerk_Passes")]
    [InlineData(Route.Promotion, TitleLevel.Assistant, TitleLevel.Intermediate, true, Label = "Promotion_OneUpFromAssistant_Passes")]
    [InlineData(Route.Promotion, TitleLevel.Intermediate, TitleLevel.AssociateSenior, true, Label = "Promotion_OneUp_Passes")]
    [InlineData(Route.Promotion, TitleLevel.AssociateSenior, TitleLevel.Senior, true, Label = "Promotion_OneUpToSenior_Passes")]
    [InlineData(Route.Promotion, TitleLevel.Intermediate, TitleLevel.Senior, false, Label = "Promotion_TwoUp_Fails")]
    [InlineData(Route.Promotion, TitleLevel.Clerk, TitleLevel.Intermediate, false, Label = "Promotion_TwoUpFromClerk_Fails")]
    [InlineData(Route.Promotion, TitleLevel.Intermediate, TitleLevel.Intermediate, false, Label = "Promotion_SameLevel_Fails")]
    [InlineData(Route.Promotion, TitleLevel.Intermediate, TitleLevel.Assistant, false, Label = "Promotion_LowerLevel_Fails")]
    [InlineData(Route.Promotion, TitleLevel.Senior, TitleLevel.Senior, false, Label = "Promotion_AlreadySenior_Fails")]
    [InlineData(Route.Exceptional, TitleLevel.Intermediate, TitleLevel.AssociateSenior, true, Label = "Exceptional_OneUp_Passes")]
    [InlineData(Route.Exceptional, TitleLevel.Intermediate, TitleLevel.Senior, false, Label = "Exceptional_TwoUp_Fails")]
    [InlineData(Route.Exceptional, TitleLevel.Intermediate, TitleLevel.Intermediate, false, Label = "Exceptional_SameLevel_Fails")]
    [InlineData(Route.Transfer, TitleLevel.Intermediate, TitleLevel.Intermediate, true, Label = "Transfer_SameLevel_Passes")]
    [InlineData(Route.Transfer, TitleLevel.Senior, TitleLevel.Senior, true, Label = "Transfer_SameSeniorLevel_Passes")]
    [InlineData(Route.Transfer, TitleLevel.Intermediate, TitleLevel.AssociateSenior, false, Label = "Transfer_OneUp_Fails")]
    [InlineData(Route.Transfer, TitleLevel.Intermediate, TitleLevel.Assistant, false, Label = "Transfer_OneDown_Fails")]
    public void LevelByLevel_CurrentAgainstTarget(Route route, TitleLevel current, TitleLevel target, bool passes)
    {
        var application = AnApplication.For(route)
            .WithApplicant(a => a.WithTitleLevel(current))
            .WithTargetLevel(target);

        application.Check("level_by_level").Passed.ShouldBe(passes);
    }

    [Theory]
    [InlineData(Route.Promotion)]
    [InlineData(Route.Exceptional)]
    [InlineData(Route.Transfer)]
    public void LevelByLevel_EveryPairOfLevels_PassesExactlyForTheRoutesStep(Route route)
    {
        var step = route == Route.Transfer ? 0 : 1;
        foreach (var current in Enum.GetValues<TitleLevel>())
        {
            foreach (var target in Enum.GetValues<TitleLevel>())
            {
                var passed = AnApplication.For(route)
                    .WithApplicant(a => a.WithTitleLevel(current))
                    .WithTargetLevel(target)
                    .Check("level_by_level").Passed;
                passed.ShouldBe((int)target - (int)current == step, $"{route}: {current} → {target}");
            }
        }
    }

    [Fact]
    public void Promotion_TwoUp_SaysWhichLevelMayBeAppliedFor()
    {
        var check = AnApplication.Promotion().WithTargetLevel(TitleLevel.Senior).Check("level_by_level");

        check.Message.ShouldContain("副高级");
        check.Message.ShouldContain("正高级");
    }
}
