using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Tests.Meetings;

/// <summary>
/// Quorum (MOHRSS-40-quorum: present × denominator ≥ panel × numerator, default 2/3) and the ballot
/// (MOHRSS-40-ballot: yes × denominator ≥ present × numerator, default 2/3), both sides of every boundary, with the
/// default shares and with changed ones.
/// </summary>
public class MeetingRulesTests
{
    private static readonly PolicySettings Settings = new();

    private static PolicySettings Quorum(int numerator, int denominator) =>
        Settings with { QuorumNumerator = numerator, QuorumDenominator = denominator };

    private static PolicySettings Pass(int numerator, int denominator) =>
        Settings with { PassNumerator = numerator, PassDenominator = denominator };

    [Theory]
    [InlineData(15, 10, true, Label = "IsQuorate_Panel15Present10_Quorate")]
    [InlineData(15, 9, false, Label = "IsQuorate_Panel15Present9_NotQuorate")]
    [InlineData(15, 15, true, Label = "IsQuorate_Panel15AllPresent_Quorate")]
    [InlineData(3, 2, true, Label = "IsQuorate_Panel3Present2_Quorate")]
    [InlineData(3, 1, false, Label = "IsQuorate_Panel3Present1_NotQuorate")]
    [InlineData(2, 2, true, Label = "IsQuorate_Panel2Present2_Quorate")]
    [InlineData(2, 1, false, Label = "IsQuorate_Panel2Present1_NotQuorate")]
    [InlineData(1, 1, true, Label = "IsQuorate_Panel1Present1_Quorate")]
    [InlineData(1, 0, false, Label = "IsQuorate_Panel1NobodyPresent_NotQuorate")]
    [InlineData(15, 0, false, Label = "IsQuorate_Panel15NobodyPresent_NotQuorate")]
    [InlineData(25, 17, true, Label = "IsQuorate_Panel25Present17_Quorate")]
    [InlineData(25, 16, false, Label = "IsQuorate_Panel25Present16_NotQuorate")]
    [InlineData(30, 20, true, Label = "IsQuorate_Panel30Present20_QuorateExactlyTwoThirds")]
    [InlineData(30, 19, false, Label = "IsQuorate_Panel30Present19_NotQuorate")]
    public void IsQuorate_DefaultTwoThirds_AtLeastTwoThirdsPresent(int panel, int present, bool quorate) =>
        MeetingRules.IsQuorate(panel, present, Settings).ShouldBe(quorate);

    [Theory]
    [InlineData(1, 2, 15, 8, true, Label = "IsQuorate_HalfPanel15Present8_Quorate")]
    [InlineData(1, 2, 15, 7, false, Label = "IsQuorate_HalfPanel15Present7_NotQuorate")]
    [InlineData(1, 2, 10, 5, true, Label = "IsQuorate_HalfPanel10Present5_QuorateExactlyHalf")]
    [InlineData(1, 2, 10, 4, false, Label = "IsQuorate_HalfPanel10Present4_NotQuorate")]
    [InlineData(1, 2, 1, 0, false, Label = "IsQuorate_HalfPanel1NobodyPresent_NotQuorate")]
    [InlineData(3, 4, 15, 12, true, Label = "IsQuorate_ThreeQuartersPanel15Present12_Quorate")]
    [InlineData(3, 4, 15, 11, false, Label = "IsQuorate_ThreeQuartersPanel15Present11_NotQuorate")]
    [InlineData(3, 4, 20, 15, true, Label = "IsQuorate_ThreeQuartersPanel20Present15_QuorateExactlyThreeQuarters")]
    [InlineData(3, 4, 20, 14, false, Label = "IsQuorate_ThreeQuartersPanel20Present14_NotQuorate")]
    [InlineData(3, 4, 4, 3, true, Label = "IsQuorate_ThreeQuartersPanel4Present3_Quorate")]
    [InlineData(3, 4, 4, 2, false, Label = "IsQuorate_ThreeQuartersPanel4Present2_NotQuorate")]
    public void IsQuorate_ShareChanged_FollowsIt(int numerator, int denominator, int panel, int present, bool quorate) =>
        MeetingRules.IsQuorate(panel, present, Quorum(numerator, denominator)).ShouldBe(quorate);

    [Theory]
    [InlineData(15, -1, Label = "IsQuorate_NegativePresent_Throws")]
    [InlineData(0, 0, Label = "IsQuorate_EmptyPanel_Throws")]
    [InlineData(-3, 2, Label = "IsQuorate_NegativePanel_Throws")]
    public void IsQuorate_ImpossibleNumbers_Throws(int panel, int present) =>
        Should.Throw<ArgumentOutOfRangeException>(() => MeetingRules.IsQuorate(panel, present, Settings));

    [Theory]
    [InlineData(2, 3, 15, 10, Label = "QuorumOf_TwoThirdsOf15_10")]
    [InlineData(2, 3, 3, 2, Label = "QuorumOf_TwoThirdsOf3_2")]
    [InlineData(2, 3, 2, 2, Label = "QuorumOf_TwoThirdsOf2_2")]
    [InlineData(2, 3, 1, 1, Label = "QuorumOf_TwoThirdsOf1_1")]
    [InlineData(2, 3, 25, 17, Label = "QuorumOf_TwoThirdsOf25_17")]
    [InlineData(2, 3, 30, 20, Label = "QuorumOf_TwoThirdsOf30_20")]
    [InlineData(1, 2, 15, 8, Label = "QuorumOf_HalfOf15_8")]
    [InlineData(1, 2, 10, 5, Label = "QuorumOf_HalfOf10_5")]
    [InlineData(1, 2, 1, 1, Label = "QuorumOf_HalfOf1_1")]
    [InlineData(3, 4, 15, 12, Label = "QuorumOf_ThreeQuartersOf15_12")]
    [InlineData(3, 4, 20, 15, Label = "QuorumOf_ThreeQuartersOf20_15")]
    [InlineData(3, 4, 4, 3, Label = "QuorumOf_ThreeQuartersOf4_3")]
    public void QuorumOf_KnownPanels_CeilingOfTheShare(int numerator, int denominator, int panel, int quorum) =>
        MeetingRules.QuorumOf(panel, Quorum(numerator, denominator)).ShouldBe(quorum);

