using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 学历 (N2024-3.2b, I-5): the highest degree obtained on or before D reaches the standard's minimum;
/// for an 初定, a full-time degree by the determination date. D = 2024-09-30.
/// </summary>
public class EducationCheckTests
{
    [Theory]
    [InlineData(Route.Promotion, Degree.Bachelor, Degree.Bachelor, true, Label = "Promotion_ExactlyTheMinimum_Passes")]
    [InlineData(Route.Promotion, Degree.Bachelor, Degree.Doctorate, true, Label = "Promotion_AboveTheMinimum_Passes")]
    [InlineData(Route.Promotion, Degree.Bachelor, Degree.Associate, false, Label = "Promotion_OneBelowTheMinimum_Fails")]
    [InlineData(Route.Promotion, Degree.Master, Degree.Bachelor, false, Label = "Promotion_MasterRequiredBachelorHeld_Fails")]
    [InlineData(Route.Promotion, Degree.Secondary, Degree.Secondary, true, Label = "Promotion_SecondaryRequiredAndHeld_Passes")]
    [InlineData(Route.Exceptional, Degree.Bachelor, Degree.Bachelor, true, Label = "Exceptional_ExactlyTheMinimum_Passes")]
    [InlineData(Route.Exceptional, Degree.Bachelor, Degree.Associate, false, Label = "Exceptional_BelowTheMinimum_Fails")]
    public void Education_HighestDegreeAgainstMinimum(Route route, Degree minimum, Degree held, bool passes)
    {
        var application = AnApplication.For(route)
            .WithRequirements(r => r with { MinEducation = minimum })
            .WithApplicant(a => a.WithEducation(held, D("2012-06-30")));

        application.Check("education").Passed.ShouldBe(passes);
    }

    [Fact]
    public void Promotion_PartTimeDegree_Counts()
    {
        AnApplication.Promotion()
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2016-01-15"), fullTime: false))
            .Check("education").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Promotion_NoEducation_Fails()
    {
        AnApplication.Promotion().WithApplicant(a => a.WithoutEducation()).Check("education").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Promotion_HighestOfSeveralDegrees_Decides()
    {
        AnApplication.Promotion()
            .WithRequirements(r => r with { MinEducation = Degree.Master })
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2012-06-30")).AndEducation(Degree.Master, D("2018-06-30"), fullTime: false))
            .Check("education").Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-09-29", true, Label = "Education_ObtainedTheDayBeforeD_Counts")]
    [InlineData("2024-09-30", true, Label = "Education_ObtainedOnD_Counts")]
    [InlineData("2024-10-01", false, Label = "Education_ObtainedTheDayAfterD_DoesNotCount")]
    public void Education_ObtainedAroundD(string obtainedOn, bool counts)
    {
        var decision = AnApplication.Promotion()
            .WithRequirements(r => r with { MinEducation = Degree.Master })
            .WithApplicant(a => a.AndEducation(Degree.Master, D(obtainedOn)))
            .Decide();

        decision.Check("education").Passed.ShouldBe(counts);
        if (counts)
        {
            decision.ExcludedItems.ShouldBeEmpty();
        }
        else
        {
            var item = decision.ExcludedItems.ShouldHaveSingleItem();
            item.ShouldBe(new ExcludedItem("education", "硕士", D(obtainedOn), "N2024-3.2b"));
            decision.Check("education").Message.ShouldContain("不予计算");
        }
    }

    [Fact]
    public void Education_ObtainedOnD_WithSettingStrictlyBefore_DoesNotCount()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { ItemsObtainedOnDeadlineCount = false })
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2024-09-30")))
            .Decide();

        decision.Check("education").Passed.ShouldBeFalse();
        decision.ExcludedItems.ShouldHaveSingleItem().ObtainedOn.ShouldBe(D("2024-09-30"));
    }

    [Theory]
    [InlineData(true, "2023-06-30", true, Label = "Initial_FullTimeGraduate_Passes")]
    [InlineData(false, "2023-06-30", false, Label = "Initial_PartTimeDegreeOnly_Fails")]
    [InlineData(true, "2024-11-15", true, Label = "Initial_GraduatedOnTheDeterminationDay_Counts")]
    [InlineData(true, "2024-11-16", false, Label = "Initial_GraduatedAfterTheDeterminationDay_DoesNotCount")]
    public void Initial_FullTimeDegreeByDeterminationDate(bool fullTime, string graduated, bool passes)
    {
        var decision = AnApplication.Initial()
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D(graduated), fullTime))
            .Decide();

        decision.Check("education").Passed.ShouldBe(passes);
        decision.ExcludedItems.Count.ShouldBe(D(graduated) > D("2024-11-15") ? 1 : 0);
    }

    [Fact]
    public void Initial_NoEducation_Fails()
    {
        AnApplication.Initial().WithApplicant(a => a.WithoutEducation()).Check("education").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Education_Check_UsesInterpretationFive()
    {
        AnApplication.Promotion().Check("education").UsedInterpretations.ShouldContain("I-5");
        PolicyVersion.N2024.Settings.ItemsObtainedOnDeadlineCount.ShouldBeTrue();
    }
}
