using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// The header row: Chinese headers, their aliases and the English JSON paths are recognised; a header that
/// leaves out a required column, names one field twice or names nothing at all makes the whole file
/// unusable, and nothing in it is decided.
/// </summary>
public sealed class ColumnMapTests : IDisposable
{
    private const string AllRequired =
        "表头缺少必需的列：申报年度（applicationYear）、申报类型（route）、申报系列（target.series）、申报专业（target.specialty）、" +
        "申报级别（target.level）、身份证号（applicant.idNumber）、姓名（applicant.name）、在职在岗（applicant.inService）、" +
        "单位性质（applicant.employmentType）、报送渠道（applicant.channel）、参加工作时间（applicant.workStartDate）";

    private readonly InputFiles _files = new();

    private static List<string?[]> TwoApplications() =>
        ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build());

    private string Write(string format, List<string?[]> rows) =>
        format == "csv" ? _files.Csv("a.csv", rows) : _files.Xlsx("a.xlsx", rows);

    public static TheoryData<string, string> HeaderProblems()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            foreach (var @case in new[] { "TwoRequiredColumnsMissing", "IdNumberTwice", "YearInChineseAndEnglish", "OnlyOptionalColumns", "ThreeColumnsOfEight" })
            {
                data.Add(format, @case);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HeaderProblems))]
    public void UnusableHeader_IsAFileError_AndNothingIsDecided(string format, string @case)
    {
        var (rows, message) = @case switch
        {
            "TwoRequiredColumnsMissing" => (TwoApplications().Without("身份证号", "姓名"),
                "表头缺少必需的列：身份证号（applicant.idNumber）、姓名（applicant.name）"),
            "IdNumberTwice" => (Append(TwoApplications(), "身份证号码", AnApplication.IdNumber),
                "表头中“身份证号”（H列）和“身份证号码”（AH列）是同一项，请只保留一列"),
            "YearInChineseAndEnglish" => (Append(TwoApplications(), "applicationYear", "2024"),
                "表头中“申报年度”（B列）和“applicationYear”（AH列）是同一项，请只保留一列"),
            "OnlyOptionalColumns" => ([["编号", "备注"], ["A-0001", "加急"]],
                "前2行中没有找到表头；表头应使用模板中的中文列名（如“申报年度”“姓名”“身份证号”）"),
            "ThreeColumnsOfEight" => ([["编号", "姓名", "申报年度", "备注"], ["A-0001", "王建国", "2024", "加急"]],
                AllRequired.Replace("申报年度（applicationYear）、", "").Replace("姓名（applicant.name）、", "")),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        var file = Write(format, rows);
        var decided = 0;

        var ex = Should.Throw<InputFileException>(() =>
        {
            using var stream = File.OpenRead(file);
            foreach (var row in ApplicationFile.Read(stream, ApplicationFile.FormatOf(file)))
            {
                Checker.Service.Check(row);
                decided++;
            }
        }, @case);

        ex.Message.ShouldBe(message, @case);
        decided.ShouldBe(0, @case);
    }

    [Theory]
    [InlineData("Alias", "身份证号", "身份证号码")]
    [InlineData("OtherAlias", "身份证号", "公民身份号码")]
    [InlineData("EnglishPath", "身份证号", "applicant.idNumber")]
    [InlineData("EnglishPathInCapitals", "身份证号", "APPLICANT.IDNUMBER")]
    [InlineData("RequiredMark", "身份证号", "*身份证号")]
    [InlineData("FullWidthColon", "身份证号", "身份证号：")]
    [InlineData("ColonAndMark", "身份证号", "*身份证号:")]
    [InlineData("Spaces", "身份证号", "  身份证号  ")]
    [InlineData("RouteAlias", "申报类型", "申报方式")]
    [InlineData("InServiceAlias", "在职在岗", "是否在职在岗")]
    [InlineData("WorkStartAlias", "参加工作时间", "参加工作日期")]
    [InlineData("DeadlineAlias", "材料截止日", "申报材料收审截止日")]
    [InlineData("ObtainedOnAlias", "现级别取得时间", "现职称取得时间")]
    [InlineData("EducationAlias", "学历", "学历学位")]
    public void HeaderWrittenAnotherWay_IsRecognised_AndErrorsNameItAsWritten(string @case, string header, string writtenAs)
    {
        var rows = TwoApplications();
        var column = Array.IndexOf(rows[0], header);
        rows[0][column] = writtenAs;
        rows.Set(2, writtenAs, "？");
        var file = _files.Csv("a.csv", rows);

        var outcomes = Checker.File(file);

        outcomes[0].Outcome.Decision.ShouldNotBeNull(@case);
        var error = outcomes[1].Outcome.Errors.ShouldHaveSingleItem(@case);
        error.Column.ShouldBe(ColumnMap.Letter(column), @case);
        error.Header.ShouldBe(writtenAs.Trim(), @case);
    }

    [Fact]
    public void HeaderAfterBlankRows_IsStillTheHeader_AndRowsKeepTheirSheetNumbers()
    {
        List<string?[]> rows = [[null, null], [null, null], .. TwoApplications()];
        var file = _files.Xlsx("a.xlsx", rows);

        Checker.File(file).Select(r => (r.Outcome.Decision?.Id, r.Row.Row)).ShouldBe([("A-0001", 4), ("A-0002", 5)]);
    }

    [Fact]
    public void ColumnsInAnyOrder_AreMatchedByHeader()
    {
        var rows = TwoApplications();
        var reversed = rows.Select(r => r.Reverse().ToArray()).ToList();
        reversed.Set(2, "身份证号", "140802198803120212");
        var file = _files.Csv("a.csv", reversed);

        var outcomes = Checker.File(file);

        outcomes[0].Outcome.Decision.ShouldNotBeNull();
        var error = outcomes[1].Outcome.Errors.ShouldHaveSingleItem();
        (error.Column, error.Header).ShouldBe(("Z", "身份证号"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Letter_CountsLikeExcel(int cell, string letter) => ColumnMap.Letter(cell).ShouldBe(letter);

    [Theory]
    [InlineData("ListItemField", "applicant.assessments[2].grade", "X", "年度考核")]
    [InlineData("ListItem", "applicant.education[0]", "V", "学历")]
    [InlineData("Field", "applicant.idNumber", "H", "身份证号")]
    [InlineData("WholeObjectNamesItsFirstColumn", "applicant.currentTitle", "Q", "现职称系列")]
    [InlineData("WholeApplicantNamesItsFirstColumn", "applicant", "H", "身份证号")]
    [InlineData("RequirementWithItsColumn", "requirements.minEducation", "AC", "最低学历要求")]
    public void Locate_NamesTheColumnAPathLivesIn(string @case, string path, string column, string header)
    {
        var map = ColumnMap.FromHeader(ApplicationSheet.Headers);

        var located = map.Locate([new InputError(path, "错")]).ShouldHaveSingleItem(@case);

        (located.Column, located.Header).ShouldBe((column, header), @case);
    }

    [Theory]
    [InlineData("ColumnNotInTheFile", "requirements.tenureYears")]
    [InlineData("WholeRow", "$")]
    [InlineData("PathThatOnlyStartsLikeAColumn", "applicant.nameInPinyin")]
    public void Locate_LeavesAPathWithoutAColumnUnnamed(string @case, string path)
    {
        var map = ColumnMap.FromHeader([.. ApplicationSheet.Headers.Where(h => h != "任职年限要求")]);

        var located = map.Locate([new InputError(path, "错")]).ShouldHaveSingleItem(@case);

        located.Column.ShouldBeNull(@case);
        located.Header.ShouldBeNull(@case);
    }

    [Fact]
    public void Locate_KeepsAColumnAlreadyNamed()
    {
        var map = ColumnMap.FromHeader(ApplicationSheet.Headers);
        var error = new InputError("applicant.idNumber", "错") { Column = "AZ", Header = "别处" };

        map.Locate([error]).ShouldHaveSingleItem().ShouldBe(error);
    }

    private static List<string?[]> Append(List<string?[]> rows, string header, string value) =>
        [.. rows.Select((r, i) => (string?[])[.. r, i == 0 ? header : value])];

    public void Dispose() => _files.Dispose();
}
