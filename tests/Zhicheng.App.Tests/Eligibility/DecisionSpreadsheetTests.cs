using System.Text.Json.Nodes;
using MiniExcelLibs;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>The results workbook of an uploaded file: one row per input row, and never a whole identity number.</summary>
public sealed class DecisionSpreadsheetTests : IDisposable
{
    private readonly InputFiles _files = new();

    private List<Dictionary<string, string>> WriteAndRead(IEnumerable<RowOutcome> outcomes)
    {
        var path = _files.PathOf("results.xlsx");
        using (var stream = File.Create(path))
        {
            DecisionSpreadsheet.Write(stream, outcomes);
        }
        MiniExcel.GetSheetNames(path).ShouldBe(["审查结果"]);
        return [.. MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(c => c.Key, c => SpreadsheetValues.CellText(c.Value) ?? ""))];
    }

    [Fact]
    public void NoCell_HoldsAWholeIdentityNumber()
    {
        var sampleFile = Checker.RepositoryFile("samples/applications.json");
        var sampleIds = JsonNode.Parse(File.ReadAllText(sampleFile))!.AsArray().Select(a => a!["applicant"]!["idNumber"]!.GetValue<string>()).ToList();
        string[] badIds = ["140802198803120212", "14080219880312021", "140802880312021", "1408021988031202110"];
        var rows = ApplicationSheet.Rows([.. badIds.Select((id, i) => AnApplication.Promotion($"B-{i}").WithApplicant(a => a.IdNumber = id).Build())]);
        var outcomes = Checker.File(sampleFile).Concat(Checker.File(_files.Csv("bad.csv", rows))).ToList();

        var cells = WriteAndRead(outcomes);

        cells.Count.ShouldBe(13 + badIds.Length);
        foreach (var id in sampleIds.Concat(badIds))
        {
            cells.SelectMany(r => r.Values).ShouldAllBe(text => !text.Contains(id, StringComparison.Ordinal), id);
        }
        cells.Take(13).Select(r => r["身份证号"]).ShouldBe(sampleIds.Select(id => $"{id[..6]}**********{id[16..]}"));
        cells.Skip(13).Select(r => r["身份证号"]).ShouldBe(["（18位，无效）", "（17位，无效）", "（15位，无效）", "（19位，无效）"]);
    }

    [Fact]
    public void Rows_SayTheOutcomeAndWhereTheDataIsWrong()
    {
        var rows = ApplicationSheet.Rows(
                AnApplication.Promotion("A-0001").Build(),
                AnApplication.Promotion("A-0002").Build(),
                AnApplication.Promotion("A-0003").WithRequirements(r => r.TenureYears = 6).Build())
            .Set(2, "身份证号", "140802198803120212");

        var cells = WriteAndRead(Checker.File(_files.Csv("a.csv", rows)));

        cells.Select(r => (r["行号"], r["编号"], r["姓名"], r["结论"])).ShouldBe(
        [
            ("2", "A-0001", "王建国", "符合"),
            ("3", "A-0002", "王建国", "数据有误"),
            ("4", "A-0003", "王建国", "不符合"),
        ]);
        cells[1]["数据错误"].ShouldBe("H列（身份证号）：身份证号码校验位错误");
        cells[0]["数据错误"].ShouldBe("");
        cells[2]["不符合项"].ShouldStartWith("任职年限（N2024-3.2a、N2024-3.3a、N2024-3.3b）：");
        cells[2]["任职年限"].ShouldBe("5");
    }

    [Fact]
    public void RowsFromJson_AreNumberedFromOne()
    {
        var file = _files.JsonArray("a.json", AnApplication.Promotion("A-0001").ToJson(), AnApplication.Promotion("A-0002").ToJson());

        WriteAndRead(Checker.File(file)).Select(r => r["行号"]).ShouldBe(["1", "2"]);
    }

    [Theory]
    [InlineData("Valid", AnApplication.IdNumber, "140802**********11")]
    [InlineData("EndingInX", AnApplication.IdNumberEndingInX, "110105**********2X")]
    [InlineData("LowerCaseX", "11010519491231002x", "110105**********2X")]
    [InlineData("WrongCheckDigit", "140802198803120212", "（18位，无效）")]
    [InlineData("FifteenDigits", "140802880312021", "（15位，无效）")]
    [InlineData("Padded", "  1408021988  ", "（10位，无效）")]
    [InlineData("Blank", "  ", "")]
    [InlineData("Missing", null, "")]
    public void MaskedId(string @case, string? idNumber, string shown) =>
        DecisionSpreadsheet.MaskedId(idNumber).ShouldBe(shown, @case);

    public void Dispose() => _files.Dispose();
}
