using System.Text;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>CSV as Excel and WPS save it: RFC 4180 quoting, CRLF or LF, UTF-8 with or without BOM, or GB18030.</summary>
public sealed class CsvReaderTests : IDisposable
{
    private readonly InputFiles _files = new();

    private static List<string?[]> ThreeApplications() => ApplicationSheet.Rows(
        AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build(), AnApplication.Promotion("A-0003").Build());

    private static List<TabularRecord> Records(string csv) => Records(Encoding.UTF8.GetBytes(csv));

    private static List<TabularRecord> Records(byte[] csv) => [.. CsvRecords.Read(new MemoryStream(csv))];

    [Theory]
    [InlineData("Utf8CrLf", false, "\r\n")]
    [InlineData("Utf8Lf", false, "\n")]
    [InlineData("Utf8BomCrLf", true, "\r\n")]
    [InlineData("Utf8BomLf", true, "\n")]
    public void Utf8_WithOrWithoutBom_AnyLineEnding_IsDecided(string @case, bool bom, string newline)
    {
        var file = _files.Csv("a.csv", ThreeApplications(), bom: bom, newline: newline);

        var rows = Checker.File(file);

        rows.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", "A-0002", "A-0003"], @case);
        rows.Select(r => r.Row.Row).ShouldBe([2, 3, 4], @case);
        rows[0].Input!.Applicant!.Name.ShouldBe("王建国", @case);
    }

    [Fact]
    public void Gb18030_AsExcelSavesChineseCsv_IsDecided()
    {
        var file = _files.Csv("a.csv", ThreeApplications(), InputFiles.Gb18030);

        var rows = Checker.File(file);

        rows.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", "A-0002", "A-0003"]);
        rows[0].Input!.Applicant!.Name.ShouldBe("王建国");
        rows[0].Input!.Applicant!.Achievements![0]!.Title.ShouldBe("运城220kV变电站继电保护改造");
    }

    [Fact]
    public void Gb18030_BadRow_IsNamedByItsChineseHeader()
    {
        var rows = ThreeApplications().Set(2, "年度考核", "2019|合格；2020|良好");
        var file = _files.Csv("a.csv", rows, InputFiles.Gb18030);

        var outcomes = Checker.File(file);

        outcomes.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", null, "A-0003"]);
        var error = outcomes[1].Outcome.Errors.ShouldHaveSingleItem();
        (error.Path, error.Column, error.Header, error.Message).ShouldBe(
            ("applicant.assessments[1].grade", "X", "年度考核", Options.Unknown("良好", Options.Grade)));
    }

    [Fact]
    public void Gb18030_BeyondTheFirst64KiB_IsStillRead()
    {
        var many = Enumerable.Range(1, 400).Select(i => AnApplication.Promotion($"A-{i:0000}").Build()).ToArray();
        var file = _files.Csv("a.csv", ApplicationSheet.Rows(many), InputFiles.Gb18030);
        new FileInfo(file).Length.ShouldBeGreaterThan(64 * 1024);

        var rows = Checker.File(file);

        rows.Count.ShouldBe(400);
        rows.ShouldAllBe(r => r.Outcome.Decision != null && r.Input!.Applicant!.Name == "王建国");
    }