    [Theory]
    [InlineData(2, 3, Label = "QuorumOf_TwoThirds_LeastQuorateForPanels1To40")]
    [InlineData(1, 2, Label = "QuorumOf_Half_LeastQuorateForPanels1To40")]
    [InlineData(3, 4, Label = "QuorumOf_ThreeQuarters_LeastQuorateForPanels1To40")]
    [InlineData(3, 5, Label = "QuorumOf_ThreeFifths_LeastQuorateForPanels1To40")]
    [InlineData(1, 1, Label = "QuorumOf_Everyone_LeastQuorateForPanels1To40")]
    [InlineData(1, 3, Label = "QuorumOf_OneThird_LeastQuorateForPanels1To40")]
    public void QuorumOf_AnyPanel_IsTheLeastPresentThatIsQuorate(int numerator, int denominator)
    {
        var settings = Quorum(numerator, denominator);
        for (var panel = 1; panel <= 40; panel++)
        {
            var quorum = MeetingRules.QuorumOf(panel, settings);

            quorum.ShouldBeInRange(1, panel, $"panel {panel}");
            MeetingRules.IsQuorate(panel, quorum, settings).ShouldBeTrue($"panel {panel}, {quorum} present");
            MeetingRules.IsQuorate(panel, quorum - 1, settings).ShouldBeFalse($"panel {panel}, {quorum - 1} present");
        }
    }

    [Theory]
    [InlineData(2, 3, true, Label = "Passes_Present3Yes2_Passes")]
    [InlineData(1, 3, false, Label = "Passes_Present3Yes1_Fails")]
    [InlineData(3, 3, true, Label = "Passes_Present3Unanimous_Passes")]
    [InlineData(0, 3, false, Label = "Passes_Present3NoYes_Fails")]
    [InlineData(5, 7, true, Label = "Passes_Present7Yes5_Passes15AtLeast14")]
    [InlineData(4, 7, false, Label = "Passes_Present7Yes4_Fails12Below14")]
    [InlineData(10, 15, true, Label = "Passes_Present15Yes10_PassesExactlyTwoThirds")]
    [InlineData(9, 15, false, Label = "Passes_Present15Yes9_Fails")]
    [InlineData(1, 1, true, Label = "Passes_Present1Yes1_Passes")]
    [InlineData(0, 1, false, Label = "Passes_Present1NoYes_Fails")]
    [InlineData(0, 0, false, Label = "Passes_NobodyPresent_Fails")]
    public void Passes_DefaultTwoThirds_AtLeastTwoThirdsOfPresentSayYes(int yes, int present, bool passes) =>
        MeetingRules.Passes(yes, present, Settings).ShouldBe(passes);

    [Theory]
    [InlineData(1, 2, 4, 7, true, Label = "Passes_Half_Present7Yes4_Passes")]
    [InlineData(1, 2, 3, 7, false, Label = "Passes_Half_Present7Yes3_Fails")]
    [InlineData(1, 2, 5, 10, true, Label = "Passes_Half_Present10Yes5_PassesExactlyHalf")]
    [InlineData(1, 2, 4, 10, false, Label = "Passes_Half_Present10Yes4_Fails")]
    [InlineData(1, 2, 0, 0, false, Label = "Passes_Half_NobodyPresent_Fails")]
    [InlineData(3, 4, 6, 8, true, Label = "Passes_ThreeQuarters_Present8Yes6_PassesExactly")]
    [InlineData(3, 4, 5, 8, false, Label = "Passes_ThreeQuarters_Present8Yes5_Fails")]
    [InlineData(3, 4, 12, 15, true, Label = "Passes_ThreeQuarters_Present15Yes12_Passes")]
    [InlineData(3, 4, 11, 15, false, Label = "Passes_ThreeQuarters_Present15Yes11_Fails")]
    [InlineData(3, 4, 5, 7, false, Label = "Passes_ThreeQuarters_Present7Yes5_FailsThoughTwoThirdsWould")]
    public void Passes_ShareChanged_FollowsIt(int numerator, int denominator, int yes, int present, bool passes) =>
        MeetingRules.Passes(yes, present, Pass(numerator, denominator)).ShouldBe(passes);

    [Theory]
    [InlineData(4, 3, Label = "Passes_MoreYesThanPresent_Throws")]
    [InlineData(1, 0, Label = "Passes_YesWithNobodyPresent_Throws")]
    [InlineData(-1, 3, Label = "Passes_NegativeYes_Throws")]
    public void Passes_ImpossibleCount_Throws(int yes, int present) =>
        Should.Throw<ArgumentOutOfRangeException>(() => MeetingRules.Passes(yes, present, Settings));

    [Fact]
    public void Passes_QuorumShareChanged_BallotUnchanged() =>
        MeetingRules.Passes(4, 7, Quorum(1, 2)).ShouldBeFalse();

    [Fact]
    public void IsQuorate_PassShareChanged_QuorumUnchanged() =>
        MeetingRules.IsQuorate(15, 9, Pass(1, 2)).ShouldBeFalse();
}
