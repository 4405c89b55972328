using Zhicheng.App.Features.Import;
using Zhicheng.App.Tests.Import.Support;
using Zhicheng.App.Tests.Support;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Tests.Import;

/// <summary>Each bad input is reported at its sheet, row and column, in Chinese, and nothing at all is written.</summary>
public sealed class ImportValidationTests : IAsyncLifetime
{
    private ImportWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await ImportWorld.CreateAsync();

    public ValueTask DisposeAsync()
    {
        _world.Dispose();
        return ValueTask.CompletedTask;
    }

    private string Hospital => _world.Hospital.CreditCode!;

    [Fact]
    public async Task Person_IdentityNumberWithWrongCheckCharacter_UsesIdentityNumbersMessage()
    {
        var id = Row.NewId();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(wrong, Hospital)).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("人员", 2, IdNumber, "身份证号码校验位错误"));
    }

    [Fact]
    public async Task Person_IdentityNumberStoredAsANumber_AsksForTextFormat()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), Hospital).With(IdNumber, 140802199001011234d)).File();

        var problem = await RejectsWithOne(file);
        (problem.Sheet, problem.Row, problem.Column).ShouldBe(("人员", 2, IdNumber));
        problem.Message.ShouldContain("文本格式");
    }

    [Fact]
    public async Task Person_CreditCodeWithWrongCheckCharacter_UsesCreditCodesMessage()
    {
        var wrong = Hospital[..17] + (Hospital[17] == '1' ? '2' : '1');
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), wrong)).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("人员", 2, UnitCreditCode, "统一社会信用代码校验位错误"));
    }

    [Fact]
    public async Task Person_CreditCodeOfNoUnit_IsNotInTheJurisdiction()
    {
        var code = Records.CreditCode();
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), code)).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("人员", 2, UnitCreditCode, $"单位“{code}”不在您的管辖范围内"));
    }

    [Fact]
    public async Task Person_SameIdentityNumberTwice_NamesBothRows()
    {
        var id = Row.NewId();
        var file = new ImportWorkbook().Rows(ImportSheet.People,
            Row.Person(Row.NewId(), Hospital), Row.Person(id, Hospital), Row.Person(Row.NewId(), Hospital), Row.Person(id, Hospital, "李四")).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("人员", 5, IdNumber, "身份证号在第3行和第5行重复出现（同一人员只能填写一行）"));
    }

    [Fact]
    public async Task Person_DayThatDoesNotExist_SaysSo()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), Hospital).With(WorkStart, "2019-02-30")).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("人员", 2, WorkStart, "日期不存在：2019-02-30"));
    }

    [Theory]
    [InlineData("1989-12-31", false)]
    [InlineData("1990-01-01", true)]
    public async Task Title_ObtainedBeforeBirth_IsRejected_OnTheBirthDayAccepted(string obtained, bool accepted)
    {
        var id = Row.NewId(new DateOnly(1990, 1, 1));
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital))
            .Rows(ImportSheet.Titles, Row.Title(id).With(ObtainedOn, obtained)).File();

        if (accepted)
        {
            (await _world.Import(file, _world.CityAdmin)).Written.ShouldBeTrue();
            return;
        }
        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("职称", 2, ObtainedOn, "取得时间（1989-12-31）早于出生日期（1990-01-01，由身份证号得出）"));
    }

    [Theory]
    [InlineData("2024-12-01", false)]
    [InlineData("2024-11-30", true)]
    [InlineData("2023-12-15", true)]
    public async Task Title_InitialDeterminationAfterTheYearsCutoff_IsRejected_OnTheCutoffOrBeforeTheNoticeAccepted(string obtained, bool accepted)
    {
        var id = Row.NewId(new DateOnly(1998, 3, 1));
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital))
            .Rows(ImportSheet.Titles, Row.Title(id).With(Source, "初定").With(ObtainedOn, obtained)).File();

        if (accepted)
        {
            (await _world.Import(file, _world.CityAdmin)).Written.ShouldBeTrue();
            return;
        }
        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("职称", 2, ObtainedOn, "初定须在当年11月30日前完成，2024-12-01已过2024年度的初定截止日（N2024-3.5b）"));
    }

    [Theory]
    [InlineData(2026, false)]
    [InlineData(2025, true)]
    public async Task Assessment_ForAFutureYear_IsRejected_ThisYearAccepted(int year, bool accepted)
    {
        var id = Row.NewId();
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital))
            .Rows(ImportSheet.Assessments, Row.Assessment(id, year)).File();

        if (accepted)
        {
            (await _world.Import(file, _world.CityAdmin)).Written.ShouldBeTrue();
            return;
        }
        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("年度考核", 2, Year, "2026年度尚未结束，不能填写考核结果（今天是2025-06-15）"));
    }

    [Theory]
    [InlineData("2018-12-30", false)]
    [InlineData("2018-12-31", true)]
    public async Task Title_TransferredBeforeObtained_IsRejected_SameDayAccepted(string transferred, bool accepted)
    {
        var id = Row.NewId();
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital))
            .Rows(ImportSheet.Titles, Row.Title(id).With(Source, "转评").With(TransferredOn, transferred)).File();

        if (accepted)
        {
            (await _world.Import(file, _world.CityAdmin)).Written.ShouldBeTrue();
            return;
        }
        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("职称", 2, TransferredOn, "转评时间（2018-12-30）早于取得时间（2018-12-31）"));
    }

    [Fact]
    public async Task Assessment_TwoForOnePersonAndYear_NamesBothRows()
    {
        var id = Row.NewId();
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital))
            .Rows(ImportSheet.Assessments, Row.Assessment(id, 2023), Row.Assessment(id, 2022), Row.Assessment(id, "2023", "优秀")).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("年度考核", 4, IdNumber, "同一人员2023年度的考核在第2行和第4行重复出现"));
    }

    [Fact]
    public async Task Sheet_MissingARequiredColumn_NamesItAndListsTheColumns()
    {
        var file = new ImportWorkbook().Raw("人员", [IdNumber, UnitCreditCode], [Row.NewId(), Hospital]).File();

        var problem = await RejectsWithOne(file);
        (problem.Sheet, problem.Row, problem.Column).ShouldBe(("人员", 1, Name));
        problem.Message.ShouldStartWith("缺少必填列“姓名”；本表的列为：身份证号（必填）、姓名（必填）、单位统一社会信用代码（必填）、联系电话、");
    }

    [Fact]
    public async Task Sheet_RenamedColumn_IsNamedNotDropped()
    {
        var file = new ImportWorkbook().Raw("人员", [IdNumber, Name, UnitCreditCode, "电话"], [Row.NewId(), "张三", Hospital, "13800000000"]).File();

        var problem = await RejectsWithOne(file);
        (problem.Sheet, problem.Row, problem.Column).ShouldBe(("人员", 1, "电话"));
        problem.Message.ShouldStartWith("无法识别的列名“电话”；本表的列为：");
    }

    [Fact]
    public async Task Sheet_NoHeaderInTheFirstFiveRows_ListsTheColumns()
    {
        var file = new ImportWorkbook().Raw("年度考核", ["说明"], ["a"], ["b"], ["c"], ["d"], [IdNumber, Year, Grade]).File();

        var problem = await RejectsWithOne(file);
        (problem.Sheet, problem.Row).ShouldBe(("年度考核", null));
        problem.Message.ShouldBe("前5行中没有找到表头；本表的列为：身份证号（必填）、年度（必填）、等次（必填）");
    }

    [Fact]
    public async Task Sheet_Empty_IsAProblemAndTheOtherSheetsAreNotWritten()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), Hospital)).Raw("职称").File();

        var problem = await RejectsWithOne(file);
        (problem.Sheet, problem.Row, problem.Column).ShouldBe(("职称", null, null));
        problem.Message.ShouldStartWith("工作表是空的");
    }

    [Fact]
    public async Task File_ZeroBytes_IsAProblem()
    {
        (await RejectsWithOne(ImportWorkbook.Of("空.xlsx", []))).ShouldBe(new ImportProblem(null, null, null, "文件是空的（0 字节），请重新选择文件"));
    }

    [Fact]
    public async Task File_TextNamedXlsx_IsNotAWorkbook()
    {
        var problem = await RejectsWithOne(ImportWorkbook.Of("人员.xlsx", "身份证号,姓名\n"u8.ToArray()));

        problem.ShouldBe(new ImportProblem(null, null, null, "无法读取 Excel 文件：文件不是有效的 .xlsx 工作簿（如为 .xls 旧格式，请在 Excel 中另存为 .xlsx）"));
    }

    [Fact]
    public async Task File_SheetCutOffHalfway_IsAProblemOfThatSheet()
    {
        var rows = Enumerable.Range(0, 200).Select(_ => Row.Person(Row.NewId(), Hospital)).ToArray();
        var damaged = CutSheet(new ImportWorkbook().Rows(ImportSheet.People, rows).Bytes());

        var problem = await RejectsWithOne(ImportWorkbook.Of("人员.xlsx", damaged));

        (problem.Sheet, problem.Row).ShouldBe(("人员", null));
        problem.Message.ShouldStartWith("无法读取工作表“人员”");
    }

    /// <summary>The workbook with its first sheet's XML cut in the middle (as a broken download leaves it).</summary>
    private static byte[] CutSheet(byte[] workbook)
    {
        using var output = new MemoryStream();
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(workbook)))
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var buffer = new MemoryStream();
                read.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    bytes = bytes[..(bytes.Length / 2)];
                }
                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(bytes);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public async Task File_WithoutAnyKnownSheet_NamesTheExpectedSheets()
    {
        var file = new ImportWorkbook().Raw("Sheet1", [IdNumber, Name], [Row.NewId(), "张三"]).File();

        (await RejectsWithOne(file)).Message.ShouldBe("工作簿中没有可导入的工作表（现有：Sheet1）；工作表应命名为 人员、职称、年度考核、学历");
    }

    [Fact]
    public async Task Reference_ToNobody_IsNotFound()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.Education, Row.Education(Row.NewId())).File();

        (await RejectsWithOne(file)).ShouldBe(new ImportProblem("学历", 2, IdNumber, "未找到该人员，或其不在您的管辖范围内；新人员请同时在“人员”表中填写"));
    }

    [Fact]
    public async Task File_WithProblemsInSeveralSheets_ReportsEveryOneInSheetAndRowOrder()
    {
        var id = Row.NewId();
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, Hospital), Row.Person("123", Hospital).With(Name, null))
            .Rows(ImportSheet.Titles, Row.Title(id).With(Level, "特级"))
            .Rows(ImportSheet.Assessments, Row.Assessment(id, 2023, "很好"), Row.Assessment(Row.NewId(), 2023)).File();
        var before = await _world.Counts();

        var report = await _world.Import(file, _world.CityAdmin);

        report.Written.ShouldBeFalse();
        report.Problems.Select(p => (p.Sheet, p.Row, p.Column)).ShouldBe(
        [
            ("人员", 3, IdNumber), ("人员", 3, Name), ("职称", 2, Level), ("年度考核", 2, Grade), ("年度考核", 3, IdNumber),
        ]);
        report.Problems[2].Message.ShouldBe("无法识别的层级“特级”；可填：员级、助理级、中级、副高级、正高级");
        report.Summary().ShouldBe("发现 5 处问题，未导入任何数据");
        (await _world.Counts()).ShouldBe(before);
    }

    private async Task<ImportProblem> RejectsWithOne(ImportFile file)
    {
        var before = await _world.Counts();
        var report = await _world.Import(file, _world.CityAdmin);
        report.Written.ShouldBeFalse();
        report.Problems.Count.ShouldBe(1, string.Join("\n", report.Problems));
        (await _world.Counts()).ShouldBe(before);
        return report.Problems[0];
    }
}