    [Fact]
    public void QuotedFields_KeepCommasLineBreaksAndDoubledQuotes()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build())
            .Set(1, "业绩成果", "关于\"智能电网\"的研究, 第一部分|2021-12-15；配电规程|2023-08-01")
            .Set(1, "年度考核", "2019|合格\r\n2020|合格\r\n2021|合格\n2022|合格\n2023|优秀");
        var file = _files.Csv("a.csv", rows);
        File.ReadAllText(file).ShouldContain("\"关于\"\"智能电网\"\"的研究, 第一部分|2021-12-15；配电规程|2023-08-01\"");

        var outcomes = Checker.File(file);

        outcomes.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", "A-0002"]);
        var applicant = outcomes[0].Input!.Applicant!;
        applicant.Achievements!.Select(a => a!.Title).ShouldBe(["关于\"智能电网\"的研究, 第一部分", "配电规程"]);
        applicant.Assessments!.Select(a => (a!.Year, a.Grade)).ShouldBe(
            [(2019, "合格"), (2020, "合格"), (2021, "合格"), (2022, "合格"), (2023, "优秀")]);
    }

    [Theory]
    [InlineData("Plain", "a,b,c", new[] { "a", "b", "c" })]
    [InlineData("EmptyFields", "a,,c,", new[] { "a", "", "c", "" })]
    [InlineData("QuotedComma", "\"a,b\",c", new[] { "a,b", "c" })]
    [InlineData("DoubledQuotes", "\"say \"\"是\"\"\",c", new[] { "say \"是\"", "c" })]
    [InlineData("QuotedEmpty", "\"\",c", new[] { "", "c" })]
    [InlineData("QuotedLineBreak", "\"第一行\r\n第二行\",c", new[] { "第一行\r\n第二行", "c" })]
    [InlineData("QuoteInsideUnquotedField", "5\"寸,c", new[] { "5\"寸", "c" })]
    public void Record_FollowsRfc4180(string @case, string line, string[] cells) =>
        Records(line + "\r\nnext").First().Cells.ShouldBe(cells, @case);

    [Fact]
    public void Records_AreNumberedByTheLineTheyStartOn_AndBlankLinesAreSkipped()
    {
        var records = Records("h1,h2\r\n\r\na,b\r\n\"x\ny\",z\r\nc,d");

        records.Select(r => (r.Row, r.Cells[0])).ShouldBe([(1, "h1"), (3, "a"), (4, "x\ny"), (6, "c")]);
    }

    [Fact]
    public void LastRecordWithoutLineBreak_IsRead() =>
        Records("h\r\nlast").Select(r => r.Cells[0]).ShouldBe(["h", "last"]);

    [Fact]
    public void Bom_IsNotPartOfTheFirstHeader() =>
        Records([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("编号,姓名\n")]).Single().Cells[0].ShouldBe("编号");

    [Fact]
    public void BlankRowsAndSeparatorOnlyRows_AreNotApplications()
    {
        var rows = ThreeApplications();
        rows.Insert(2, new string?[rows[0].Length]);
        rows.Insert(3, [.. Enumerable.Repeat(" ", rows[0].Length)]);
        var file = _files.Csv("a.csv", rows);

        var outcomes = Checker.File(file);

        outcomes.Select(r => (r.Outcome.Decision?.Id, r.Row.Index, r.Row.Row)).ShouldBe(
            [("A-0001", 0, 2), ("A-0002", 1, 5), ("A-0003", 2, 6)]);
    }

    [Fact]
    public void ShortRow_MissingCellsAreMissingFields()
    {
        var rows = ThreeApplications();
        rows[2] = rows[2][..9];
        var file = _files.Csv("a.csv", rows);

        var outcomes = Checker.File(file);

        outcomes.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", null, "A-0003"]);
        outcomes[1].Outcome.Errors.Select(e => (e.Path, e.Column)).ShouldBe(
        [
            ("applicant.inService", "J"),
            ("applicant.employmentType", "K"),
            ("applicant.channel", "L"),
            ("applicant.workStartDate", "M"),
            ("applicant.currentPost", "N"),
            ("applicant.currentTitle", "Q"),
        ]);
    }

    [Fact]
    public void UnknownColumns_AreIgnored()
    {
        var rows = ThreeApplications();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = [i == 0 ? "备注" : "加急", .. rows[i], i == 0 ? "联系电话" : "13800000000"];
        }
        var file = _files.Csv("a.csv", rows);

        Checker.File(file).Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", "A-0002", "A-0003"]);
    }

    [Fact]
    public void HeaderOnly_HasNoRows() =>
        Checker.File(_files.Csv("a.csv", ApplicationSheet.Rows())).ShouldBeEmpty();

    [Theory]
    [InlineData("Empty", "")]
    [InlineData("BlankLines", "\r\n\r\n")]
    [InlineData("CommasOnly", ",,,\r\n")]
    public void NothingInTheFile_IsAFileError_AndNothingIsDecided(string @case, string content)
    {
        var file = _files.Text("a.csv", content);

        Should.Throw<InputFileException>(() => Checker.File(file), @case).Message.ShouldBe("表格是空的：第1行应为表头，其后每行一条申报", @case);
    }

    public void Dispose() => _files.Dispose();
}
