using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>
/// <see cref="StandardJson.Parse"/> on bad documents: every problem names its path. Documents are written with ' for "
/// so that rows stay readable; <c>IND</c> stands for one valid indicator.
/// </summary>
public class StandardJsonBadInputTests
{
    private const string Ind = "{'dimension':'moral_character','name':'品德','weight':100,'basis':'performance'}";

    [Theory]
    [InlineData("", "$", "内容为空：评价标准应为 JSON 对象 { … }", Label = "Parse_Empty_Refused")]
    [InlineData(" \r\n\t", "$", "内容为空：评价标准应为 JSON 对象 { … }", Label = "Parse_WhiteSpace_Refused")]
    [InlineData("\uFEFF", "$", "内容为空：评价标准应为 JSON 对象 { … }", Label = "Parse_OnlyByteOrderMark_Refused")]
    [InlineData("null", "$", "类型不正确：应为对象 { … }，实际为null", Label = "Parse_Null_Refused")]
    [InlineData("[]", "$", "类型不正确：应为对象 { … }，实际为数组", Label = "Parse_Array_Refused")]
    [InlineData("42", "$", "类型不正确：应为对象 { … }，实际为数字 42", Label = "Parse_Number_Refused")]
    [InlineData("'text'", "$", "类型不正确：应为对象 { … }，实际为字符串“text”", Label = "Parse_String_Refused")]
    public void Parse_NotAnObject_RefusedAtTheRoot(string json, string path, string message) =>
        Single(json).ShouldBe(new StandardProblem(path, message, ClauseIds.StandardPublication));

    [Theory]
    [InlineData("{'indicators': [", "indicators", "JSON 不完整：在第1行第17列（indicators）意外结束，可能缺少 }、] 或引号", Label = "Syntax_EndsInsideArray_Incomplete")]
    [InlineData("{'indicators': [{'weight': 10,", "indicators[0].weight", "JSON 不完整：在第1行第30列（indicators[0].weight）意外结束，可能缺少 }、] 或引号", Label = "Syntax_EndsAfterComma_Incomplete")]
    [InlineData("{'indicators': [{'name': '品德", "indicators[0].name", "JSON 不完整：在第1行第29列（indicators[0].name）意外结束，可能缺少 }、] 或引号", Label = "Syntax_UnterminatedString_Incomplete")]
    [InlineData("{'indicators': [{'weight': 1x}]}", "indicators[0].weight", "JSON 格式错误：第1行第29列（indicators[0].weight）附近无法解析", Label = "Syntax_BadNumber_WhereItBroke")]
    [InlineData("{indicators: []}", "$", "JSON 格式错误：第1行第2列（$）附近无法解析", Label = "Syntax_UnquotedName_AtTheRoot")]
    [InlineData("{'requirements': {'tenureYears': 5 'minAchievements': 1}}", "requirements.tenureYears", "JSON 格式错误：第1行第36列（requirements.tenureYears）附近无法解析", Label = "Syntax_MissingComma_AfterTheLastField")]
    [InlineData("{'indicators': [], 'requirements': {}} x", "$", "JSON 格式错误：第1行第40列（$）附近无法解析", Label = "Syntax_TextAfterTheDocument_AtTheRoot")]
    [InlineData("{'indicators': [], 'requirements': {}}{}", "$", "JSON 格式错误：第1行第39列（$）附近无法解析", Label = "Syntax_TwoDocuments_AtTheRoot")]
    [InlineData("{'indicators': [1, 2,, 3]}", "indicators[1]", "JSON 格式错误：第1行第22列（indicators[1]）附近无法解析", Label = "Syntax_DoubleComma_InTheArray")]
    [InlineData("[1, x]", "$[0]", "JSON 格式错误：第1行第5列（$[0]）附近无法解析", Label = "Syntax_TopLevelArray_DollarPrefixed")]
    public void Syntax_Broken_PathLineAndColumn(string json, string path, string message) =>
        Single(json).ShouldBe(new StandardProblem(path, message, StandardFields.ClauseFor(path)));

