using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// A batch answer: valid JSON (an array, or JSON Lines), one element per input row in input order, a bad
/// row's place holding <c>{ index, id, row, errors }</c>, written row by row as the rows are read.
/// </summary>
public sealed class EligibilityBatchTests : IDisposable
{
    private readonly InputFiles _files = new();

    /// <summary>Good, bad field, broken line, not an object, good.</summary>
    private string MixedJsonLines() => _files.Text("mixed.jsonl", string.Join("\n",
        AnApplication.Text(AnApplication.Promotion("A-0001").ToJson()),
        AnApplication.Text(AnApplication.Promotion("A-0002").WithApplicant(a => a.IdNumber = "140802198803120212").ToJson()),
        "{\"id\":\"A-0003\",\"applicationYear\":",
        "[]",
        AnApplication.Text(AnApplication.Promotion("A-0005").ToJson())) + "\n");

    private static (string Text, BatchSummary Summary) Run(string file, OutputShape shape, Action<int>? afterRow = null)
    {
        using var input = File.OpenRead(file);
        using var output = new MemoryStream();
        var summary = Checker.Batch.Run(ApplicationFile.Read(input, ApplicationFile.FormatOf(file)), output, shape, afterRow);
        return (Encoding.UTF8.GetString(output.ToArray()), summary);
    }

    private static JsonNode Node(string json) => JsonNode.Parse(json)!;

