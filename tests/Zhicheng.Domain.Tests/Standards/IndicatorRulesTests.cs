using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>N2024-1.1: the five dimensions, weights, indicator names.</summary>
public class IndicatorRulesTests
{
    [Fact]
    public void CheckForPublication_BalancedStandard_NoProblems() =>
        AStandard.Valid().Check().ShouldBeEmpty();

    [Theory]
    [InlineData("职业道德 25 业绩; 专业能力 25 业绩; 技术水平 25 业绩; 学术影响力 25 业绩", "思想品德", Label = "Dimensions_NoMoralCharacter_Refused")]
    [InlineData("思想品德 25 业绩; 专业能力 25 业绩; 技术水平 25 业绩; 学术影响力 25 业绩", "职业道德", Label = "Dimensions_NoProfessionalEthics_Refused")]
    [InlineData("思想品德 25 业绩; 职业道德 25 业绩; 技术水平 25 业绩; 学术影响力 25 业绩", "专业能力", Label = "Dimensions_NoProfessionalAbility_Refused")]
    [InlineData("思想品德 25 业绩; 职业道德 25 业绩; 专业能力 25 业绩; 学术影响力 25 业绩", "技术水平", Label = "Dimensions_NoTechnicalLevel_Refused")]
    [InlineData("思想品德 25 业绩; 职业道德 25 业绩; 专业能力 25 业绩; 技术水平 25 业绩", "学术影响力", Label = "Dimensions_NoAcademicInfluence_Refused")]
    public void Dimensions_OneWithoutIndicators_RefusedNamingIt(string indicators, string missing)
    {
        var problem = AStandard.From(indicators).Check().ShouldHaveSingleItem();

        problem.Path.ShouldBe("indicators");
        problem.Message.ShouldStartWith($"{missing}维度没有指标");
        problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
    }

    [Fact]
    public void Dimensions_NoIndicatorsAtAll_EveryDimensionAndTheTotalReported()
    {
        var problems = AStandard.From("").Check();

        problems.Select(p => p.Message[..p.Message.IndexOf('维', StringComparison.Ordinal)]).Take(5)
            .ShouldBe(["思想品德", "职业道德", "专业能力", "技术水平", "学术影响力"]);
        problems.ShouldContain(p => p.Message == "全部指标权重合计为0，应恰好为100");
        problems.ShouldAllBe(p => p.ClauseId == ClauseIds.StandardDimensions);
    }

    [Theory]
    [InlineData("思想品德 20 业绩; 职业道德 20 业绩; 专业能力 30 业绩; 技术水平 30 业绩; 学术影响力 0 业绩", 0, Label = "DimensionWeight_Zero_Refused")]
    [InlineData("思想品德 20 业绩; 职业道德 20 业绩; 专业能力 30 业绩; 技术水平 35 业绩; 学术影响力 -5 业绩", -5, Label = "DimensionWeight_Negative_Refused")]
    [InlineData("思想品德 20 业绩; 职业道德 20 业绩; 专业能力 30 业绩; 技术水平 30 业绩; 学术影响力 5 业绩; 学术影响力 -5 业绩", 0, Label = "DimensionWeight_CancellingOut_Refused")]
    public void DimensionWeight_TotalNotPositive_RefusedWithTheTotal(string indicators, int total)
    {
        var problems = AStandard.From(indicators).Check();

        problems.ShouldContain(p => p.Path == "indicators" && p.Message == $"学术影响力维度的指标权重合计为{total}，应大于0");
    }

    [Fact]
    public void DimensionWeight_One_Accepted() =>
        AStandard.From("思想品德 20 业绩; 职业道德 20 业绩; 专业能力 30 业绩; 技术水平 29 业绩; 学术影响力 1 业绩").Check().ShouldBeEmpty();

