using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>N2024-1.2: what a standard is for, and the requirements the eligibility engine reads from it.</summary>
public class RequirementRulesTests
{
    [Theory]
    [InlineData("", Label = "Series_Empty_Refused")]
    [InlineData("  ", Label = "Series_Blank_Refused")]
    public void Series_Missing_Refused(string series)
    {
        var problem = StandardRules.CheckForPublication(AStandard.Valid(), new StandardScope(series, null, TitleLevel.Intermediate))
            .ShouldHaveSingleItem();

        problem.Path.ShouldBe("series");
        problem.Message.ShouldBe("系列（series）不能为空：评价标准须写明适用的系列");
        problem.ClauseId.ShouldBe(ClauseIds.StandardPublication);
    }

    [Theory]
    [InlineData(null, false, Label = "Specialty_Null_EverySpecialty")]
    [InlineData("电气工程", false, Label = "Specialty_Named_Accepted")]
    [InlineData("", true, Label = "Specialty_Empty_Refused")]
    [InlineData(" ", true, Label = "Specialty_Blank_Refused")]
    public void Specialty_GivenButBlank_Refused(string? specialty, bool refused)
    {
        var problems = StandardRules.CheckForPublication(AStandard.Valid(), new StandardScope("工程", specialty, TitleLevel.Intermediate));

        problems.Select(p => p.Path).ShouldBe(refused ? ["specialty"] : []);
    }

    [Theory]
    [InlineData("tenureYears", "任职年限（tenureYears）为-1，不能为负数", Label = "Requirements_NegativeTenure_Refused")]
    [InlineData("exceptionalTenureYears", "破格任职年限（exceptionalTenureYears）为-1，不能为负数", Label = "Requirements_NegativeExceptionalTenure_Refused")]
    [InlineData("minAchievements", "业绩成果数量（minAchievements）为-1，不能为负数", Label = "Requirements_NegativeAchievements_Refused")]
    [InlineData("exceptionalMinAchievements", "破格业绩成果数量（exceptionalMinAchievements）为-1，不能为负数", Label = "Requirements_NegativeExceptionalAchievements_Refused")]
    [InlineData("transferPostYears", "转评前现岗位工作年限（transferPostYears）为-1，不能为负数", Label = "Requirements_NegativeTransferYears_Refused")]
    public void Requirements_Negative_RefusedAtItsPath(string field, string message)
    {
        var problem = AStandard.Valid().WithRequirements(r => Set(r, field, -1)).Check().ShouldHaveSingleItem();

        problem.Path.ShouldBe($"requirements.{field}");
        problem.Message.ShouldBe(message);
        problem.ClauseId.ShouldBe(ClauseIds.StandardPublication);
    }

    [Theory]
    [InlineData("tenureYears")]
    [InlineData("exceptionalTenureYears")]
    [InlineData("minAchievements")]
    [InlineData("exceptionalMinAchievements")]
    [InlineData("transferPostYears")]
    public void Requirements_Zero_Accepted(string field) =>
        AStandard.Valid().WithRequirements(r => Set(r, field, 0)).Check().ShouldBeEmpty();

    [Theory]
    [InlineData(-1, true, Label = "InitialTable_NegativeYears_Refused")]
    [InlineData(0, false, Label = "InitialTable_ZeroYears_Accepted")]
    public void InitialTable_NegativeYears_RefusedUnderInitialDetermination(int years, bool refused)
    {
        var table = new InitialDeterminationTable([new(Degree.Bachelor, 1, TitleLevel.Assistant), new(Degree.Master, years, TitleLevel.Assistant)]);

        var problems = AStandard.Valid().WithRequirements(r => r with { InitialDetermination = table }).Check();

        if (refused)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Path.ShouldBe("initialDetermination[1].minYears");
            problem.Message.ShouldBe("毕业年限（minYears）为-1（硕士），不能为负数");
            problem.ClauseId.ShouldBe(ClauseIds.InitialDetermination);
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData(TitleLevel.Assistant, "助理级")]
    [InlineData(TitleLevel.Intermediate, "中级")]
    [InlineData(TitleLevel.AssociateSenior, "副高级")]
    [InlineData(TitleLevel.Senior, "正高级")]
    public void Requirements_NoneAboveClerk_EveryPromotionFieldRefused(TitleLevel level, string label)
    {
        var problems = AStandard.Valid().WithRequirements(_ => new Requirements()).Check(level);

        problems.Select(p => p.Path).ShouldBe(["requirements.tenureYears", "requirements.minEducation", "requirements.minAchievements"]);
        problems[0].Message.ShouldBe($"{label}评价标准须规定任职年限（tenureYears）：职称评审据此审查晋升申报");
        problems.ShouldAllBe(p => p.ClauseId == ClauseIds.StandardPublication);
    }

    [Fact]
    public void Requirements_NoneAtClerk_Accepted() =>
        AStandard.Valid().WithRequirements(_ => new Requirements()).Check(TitleLevel.Clerk).ShouldBeEmpty();

    [Theory]
    [InlineData("tenureYears")]
    [InlineData("minEducation")]
    [InlineData("minAchievements")]
    public void Requirements_OnePromotionFieldMissing_RefusedAtItsPath(string field)
    {
        var requirements = field switch
        {
            "tenureYears" => AStandard.PromotionRequirements with { TenureYears = null },
            "minEducation" => AStandard.PromotionRequirements with { MinEducation = null },
            _ => AStandard.PromotionRequirements with { MinAchievements = null },
        };

        AStandard.Valid().WithRequirements(_ => requirements).Check(TitleLevel.Assistant)
            .ShouldHaveSingleItem().Path.ShouldBe($"requirements.{field}");
    }

    [Fact]
    public void Requirements_ExceptionalAndTransferNumbersAbsent_Accepted() =>
        AStandard.Valid().Check(TitleLevel.Senior).ShouldBeEmpty();

    private static Requirements Set(Requirements r, string field, int value) => field switch
    {
        "tenureYears" => r with { TenureYears = value },
        "exceptionalTenureYears" => r with { ExceptionalTenureYears = value },
        "minAchievements" => r with { MinAchievements = value },
        "exceptionalMinAchievements" => r with { ExceptionalMinAchievements = value },
        "transferPostYears" => r with { TransferPostYears = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