    [Fact]
    public void Syntax_ChineseBeforeTheBreak_ColumnCountsCharactersNotBytes()
    {
        var json = "{\n  \"indicators\": [\n    {\"name\": \"思想品德\", \"weight\": 1x}\n  ]\n}";

        var problem = Single(json);

        problem.Path.ShouldBe("indicators[0].weight");
        problem.Message.ShouldBe("JSON 格式错误：第3行第33列（indicators[0].weight）附近无法解析");
        problem.ClauseId.ShouldBe(ClauseIds.StandardDimensions);
    }

    [Fact]
    public void Syntax_CarriageReturnLineFeed_LinesStillCounted() =>
        Single("{\r\n'indicators': [],\r\n'requirements': {x}\r\n}").Message.ShouldBe("JSON 格式错误：第3行第18列（requirements）附近无法解析");

    [Theory]
    [InlineData("{'requirements': {}}", "indicators", "缺少评价指标（indicators）", Label = "Missing_Indicators")]
    [InlineData("{'indicators': []}", "requirements", "缺少资格条件（requirements）", Label = "Missing_Requirements")]
    [InlineData("{'indicators': null, 'requirements': {}}", "indicators", "缺少评价指标（indicators）", Label = "Missing_IndicatorsNull")]
    [InlineData("{'indicators': [{'name':'a','weight':1,'basis':'papers'}], 'requirements': {}}", "indicators[0].dimension", "缺少评价维度（dimension）", Label = "Missing_Dimension")]
    [InlineData("{'indicators': [{'dimension':'思想品德','weight':1,'basis':'papers'}], 'requirements': {}}", "indicators[0].name", "缺少指标名称（name）", Label = "Missing_Name")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':null,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "缺少权重（weight）", Label = "Missing_WeightNull")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':1}], 'requirements': {}}", "indicators[0].basis", "缺少评价依据（basis）", Label = "Missing_Basis")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'degree':'本科','level':'助理级'}]}", "initialDetermination[0].minYears", "缺少毕业年限（minYears）", Label = "Missing_TableYears")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'minYears':1,'level':'助理级'}]}", "initialDetermination[0].degree", "缺少学历（degree）", Label = "Missing_TableDegree")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'degree':'本科','minYears':1}]}", "initialDetermination[0].level", "缺少级别（level）", Label = "Missing_TableLevel")]
    public void Missing_RequiredField_RefusedAtItsPath(string json, string path, string message) =>
        Single(json).ShouldBe(new StandardProblem(path, message, StandardFields.ClauseFor(path)));

    [Theory]
    [InlineData("{'indicators': {}, 'requirements': {}}", "indicators", "评价指标（indicators）类型不正确：应为数组 [ … ]，实际为对象", Label = "Type_IndicatorsObject")]
    [InlineData("{'indicators': [1], 'requirements': {}}", "indicators[0]", "类型不正确：应为对象 { … }，实际为数字 1", Label = "Type_IndicatorNumber")]
    [InlineData("{'indicators': [[]], 'requirements': {}}", "indicators[0]", "类型不正确：应为对象 { … }，实际为数组", Label = "Type_IndicatorArray")]
    [InlineData("{'indicators': [{'dimension':1,'name':'a','weight':1,'basis':'papers'}], 'requirements': {}}", "indicators[0].dimension", "评价维度（dimension）类型不正确：应为字符串，实际为数字 1", Label = "Type_DimensionNumber")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':5,'weight':1,'basis':'papers'}], 'requirements': {}}", "indicators[0].name", "指标名称（name）类型不正确：应为字符串，实际为数字 5", Label = "Type_NameNumber")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':'10','basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为字符串“10”", Label = "Type_WeightString")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':12.5,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为数字 12.5", Label = "Type_WeightFraction")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':10.0,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为数字 10.0", Label = "Type_WeightWithDecimalPoint")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':1e1,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为数字 1e1", Label = "Type_WeightExponent")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':3000000000,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为数字 3000000000", Label = "Type_WeightTooLarge")]
    [InlineData("{'indicators': [{'dimension':'思想品德','name':'a','weight':true,'basis':'papers'}], 'requirements': {}}", "indicators[0].weight", "权重（weight）类型不正确：应为整数，实际为布尔值 true", Label = "Type_WeightBoolean")]
    [InlineData("{'indicators': [], 'requirements': []}", "requirements", "类型不正确：应为对象 { … }，实际为数组", Label = "Type_RequirementsArray")]
    [InlineData("{'indicators': [], 'requirements': {'tenureYears': '五'}}", "requirements.tenureYears", "任职年限（tenureYears）类型不正确：应为整数，实际为字符串“五”", Label = "Type_TenureString")]
    [InlineData("{'indicators': [], 'requirements': {'minEducation': 3}}", "requirements.minEducation", "最低学历（minEducation）类型不正确：应为字符串，实际为数字 3", Label = "Type_EducationNumber")]
    [InlineData("{'indicators': [], 'requirements': {}, 'exceptionalConditions': 5}", "exceptionalConditions", "破格条件（exceptionalConditions）类型不正确：应为字符串，实际为数字 5", Label = "Type_ConditionsNumber")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': {}}", "initialDetermination", "初定对照表（initialDetermination）类型不正确：应为数组 [ … ]，实际为对象", Label = "Type_TableObject")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': ['本科']}", "initialDetermination[0]", "类型不正确：应为对象 { … }，实际为字符串“本科”", Label = "Type_TableRowString")]
    [InlineData("{'indicators': [], 'requirements': {'tenureYears': '一二三四五六七八九十一二三四五六七八九十一'}}", "requirements.tenureYears", "任职年限（tenureYears）类型不正确：应为整数，实际为字符串“一二三四五六七八九十一二三四五六七八九十…”", Label = "Type_LongStringShortened")]
    public void Type_Wrong_RefusedSayingWhatWasExpected(string json, string path, string message) =>
        Single(json).ShouldBe(new StandardProblem(path, message, StandardFields.ClauseFor(path)));

    [Theory]
    [InlineData("dimension", "moral", "indicators[0].dimension", "评价维度（dimension）的值“moral”无法识别；可用的值：moral_character（思想品德）、professional_ethics（职业道德）、professional_ability（专业能力）、technical_level（技术水平）、academic_influence（学术影响力）", Label = "Code_UnknownDimension")]
    [InlineData("basis", "专利", "indicators[0].basis", "评价依据（basis）的值“专利”无法识别；可用的值：performance（业绩贡献）、papers（论文）、titles（职称）、degrees（学历）、awards（奖项）", Label = "Code_UnknownBasis")]
    [InlineData("dimension", "", "indicators[0].dimension", "评价维度（dimension）的值“”无法识别；可用的值：moral_character（思想品德）、professional_ethics（职业道德）、professional_ability（专业能力）、technical_level（技术水平）、academic_influence（学术影响力）", Label = "Code_EmptyDimension")]
    public void Code_Unknown_RefusedListingTheAcceptedValues(string field, string value, string path, string message)
    {
        var json = Ind.Replace(field == "dimension" ? "'moral_character'" : "'performance'", $"'{value}'", StringComparison.Ordinal);

        Single($"{{'indicators': [{json}], 'requirements': {{}}}}").ShouldBe(new StandardProblem(path, message, ClauseIds.StandardDimensions));
    }

    [Theory]
    [InlineData("{'indicators': [], 'requirements': {'minEducation': 'phd'}}", "requirements.minEducation", "doctorate（博士）", Label = "Code_UnknownEducation")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'degree':'本科','minYears':1,'level':'boss'}]}", "initialDetermination[0].level", "associate_senior（副高级）", Label = "Code_UnknownTableLevel")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'degree':'学士','minYears':1,'level':'中级'}]}", "initialDetermination[0].degree", "bachelor（本科）", Label = "Code_UnknownTableDegree")]
    public void Code_UnknownElsewhere_RefusedAtItsPath(string json, string path, string accepted)
    {
        var problem = Single(json);

        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(accepted);
        problem.ClauseId.ShouldBe(StandardFields.ClauseFor(path));
    }

    [Theory]
    [InlineData("{'indicators': [], 'requirements': {}, 'title': 'x'}", "title", "未知字段“title”；此处可用的字段：indicators、requirements、exceptionalConditions、initialDetermination", Label = "Unknown_RootField")]
    [InlineData("{'indicators': [], 'requirements': {'tenure': 5}}", "requirements.tenure", "未知字段“tenure”；此处可用的字段：tenureYears、exceptionalTenureYears、minEducation、minAchievements、exceptionalMinAchievements、transferPostYears", Label = "Unknown_RequirementField")]
    [InlineData("{'indicators': [], 'requirements': {}, 'initialDetermination': [{'degree':'本科','minYears':1,'level':'中级','note':''}]}", "initialDetermination[0].note", "未知字段“note”；此处可用的字段：degree、minYears、level", Label = "Unknown_TableField")]
    [InlineData("{'indicators': [], 'requirements': {'tenureYears': 5, 'TenureYears': 6}}", "requirements.tenureYears", "任职年限（tenureYears）重复出现，只能写一次", Label = "Repeated_IgnoringCase")]
    [InlineData("{'indicators': [], 'indicators': [], 'requirements': {}}", "indicators", "评价指标（indicators）重复出现，只能写一次", Label = "Repeated_RootField")]
    public void Unknown_OrRepeatedField_Refused(string json, string path, string message) =>
        Single(json).ShouldBe(new StandardProblem(path, message, StandardFields.ClauseFor(path)));

    [Fact]
    public void Unknown_MisspelledField_ReportsItAndTheMissingOne()
    {
        var result = Parse("{'indicators': [{'dimension':'思想品德','name':'a','wieght':1,'basis':'papers'}], 'requirements': {}}");

        result.Problems.Select(p => p.Path).ShouldBe(["indicators[0].wieght", "indicators[0].weight"]);
    }

    [Fact]
    public void Parse_ManyProblems_AllReportedInDocumentOrder()
    {
        var result = Parse(
            "{'indicators': [{'dimension':'x','name':'a','weight':'1','basis':'papers'}, 7, {'dimension':'思想品德'}], " +
            "'requirements': {'tenureYears': 1.5, 'minEducation': 'phd'}, 'exceptionalConditions': [], " +
            "'initialDetermination': [{'degree':'本科','minYears':'1','level':'中级'}], 'extra': 1}");

        result.Succeeded.ShouldBeFalse();
        result.Content.ShouldBeNull();
        result.Problems.Select(p => p.Path).ShouldBe(
        [
            "extra",
            "indicators[0].dimension", "indicators[0].weight", "indicators[1]",
            "indicators[2].name", "indicators[2].weight", "indicators[2].basis",
            "requirements.tenureYears", "requirements.minEducation",
            "exceptionalConditions",
            "initialDetermination[0].minYears",
        ]);
        result.Problems.Where(p => p.Path.StartsWith("indicators", StringComparison.Ordinal)).ShouldAllBe(p => p.ClauseId == ClauseIds.StandardDimensions);
        result.Problems.Single(p => p.Path.StartsWith("initialDetermination", StringComparison.Ordinal)).ClauseId.ShouldBe(ClauseIds.InitialDetermination);
        result.Problems.Where(p => p.Path.StartsWith("requirements", StringComparison.Ordinal)).ShouldAllBe(p => p.ClauseId == ClauseIds.StandardPublication);
    }

    private static StandardJsonResult Parse(string json) => StandardJson.Parse(json.Replace('\'', '"'));

    private static StandardProblem Single(string json)
    {
        var result = Parse(json);
        result.Succeeded.ShouldBeFalse();
        return result.Problems.ShouldHaveSingleItem();
    }
}
