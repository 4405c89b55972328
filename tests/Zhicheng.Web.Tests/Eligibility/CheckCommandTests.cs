using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Eligibility;

/// <summary>The real program on real files: <c>zhicheng check FILE</c> per the contract.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Check_SampleJson_DecidesEveryRowAndExitsZero()
    {
        var result = await ZhichengProcess.Run("check", Repo.Samples("applications.json"));

        result.ExitCode.ShouldBe(0, result.StandardError);
        var decisions = JsonNode.Parse(result.StandardOutput)!.AsArray();
        decisions.Count.ShouldBe(13);
        decisions.Select(d => d!["outcome"]!.GetValue<string>()).ToArray().ShouldBe(
        [
            "eligible", "ineligible", "eligible", "eligible", "ineligible", "eligible", "ineligible",
            "eligible", "ineligible", "ineligible", "ineligible", "ineligible", "eligible",
        ]);
        result.StandardError.ShouldContain("共 13 条");
    }

    [Fact]
    public async Task Check_SampleXlsx_GivesTheSameDecisionsAsTheSampleJson()
    {
        var fromJson = await ZhichengProcess.Run("check", Repo.Samples("applications.json"), "--format", "jsonl");
        var fromXlsx = await ZhichengProcess.Run("check", Repo.Samples("applications.xlsx"), "--format", "jsonl");

        fromXlsx.ExitCode.ShouldBe(0, fromXlsx.StandardError);
        fromXlsx.StandardOutput.ShouldBe(fromJson.StandardOutput);
    }

    [Fact]
    public async Task Check_JsonLinesWithBadRows_NamesEachByPathDecidesTheRestAndExitsOne()
    {
        var rows = Repo.SampleApplications().Take(4).Select(n => n!.ToJsonString()).ToList();
        var badId = JsonNode.Parse(rows[1])!;
        badId["applicant"]!["idNumber"] = "140802198803120212";
        var badDate = JsonNode.Parse(rows[2])!;
        badDate["applicant"]!["currentTitle"]!["obtainedOn"] = "2019-02-30";
        var file = _dir.Write("rows.jsonl", string.Join("\n", rows[0], badId.ToJsonString(), badDate.ToJsonString(), "{ not json", rows[3]) + "\n");

        var result = await ZhichengProcess.Run("check", file, "--format", "jsonl");

        result.ExitCode.ShouldBe(1);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        lines.Count.ShouldBe(5);
        lines[0]!["outcome"].ShouldNotBeNull();
        Error(lines[1]).ShouldBe(("applicant.idNumber", "身份证号码校验位错误"));
        lines[1]!["id"]!.GetValue<string>().ShouldBe("A-0002");
        lines[1]!["index"]!.GetValue<int>().ShouldBe(1);
        Error(lines[2]).Path.ShouldBe("applicant.currentTitle.obtainedOn");
        Error(lines[3]).Path.ShouldBe("$");
        lines[3]!["row"]!.GetValue<int>().ShouldBe(4);
        lines[4]!["outcome"].ShouldNotBeNull();
        result.StandardError.ShouldContain("数据有误 3 条");
    }

    [Fact]
    public async Task Check_CsvWithChineseHeadersAndABadCell_NamesRowAndColumn()
    {
        var header = "编号,申报年度,材料截止日,申报类型,申报系列,申报专业,申报级别,身份证号,姓名,在职在岗,单位性质,报送渠道,参加工作时间,现岗位系列,现岗位专业,现岗位起始日,现职称系列,现职称专业,现职称级别,现级别取得时间,学历,业绩成果,年度考核";
        var good = "C-1,2024,2024-09-30,晋升,工程,电气工程,副高级,140802198803120211,王建国,是,国有企业,用人单位,2010-07-01,工程,电气工程,2010-07-01,工程,电气工程,中级,2019-06-30,本科|全日制|2010-06-30,\"改造项目|2021-12-15; 规程|2023-08-01\",2019|合格;2020|合格;2021|合格;2022|合格;2023|合格";
        var bad = good.Replace("C-1", "C-2").Replace("2023|合格", "2023|很好");
        var file = _dir.Write("rows.csv", string.Join("\r\n", header, good, bad) + "\r\n");

        var result = await ZhichengProcess.Run("check", file);

        result.ExitCode.ShouldBe(1);
        var answers = JsonNode.Parse(result.StandardOutput)!.AsArray();
        answers[0]!["outcome"]!.GetValue<string>().ShouldBe("eligible");
        var rejected = answers[1]!;
        rejected["row"]!.GetValue<int>().ShouldBe(3);
        rejected["id"]!.GetValue<string>().ShouldBe("C-2");
        var error = rejected["errors"]![0]!;
        error["path"]!.GetValue<string>().ShouldBe("applicant.assessments[4].grade");
        error["column"]!.GetValue<string>().ShouldBe("W");
        error["header"]!.GetValue<string>().ShouldBe("年度考核");
    }

    [Fact]
    public async Task Check_XlsxWithAnImpossibleDate_NamesRowAndColumnAndDecidesTheOthers()
    {
        var rows = new[]
        {
            Row("X-1", "2019-06-30"),
            Row("X-2", "2019-02-30"),
            Row("X-3", "2018-06-30"),
        };
        var file = _dir.File("rows.xlsx");
        MiniExcel.SaveAs(file, rows);

        var result = await ZhichengProcess.Run("check", file);

        result.ExitCode.ShouldBe(1);
        var answers = JsonNode.Parse(result.StandardOutput)!.AsArray();
        answers.Count.ShouldBe(3);
        answers[0]!["outcome"].ShouldNotBeNull();
        answers[2]!["outcome"].ShouldNotBeNull();
        answers[1]!["row"]!.GetValue<int>().ShouldBe(3);
        var error = answers[1]!["errors"]![0]!;
        error["path"]!.GetValue<string>().ShouldBe("applicant.currentTitle.obtainedOn");
        error["header"]!.GetValue<string>().ShouldBe("现级别取得时间");
        error["message"]!.GetValue<string>().ShouldBe("日期不存在：2019-02-30");
    }

    [Fact]
    public async Task Check_OutputFileAndJsonLines_WritesOneDecisionPerLine()
    {
        var output = _dir.File("out.jsonl");

        var result = await ZhichengProcess.Run("check", Repo.Samples("applications.json"), "--output", output, "--format", "jsonl");

        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldBeEmpty();
        File.ReadAllLines(output).Length.ShouldBe(13);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "samples/missing.json")]
    [InlineData("check", "samples/applications.json", "--format", "xml")]
    [InlineData("check", "samples/applications.json", "--colour")]
    [InlineData("frobnicate")]
    public async Task Check_BadUsage_ExitsTwo(params string[] args)
    {
        var result = await ZhichengProcess.Run(args);

        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBeEmpty();
        result.StandardError.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("rows.txt", "hello", "不支持的文件类型")]
    [InlineData("rows.xlsx", "this is not a workbook", "不是有效的 .xlsx")]
    [InlineData("rows.csv", "姓名,年龄\n张三,30\n", "没有找到表头")]
    [InlineData("rows.csv", "姓名,申报年度,申报类型\n张三,2024,晋升\n", "表头缺少必需的列")]
    [InlineData("rows.json", "\"just a string\"", "JSON 文件应为")]
    public async Task Check_UnreadableFile_SaysWhyAndExitsTwo(string name, string content, string message)
    {
        var file = _dir.Write(name, content);

        var result = await ZhichengProcess.Run("check", file);

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain(message);
    }

    [Fact]
    public async Task Check_MoreThanTenThousandRows_ShowsProgressOnStandardError()
    {
        var line = Repo.SampleApplications()[0]!.ToJsonString();
        var file = _dir.File("many.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Repeat(line, 12_000));
        var output = _dir.File("many.out.jsonl");

        var result = await ZhichengProcess.Run("check", file, "--format", "jsonl", "--output", output);

        result.ExitCode.ShouldBe(0);
        result.StandardError.ShouldContain("进度 100%");
        File.ReadLines(output).Count().ShouldBe(12_000);
    }

    [Fact]
    public async Task Check_FewRows_ShowsNoProgress()
    {
        var result = await ZhichengProcess.Run("check", Repo.Samples("applications.json"));

        result.StandardError.ShouldNotContain("进度");
    }

    private static (string Path, string Message) Error(JsonNode row) =>
        (row["errors"]![0]!["path"]!.GetValue<string>(), row["errors"]![0]!["message"]!.GetValue<string>());

    private static Dictionary<string, object> Row(string id, string obtainedOn) => new()
    {
        ["编号"] = id, ["申报年度"] = 2024, ["材料截止日"] = "2024-09-30", ["申报类型"] = "晋升", ["申报系列"] = "工程",
        ["申报专业"] = "电气工程", ["申报级别"] = "副高级", ["身份证号"] = "140802198803120211", ["姓名"] = "王建国",
        ["在职在岗"] = "是", ["单位性质"] = "国有企业", ["报送渠道"] = "用人单位", ["参加工作时间"] = new DateTime(2010, 7, 1),
        ["现岗位系列"] = "工程", ["现岗位专业"] = "电气工程", ["现岗位起始日"] = "2010/7/1", ["现职称系列"] = "工程",
        ["现职称专业"] = "电气工程", ["现职称级别"] = "中级", ["现级别取得时间"] = obtainedOn, ["学历"] = "本科|全日制|2010-06-30",
        ["业绩成果"] = "改造项目|2021-12-15；规程|2023-08-01", ["年度考核"] = "2019|合格；2020|合格；2021|合格；2022|合格；2023|合格",
    };

    public void Dispose() => _dir.Dispose();
}
