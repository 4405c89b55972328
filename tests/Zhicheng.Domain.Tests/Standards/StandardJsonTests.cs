using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary><see cref="StandardJson"/>: what it reads, what it writes, and that the two round-trip exactly.</summary>
public class StandardJsonTests
{
    public static TheoryData<TitleLevel> Levels => [.. Enum.GetValues<TitleLevel>()];

    [Theory]
    [MemberData(nameof(Levels))]
    public void RoundTrip_SampleStandard_SameContentAndSameText(TitleLevel level)
    {
        var content = SampleStandards.Engineering(level);

        var written = StandardJson.Write(content);
        var read = StandardJson.Parse(written);

        read.Problems.ShouldBeEmpty();
        read.Content.ShouldBe(content);
        StandardJson.Write(read.Content!).ShouldBe(written);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void RoundTrip_Indented_SameContent(TitleLevel level)
    {
        var content = SampleStandards.Engineering(level);

        var read = StandardJson.Parse(StandardJson.Write(content, indented: true));

        read.Content.ShouldBe(content);
        StandardJson.Write(read.Content!, indented: true).ShouldBe(StandardJson.Write(content, indented: true));
    }

    [Theory]
    [InlineData("引号\"与\\反斜杠", Label = "RoundTrip_QuotesAndBackslashes")]
    [InlineData("换行\n制表\t回车\r", Label = "RoundTrip_ControlCharacters")]
    [InlineData("<b>&amp;</b> '单引号' +", Label = "RoundTrip_HtmlCharacters")]
    [InlineData("😀 扩展字符𠀀", Label = "RoundTrip_SurrogatePairs")]
    [InlineData("", Label = "RoundTrip_EmptyText")]
    [InlineData("  前后空格  ", Label = "RoundTrip_SurroundingSpaces")]
    public void RoundTrip_AwkwardText_Preserved(string text)
    {
        var content = AStandard.Valid().WithIndicator(0, x => x with { Name = text, Description = text }) with { ExceptionalConditions = text };

        var read = StandardJson.Parse(StandardJson.Write(content));

        read.Content.ShouldBe(content);
        read.Content!.Indicators[0].Name.ShouldBe(text);
        read.Content.ExceptionalConditions.ShouldBe(text);
    }

    [Theory]
    [InlineData(false, false, Label = "RoundTrip_NoTable_StaysAbsent")]
    [InlineData(true, false, Label = "RoundTrip_EmptyTable_StaysEmpty")]
    [InlineData(true, true, Label = "RoundTrip_TableRows_KeptInOrder")]
    public void RoundTrip_InitialTable_NullEmptyAndRowsKeptApart(bool hasTable, bool hasRows)
    {
        InitialDeterminationTable? table = hasTable
            ? new(hasRows ? [new(Degree.Doctorate, 0, TitleLevel.Intermediate), new(Degree.Bachelor, 1, TitleLevel.Assistant)] : [])
            : null;
        var content = AStandard.Valid().WithRequirements(r => r with { InitialDetermination = table });

        var read = StandardJson.Parse(StandardJson.Write(content)).Content!;

        read.ShouldBe(content);
        (read.InitialDetermination?.Rows.Count).ShouldBe(table?.Rows.Count);
        (read.InitialDetermination is null).ShouldBe(!hasTable);
    }

    [Fact]
    public void RoundTrip_EmptyRequirementsAndNoIndicators_Preserved()
    {
        var content = new StandardContent { Indicators = [], Requirements = new Requirements() };

        StandardJson.Write(content).ShouldBe("""{"indicators":[],"requirements":{}}""");
        StandardJson.Parse(StandardJson.Write(content)).Content.ShouldBe(content);
    }

    [Fact]
    public void Write_Format_CamelCaseCodesAbsentFieldsLeftOutChineseUnescaped()
    {
        var content = new StandardContent
        {
            Indicators = [new(Dimension.AcademicInfluence, "论文著作", 10, EvidenceBasis.Papers, "可由技术报告替代")],
            Requirements = new Requirements { TenureYears = 5, MinEducation = Degree.Bachelor, Source = "不写出" },
            ExceptionalConditions = "近三年至少一次优秀",
        };

        StandardJson.Write(content).ShouldBe(
            """{"indicators":[{"dimension":"academic_influence","name":"论文著作","weight":10,"basis":"papers","description":"可由技术报告替代"}],"requirements":{"tenureYears":5,"minEducation":"bachelor"},"exceptionalConditions":"近三年至少一次优秀"}""");
    }

    [Fact]
    public void Write_UndefinedEnumValue_Throws() =>
        Should.Throw<ArgumentException>(() => StandardJson.Write(AStandard.Valid().WithIndicator(0, x => x with { Dimension = (Dimension)9 })));

    [Theory]
    [InlineData("思想品德", "业绩贡献", Label = "Parse_ChineseLabels_Accepted")]
    [InlineData("moral_character", "performance", Label = "Parse_Codes_Accepted")]
    [InlineData("Moral_Character", "PERFORMANCE", Label = "Parse_CodesIgnoringCase_Accepted")]
    [InlineData(" 思想品德 ", "业绩", Label = "Parse_LabelsTrimmedAndAlternatives_Accepted")]
    public void Parse_CodeOrLabel_ReadAsTheValueAndWrittenAsTheCode(string dimension, string basis)
    {
        var json = $$$"""{"indicators":[{"dimension":"{{{dimension}}}","name":"品德","weight":100,"basis":"{{{basis}}}"}],"requirements":{}}""";

        var content = StandardJson.Parse(json).Content!;

        content.Indicators.ShouldHaveSingleItem().ShouldBe(new Indicator(Dimension.MoralCharacter, "品德", 100, EvidenceBasis.Performance, ""));
        StandardJson.Write(content).ShouldContain("""
            "dimension":"moral_character"
            """);
    }

    [Fact]
    public void Parse_FullDocument_EveryFieldRead()
    {
        var json = """
            // 工程系列中级（示例）
            {
              "Indicators": [
                { "dimension": "专业能力", "name": "解决技术问题能力", "weight": 60, "basis": "performance", "description": "说明" },
                { "dimension": "academic_influence", "name": "论文", "weight": 40, "basis": "论文", },
              ],
              "requirements": { "tenureYears": 4, "exceptionalTenureYears": 2, "minEducation": "大专", "minAchievements": 1,
                                "exceptionalMinAchievements": 3, "transferPostYears": 1 },
              "exceptionalConditions": null,
              "initialDetermination": [ { "degree": "博士", "minYears": 0, "level": "中级" } ]
            }
            """;

        var content = StandardJson.Parse(json).Content!;

        content.Indicators.ShouldBe(
        [
            new(Dimension.ProfessionalAbility, "解决技术问题能力", 60, EvidenceBasis.Performance, "说明"),
            new(Dimension.AcademicInfluence, "论文", 40, EvidenceBasis.Papers, ""),
        ]);
        content.Requirements.ShouldBe(new Requirements
        {
            TenureYears = 4, ExceptionalTenureYears = 2, MinEducation = Degree.Associate, MinAchievements = 1,
            ExceptionalMinAchievements = 3, TransferPostYears = 1, InitialDetermination = content.InitialDetermination,
        });
        content.ExceptionalConditions.ShouldBeNull();
        content.InitialDetermination!.Rows.ShouldBe([new InitialDeterminationRow(Degree.Doctorate, 0, TitleLevel.Intermediate)]);
    }

    [Fact]
    public void Parse_ByteOrderMark_Skipped() =>
        StandardJson.Parse("\uFEFF{\"indicators\":[],\"requirements\":{}}").Succeeded.ShouldBeTrue();

    [Fact]
    public void Parse_NullRequirementFields_Absent() =>
        StandardJson.Parse("""{"indicators":[],"requirements":{"tenureYears":null,"minEducation":null}}""").Content!.Requirements
            .ShouldBe(new Requirements());

    [Fact]
    public void Parse_NegativeAndZeroWeights_LeftForPublicationToRefuse()
    {
        var result = StandardJson.Parse("""{"indicators":[{"dimension":"思想品德","name":"a","weight":-5,"basis":"论文"}],"requirements":{"tenureYears":-1}}""");

        result.Succeeded.ShouldBeTrue();
        result.Content!.Indicators[0].Weight.ShouldBe(-5);
        result.Content.Requirements.TenureYears.ShouldBe(-1);
    }
}
