using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary><see cref="StandardContent"/> is a value: equal when it says the same thing.</summary>
public class StandardContentTests
{
    [Fact]
    public void Equals_BuiltTwice_Equal()
    {
        var a = SampleStandards.Engineering(TitleLevel.Intermediate);
        var b = SampleStandards.Engineering(TitleLevel.Intermediate);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentSource_StillEqual() =>
        AStandard.Valid().WithRequirements(r => r with { Source = "甲" }).ShouldBe(AStandard.Valid().WithRequirements(r => r with { Source = "乙" }));

    [Fact]
    public void Equals_TableRowsDiffer_NotEqual()
    {
        var a = AStandard.Valid().WithRequirements(r => r with { InitialDetermination = new([new(Degree.Master, 0, TitleLevel.Assistant)]) });
        var b = AStandard.Valid().WithRequirements(r => r with { InitialDetermination = new([new(Degree.Master, 1, TitleLevel.Assistant)]) });

        a.ShouldNotBe(b);
    }

    [Fact]
    public void Equals_NoTableAndEmptyTable_NotEqual() =>
        AStandard.Valid().ShouldNotBe(AStandard.Valid().WithRequirements(r => r with { InitialDetermination = new([]) }));

    [Theory]
    [InlineData(0, Label = "Equals_WeightDiffers_NotEqual")]
    [InlineData(1, Label = "Equals_OrderDiffers_NotEqual")]
    [InlineData(2, Label = "Equals_ConditionsDiffer_NotEqual")]
    [InlineData(3, Label = "Equals_RequirementDiffers_NotEqual")]
    public void Equals_AnythingDiffers_NotEqual(int change)
    {
        var a = AStandard.Valid();
        var b = change switch
        {
            0 => a.WithIndicator(0, x => x with { Weight = 21 }),
            1 => a with { Indicators = [.. a.Indicators.Reverse()] },
            2 => a with { ExceptionalConditions = "破格" },
            _ => a.WithRequirements(r => r with { TransferPostYears = 1 }),
        };

        a.ShouldNotBe(b);
    }

    [Fact]
    public void Indicators_CallerListChangedLater_ContentUnchanged()
    {
        var list = new List<Indicator>(AStandard.Valid().Indicators);
        var content = AStandard.Valid() with { Indicators = list };

        list.Clear();

        content.Indicators.Count.ShouldBe(5);
    }
}
