using System.IO.Compression;
using System.Text;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// .xlsx workbooks as Excel and WPS save them: typed cells (numbers, dates, booleans) read as the contract's
/// text, and a file that is no workbook at all is a file-level error with nothing decided.
/// </summary>
public sealed class XlsxReaderTests : IDisposable
{
    private const string NotAWorkbook = "无法读取 Excel 文件：文件不是有效的 .xlsx 工作簿（如为 .xls 旧格式，请在 Excel 中另存为 .xlsx）";

    private readonly InputFiles _files = new();

    /// <summary>The header row and one application, as cells that can be replaced by typed values.</summary>
    private static List<object?[]> OneApplication() =>
        [.. ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build()).Select(r => r.Cast<object?>().ToArray())];

    private static void Set(List<object?[]> rows, string header, object? value) =>
        rows[1][Array.IndexOf(rows[0], header)] = value;

    private RowOutcome ReadOne(List<object?[]> rows) => Checker.File(_files.Xlsx("a.xlsx", rows)).ShouldHaveSingleItem();

    [Fact]
    public void TypedCells_ReadAsTheContractsText()
    {
        var rows = OneApplication();
        Set(rows, "申报年度", 2024);
        Set(rows, "材料截止日", new DateTime(2024, 9, 30));
        Set(rows, "在职在岗", true);
        Set(rows, "参加工作时间", new DateTime(2010, 7, 1));
        Set(rows, "任职年限要求", 5.0);
        Set(rows, "业绩成果要求", 2d);

        var row = ReadOne(rows);

        row.Outcome.Decision.ShouldNotBeNull();
        var input = row.Input!;
        (input.ApplicationYear, input.MaterialDeadline, input.Applicant!.InService, input.Applicant.WorkStartDate).ShouldBe(
            (2024, "2024-09-30", true, "2010-07-01"));
        (input.Requirements!.TenureYears, input.Requirements.MinAchievements).ShouldBe((5, 2));
    }

    [Theory]
    [InlineData("TextWithPointZero", "5.0", 5)]
    [InlineData("TextWithPointZeros", "5.00", 5)]
    [InlineData("TextWithSpaces", " 5 ", 5)]
    [InlineData("Zero", "0", 0)]
    public void IntegerWrittenAsText_IsAnInteger(string @case, string cell, int expected)
    {
        var rows = OneApplication();
        Set(rows, "任职年限要求", cell);
        Set(rows, "申报年度", "2024.0");

        var input = ReadOne(rows).Input.ShouldNotBeNull(@case);

        input.Requirements!.TenureYears.ShouldBe(expected, @case);
        input.ApplicationYear.ShouldBe(2024, @case);
    }

    [Theory]
    [InlineData("Slashes", "2024/9/30")]
    [InlineData("SlashesPadded", "2024/09/30")]
    [InlineData("ChineseDate", "2024年9月30日")]
    [InlineData("Dots", "2024.9.30")]
    [InlineData("Digits", "20240930")]
    [InlineData("DashesUnpadded", "2024-9-30")]
    [InlineData("MidnightTime", "2024/9/30 0:00:00")]
    [InlineData("SurroundingSpaces", "  2024-09-30 ")]
    public void DateTypedAsText_IsReadAsTheDay(string @case, string cell)
    {
        var rows = OneApplication();
        Set(rows, "材料截止日", cell);

        var row = ReadOne(rows);

        row.Input.ShouldNotBeNull(@case).MaterialDeadline.ShouldBe("2024-09-30", @case);
        row.Outcome.Decision.ShouldNotBeNull(@case);
    }

    [Fact]
    public void FractionalNumberCell_IsNoInteger()
    {
        var rows = OneApplication();
        Set(rows, "任职年限要求", 4.5);

        var error = ReadOne(rows).Outcome.Errors.ShouldHaveSingleItem();

        (error.Path, error.Column, error.Header, error.Message).ShouldBe(
            ("requirements.tenureYears", "AA", "任职年限要求", "应为整数，实际为“4.5”"));
    }

    [Fact]
    public void IdNumberStoredAsANumber_IsRejectedAtItsColumn()
    {
        var rows = OneApplication();
        Set(rows, "身份证号", 140802198803120211d);

        var error = ReadOne(rows).Outcome.Errors.ShouldHaveSingleItem();

        (error.Path, error.Column, error.Header).ShouldBe(("applicant.idNumber", "H", "身份证号"));
        error.Message.ShouldContain("请把该列设为“文本”格式");
    }

    [Fact]
    public void BooleanFalseCell_IsNotInService()
    {
        var rows = OneApplication();
        Set(rows, "在职在岗", false);

        var decision = ReadOne(rows).Outcome.Decision.ShouldNotBeNull();

        decision.Eligible.ShouldBeFalse();
        decision.Checks.Single(c => c.Code == "in_service").Passed.ShouldBeFalse();
    }

    [Fact]
    public void EmptyRowsBetweenApplications_AreSkipped_AndRowsKeepTheirSheetNumbers()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build());
        rows.Insert(2, new string?[rows[0].Length]);
        var file = _files.Xlsx("a.xlsx", rows);

        Checker.File(file).Select(r => (r.Outcome.Decision?.Id, r.Row.Index, r.Row.Row)).ShouldBe([("A-0001", 0, 2), ("A-0002", 1, 4)]);
    }

    [Fact]
    public void OnlyTheFirstSheetIsRead()
    {
        var path = _files.PathOf("two-sheets.xlsx");
        var applications = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build());
        var sheets = new Dictionary<string, object>
        {
            ["申报"] = applications.Skip(1).Select(r => applications[0].Zip(r).ToDictionary(p => p.First!, p => (object?)p.Second)).ToList(),
            ["说明"] = new[] { new Dictionary<string, object?> { ["编号"] = "说明", ["申报年度"] = "不是申报" } },
        };
        MiniExcelLibs.MiniExcel.SaveAs(path, sheets);

        Checker.File(path).ShouldHaveSingleItem().Outcome.Decision.ShouldNotBeNull().Id.ShouldBe("A-0001");
    }

    [Fact]
    public void EmptyWorkbook_IsAFileError() =>
        Should.Throw<InputFileException>(() => Checker.File(_files.Xlsx("a.xlsx", [])))
            .Message.ShouldBe("表格是空的：第1行应为表头，其后每行一条申报");

    [Theory]
    [InlineData("ZeroBytes")]
    [InlineData("CsvRenamed")]
    [InlineData("JsonRenamed")]
    [InlineData("PdfRenamed")]
    [InlineData("OldXlsRenamed")]
    [InlineData("ZipWithoutWorkbook")]
    [InlineData("EmptyZip")]
    [InlineData("TruncatedWorkbook")]
    public void NotAWorkbook_IsAFileError_AndNothingIsDecided(string @case)
    {
        var file = @case switch
        {
            "ZeroBytes" => _files.Bytes("a.xlsx", []),
            "CsvRenamed" => _files.Text("a.xlsx", "编号,申报年度\r\nA-0001,2024\r\n"),
            "JsonRenamed" => _files.Text("a.xlsx", "[{\"id\":\"A-0001\"}]"),
            "PdfRenamed" => _files.Bytes("a.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")),
            "OldXlsRenamed" => _files.Bytes("a.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]),
            "ZipWithoutWorkbook" => Zip("a.xlsx", ("readme.txt", "hello")),
            "EmptyZip" => Zip("a.xlsx"),
            "TruncatedWorkbook" => Truncated("a.xlsx"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        var decided = 0;

        var ex = Should.Throw<InputFileException>(() =>
        {
            using var stream = File.OpenRead(file);
            foreach (var row in ApplicationFile.Read(stream, InputFormat.Xlsx))
            {
                Checker.Service.Check(row);
                decided++;
            }
        }, @case);

        ex.Message.ShouldBe(NotAWorkbook, @case);
        decided.ShouldBe(0, @case);
    }

    private string Zip(string name, params (string Entry, string Text)[] entries)
    {
        var path = _files.PathOf(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(text);
        }
        return path;
    }

    private string Truncated(string name)
    {
        var whole = File.ReadAllBytes(_files.Xlsx("whole.xlsx", OneApplication()));
        return _files.Bytes(name, whole[..(whole.Length / 2)]);
    }

    public void Dispose() => _files.Dispose();
}
