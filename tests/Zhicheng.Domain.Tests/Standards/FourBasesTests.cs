using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>N2024-1.1 "破四唯": weight on papers, titles, degrees and awards, with <see cref="StandardSettings.MaxFourBasesWeight"/>.</summary>
public class FourBasesTests
{
    [Theory]
    [InlineData("论文", Label = "FourBases_AllOnPapers_Refused")]
    [InlineData("职称", Label = "FourBases_AllOnTitles_Refused")]
    [InlineData("学历", Label = "FourBases_AllOnDegrees_Refused")]
    [InlineData("奖项", Label = "FourBases_AllOnAwards_Refused")]
    public void FourBases_AllWeightOnOne_Refused(string basis)
    {
        var content = AStandard.From($"思想品德 20 {basis}; 职业道德 20 {basis}; 专业能力 20 {basis}; 技术水平 20 {basis}; 学术影响力 20 {basis}");

        var problem = content.Check().ShouldHaveSingleItem();

        problem.Path.ShouldBe("indicators");
        problem.Message.ShouldBe("全部权重（合计100）都在论文、职称、学历、奖项上，没有业绩贡献类指标：评价标准不得唯论文、唯职称、唯学历、唯奖项（破四唯）");
        problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
    }

    [Fact]
    public void FourBases_AllWeightSpreadOverTheFour_Refused() =>
        AStandard.From("思想品德 20 职称; 职业道德 20 职称; 专业能力 20 学历; 技术水平 20 奖项; 学术影响力 20 论文")
            .Check().ShouldHaveSingleItem().Message.ShouldContain("破四唯");

    [Theory]
    [InlineData(1, false, Label = "FourBases_OnePercentOnPerformance_AcceptedByDefault")]
    [InlineData(0, true, Label = "FourBases_NothingOnPerformance_Refused")]
    public void FourBases_DefaultCap_RefusesOnlyAllTheWeight(int performance, bool refused)
    {
        var content = AStandard.From(
            $"思想品德 20 论文; 职业道德 20 论文; 专业能力 20 论文; 技术水平 {20 - performance} 论文; 学术影响力 20 论文; 技术水平 {performance} 业绩");

        var problems = content.Check().Where(p => p.Message.Contains("破四唯", StringComparison.Ordinal));

        problems.Any().ShouldBe(refused);
    }

    [Theory]
    [InlineData(50, 50, false, Label = "FourBases_AtTheCap_Accepted")]
    [InlineData(50, 51, true, Label = "FourBases_OneOverTheCap_Refused")]
    [InlineData(0, 0, false, Label = "FourBases_CapZeroNoneOnThem_Accepted")]
    [InlineData(0, 1, true, Label = "FourBases_CapZeroOneOnThem_Refused")]
    public void FourBases_LoweredCap_RefusesMoreThanIt(int cap, int onFourBases, bool refused)
    {
        var content = AStandard.From(
            $"思想品德 10 业绩; 职业道德 10 业绩; 专业能力 {60 - onFourBases} 业绩; 技术水平 10 业绩; 学术影响力 10 业绩"
            + (onFourBases > 0 ? $"; 专业能力 {onFourBases} 奖项" : ""));
        var settings = StandardSettings.Default with { MaxFourBasesWeight = cap };

        var problems = content.Check(settings: settings);

        if (refused)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Message.ShouldBe($"论文、职称、学历、奖项类指标权重合计为{onFourBases}，超过上限{cap}（破四唯）");
            problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public void FourBases_NegativeWeightOnPerformance_DoesNotCountAsPerformance()
    {
        var content = AStandard.From("思想品德 30 论文; 职业道德 20 论文; 专业能力 20 论文; 技术水平 20 论文; 学术影响力 20 论文; 技术水平 -10 业绩");

        content.Check().ShouldContain(p => p.Message.StartsWith("全部权重（合计110）", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, Label = "MaxFourBasesWeight_Negative_Throws")]
    [InlineData(101, Label = "MaxFourBasesWeight_OverHundred_Throws")]
    public void MaxFourBasesWeight_OutOfRange_Throws(int cap) =>
        Should.Throw<ArgumentOutOfRangeException>(() => StandardSettings.Default with { MaxFourBasesWeight = cap });

    [Fact]
    public void MaxFourBasesWeight_Default_Hundred() => StandardSettings.Default.MaxFourBasesWeight.ShouldBe(100);
}