    [Theory]
    [InlineData(0, Label = "Weight_Zero_Refused")]
    [InlineData(-1, Label = "Weight_Negative_Refused")]
    public void Weight_NotPositive_RefusedAtItsPath(int weight)
    {
        var content = AStandard.From($"思想品德 20 业绩; 职业道德 20 业绩; 专业能力 {40 - weight} 业绩; 技术水平 20 业绩; 学术影响力 {weight} 业绩; 学术影响力 0 业绩");

        var problems = content.Check();

        problems.ShouldContain(p => p.Path == "indicators[4].weight" && p.Message == $"指标“指标5”的权重（weight）为{weight}，应为正整数");
        problems.ShouldContain(p => p.Path == "indicators[5].weight");
        problems.ShouldNotContain(p => p.Message.Contains("合计为", StringComparison.Ordinal) && p.Message.Contains("应恰好", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(19, 99, Label = "Total_99_Refused")]
    [InlineData(21, 101, Label = "Total_101_Refused")]
    [InlineData(20, 100, Label = "Total_100_Accepted")]
    public void Total_NotExactlyHundred_RefusedSayingWhatItIs(int technical, int total)
    {
        var content = AStandard.From($"思想品德 20 业绩; 职业道德 20 业绩; 专业能力 20 业绩; 技术水平 {technical} 业绩; 学术影响力 20 业绩");

        var problems = content.Check();

        if (total == 100)
        {
            problems.ShouldBeEmpty();
            return;
        }
        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("indicators");
        problem.Message.ShouldBe($"全部指标权重合计为{total}，应恰好为100");
        problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
    }

    [Theory]
    [InlineData("", Label = "Name_Empty_Refused")]
    [InlineData("   ", Label = "Name_Blank_Refused")]
    public void Name_Empty_RefusedAtItsPath(string name)
    {
        var problem = AStandard.Valid().WithIndicator(2, x => x with { Name = name }).Check().ShouldHaveSingleItem();

        problem.Path.ShouldBe("indicators[2].name");
        problem.Message.ShouldBe("指标名称（name）不能为空（专业能力维度第3项指标）");
        problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
    }

    [Theory]
    [InlineData("论文", "论文", true, Label = "Name_SameInOneDimension_Refused")]
    [InlineData("论文", " 论文 ", true, Label = "Name_SameAfterTrimming_Refused")]
    [InlineData("论文", "论文著作", false, Label = "Name_Different_Accepted")]
    public void Name_DuplicateInOneDimension_RefusedOnTheLaterOne(string first, string second, bool refused)
    {
        var content = AStandard.From("思想品德 20 业绩; 职业道德 20 业绩; 专业能力 20 业绩; 技术水平 20 业绩; 学术影响力 10 业绩; 学术影响力 10 论文")
            .WithIndicator(4, x => x with { Name = first })
            .WithIndicator(5, x => x with { Name = second });

        var problems = content.Check();

        if (refused)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Path.ShouldBe("indicators[5].name");
            problem.Message.ShouldBe("学术影响力维度已有名为“论文”的指标（indicators[4]），指标名称不能重复");
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Name_SameInDifferentDimensions_Accepted() =>
        AStandard.Valid().WithIndicator(0, x => x with { Name = "综合评价" }).WithIndicator(1, x => x with { Name = "综合评价" })
            .Check().ShouldBeEmpty();

    [Fact]
    public void CheckForPublication_ManyFaults_AllReportedAtOnce()
    {
        var content = AStandard.From("思想品德 0 论文; 思想品德 0 论文; 专业能力 50 论文; 技术水平 60 奖项")
            .WithIndicator(1, x => x with { Name = "指标1" })
            .WithRequirements(r => r with { TenureYears = -1, MinAchievements = null });

        var problems = StandardRules.CheckForPublication(content, new StandardScope(" ", "", TitleLevel.Intermediate));

        problems.Select(p => p.Path).ShouldBe(
        [
            "series", "specialty",
            "indicators[0].weight", "indicators[1].name", "indicators[1].weight",
            "indicators", "indicators", "indicators", "indicators", "indicators",
            "requirements.tenureYears", "requirements.minAchievements",
        ]);
    }
}