    [Theory]
    [InlineData(OutputShape.Array)]
    [InlineData(OutputShape.IndentedArray)]
    public void Array_IsOneValidJsonArray_OneElementPerRow_InOrder(OutputShape shape)
    {
        var (text, _) = Run(MixedJsonLines(), shape);

        var array = JsonNode.Parse(text).ShouldBeOfType<JsonArray>();
        array.Count.ShouldBe(5);
        array.Select(e => e!["id"]?.GetValue<string>()).ShouldBe(["A-0001", "A-0002", "A-0003", null, "A-0005"]);
        array.Select(e => e!["outcome"] is not null).ShouldBe([true, false, false, false, true]);
        array.Where(e => e!["errors"] is not null).Select(e => e!["index"]!.GetValue<int>()).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void JsonLines_IsOneValidObjectPerLine_InOrder_WithoutAnArray()
    {
        var (text, _) = Run(MixedJsonLines(), OutputShape.JsonLines);

        text.ShouldEndWith("\n");
        var lines = text.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(5);
        lines.Select(l => Node(l)["id"]?.GetValue<string>()).ShouldBe(["A-0001", "A-0002", "A-0003", null, "A-0005"]);
        lines.ShouldAllBe(l => l.StartsWith('{') && !l.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void BothShapes_HoldTheSameElements()
    {
        var file = MixedJsonLines();

        var array = Node(Run(file, OutputShape.Array).Text).AsArray();
        var indented = Node(Run(file, OutputShape.IndentedArray).Text).AsArray();
        var lines = Run(file, OutputShape.JsonLines).Text.TrimEnd('\n').Split('\n').Select(Node).ToList();

        for (var i = 0; i < array.Count; i++)
        {
            JsonNode.DeepEquals(array[i], indented[i]).ShouldBeTrue($"element {i}");
            JsonNode.DeepEquals(array[i], lines[i]).ShouldBeTrue($"element {i}");
        }
    }

    [Fact]
    public void RejectedJsonLine_IsIndexIdRowAndErrors()
    {
        var elements = Node(Run(MixedJsonLines(), OutputShape.Array).Text).AsArray();

        JsonNode.DeepEquals(elements[1], Node("""
            {"index":1,"id":"A-0002","row":2,"errors":[{"path":"applicant.idNumber","message":"身份证号码校验位错误"}]}
            """)).ShouldBeTrue(AnApplication.Text(elements[1]));
        JsonNode.DeepEquals(elements[2], Node("""
            {"index":2,"id":"A-0003","row":3,"errors":[{"path":"$","message":"JSON 语法错误（第1行第34个字节附近）"}]}
            """)).ShouldBeTrue(AnApplication.Text(elements[2]));
        JsonNode.DeepEquals(elements[3], Node("""
            {"index":3,"id":null,"row":4,"errors":[{"path":"$","message":"每一项申报应为 JSON 对象 { … }"}]}
            """)).ShouldBeTrue(AnApplication.Text(elements[3]));
    }

    [Fact]
    public void RejectedArrayItem_HasNoRow()
    {
        var file = _files.JsonArray("a.json",
            AnApplication.Promotion("A-0001").ToJson(), AnApplication.Promotion("A-0002").WithApplicant(a => a.Name = "").ToJson());

        var elements = Node(Run(file, OutputShape.Array).Text).AsArray();

        JsonNode.DeepEquals(elements[1], Node("""
            {"index":1,"id":"A-0002","errors":[{"path":"applicant.name","message":"缺少姓名"}]}
            """)).ShouldBeTrue(AnApplication.Text(elements[1]));
    }

    [Fact]
    public void RejectedSpreadsheetRow_NamesColumnAndHeader()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build())
            .Set(2, "年度考核", "2019|合格；2019|优秀");
        var file = _files.Csv("a.csv", rows);

        var elements = Node(Run(file, OutputShape.Array).Text).AsArray();

        JsonNode.DeepEquals(elements[1], Node("""
            {"index":1,"id":"A-0002","row":3,"errors":[{"path":"applicant.assessments[1].year","column":"X","header":"年度考核","message":"2019年度考核重复（与 applicant.assessments[0] 重复）"}]}
            """)).ShouldBeTrue(AnApplication.Text(elements[1]));
    }

    [Fact]
    public void Decision_HasTheContractsFields_InTheContractsOrder()
    {
        var decision = Node(Run(MixedJsonLines(), OutputShape.Array).Text)[0]!.AsObject();

        decision.Select(p => p.Key).ShouldBe(
        [
            "id", "policy", "outcome", "countedTenureYears", "countedWorkYears", "excludedYears", "excludedItems",
            "earliestEligibleYear", "checks", "interpretations", "requirements",
        ]);
        decision["policy"]!.GetValue<string>().ShouldBe("N2024");
        decision["outcome"]!.GetValue<string>().ShouldBe("eligible");
        decision["checks"]!.AsArray().ShouldAllBe(c => c!["code"] != null && c["clauses"] != null && c["passed"] != null && c["message"] != null);
    }

    [Fact]
    public void Samples_EachDecided_OutcomeEligibleExactlyWhenEveryCheckPassed()
    {
        var (text, summary) = Run(Checker.RepositoryFile("samples/applications.json"), OutputShape.Array);

        var elements = Node(text).AsArray();
        elements.Select(e => e!["id"]!.GetValue<string>()).ShouldBe(Enumerable.Range(1, 13).Select(i => $"A-{i:0000}"));
        foreach (var element in elements)
        {
            var allPassed = element!["checks"]!.AsArray().All(c => c!["passed"]!.GetValue<bool>());
            element["outcome"]!.GetValue<string>().ShouldBe(allPassed ? "eligible" : "ineligible", element["id"]!.GetValue<string>());
        }
        (summary.Total, summary.Rejected, summary.Eligible + summary.Ineligible).ShouldBe((13, 0, 13));
        summary.Eligible.ShouldBeGreaterThan(0);
        summary.Ineligible.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Summary_CountsEveryRow_AndProgressEndsAtTheTotal()
    {
        var progress = new List<int>();

        var (_, summary) = Run(MixedJsonLines(), OutputShape.JsonLines, progress.Add);

        (summary.Total, summary.Eligible, summary.Ineligible, summary.Rejected).ShouldBe((5, 2, 0, 3));
        progress.ShouldNotBeEmpty();
        progress.ShouldBeInOrder(SortDirection.Ascending);
        progress[^1].ShouldBe(5);
    }

    [Fact]
    public void ChineseIsWrittenAsIs()
    {
        var (text, _) = Run(MixedJsonLines(), OutputShape.Array);

        text.ShouldContain("身份证号码校验位错误");
        text.ShouldNotContain("\\u");
    }

    [Theory]
    [InlineData(OutputShape.Array, "[]\n")]
    [InlineData(OutputShape.IndentedArray, "[]\n")]
    [InlineData(OutputShape.JsonLines, "")]
    public void NoRows_IsAnEmptyAnswer(OutputShape shape, string expected) =>
        Run(_files.Text("empty.json", "[]"), shape).Text.ShouldBe(expected);

    [Fact]
    public void Answers_AreWrittenWhileRowsAreStillBeingRead()
    {
        using var output = new MemoryStream();
        var writtenBeforeRow = new List<long>();

        IEnumerable<SourceRow> Rows()
        {
            for (var i = 0; i < 2000; i++)
            {
                writtenBeforeRow.Add(output.Length);
                yield return new SourceRow(i, null, new ParsedInput(AnApplication.Promotion($"A-{i:0000}").Build(), null, []));
            }
        }

        var summary = Checker.Batch.Run(Rows(), output, OutputShape.JsonLines);

        summary.Total.ShouldBe(2000);
        writtenBeforeRow.ShouldBeInOrder(SortDirection.Ascending);
        writtenBeforeRow[0].ShouldBe(0);
        writtenBeforeRow[^1].ShouldBeGreaterThan(output.Length / 2, "most answers are out before the last row is read");
    }

    [Fact]
    public void UnusableFile_StopsTheBatch_BeforeAnythingIsDecided()
    {
        var file = _files.Csv("a.csv", ApplicationSheet.Rows(AnApplication.Promotion().Build()).Without("身份证号"));
        using var input = File.OpenRead(file);
        using var output = new MemoryStream();

        Should.Throw<InputFileException>(() => Checker.Batch.Run(ApplicationFile.Read(input, InputFormat.Csv), output, OutputShape.Array))
            .Message.ShouldBe("表头缺少必需的列：身份证号（applicant.idNumber）");

        Encoding.UTF8.GetString(output.ToArray()).ShouldNotContain("outcome");
    }

    public void Dispose() => _files.Dispose();
}
