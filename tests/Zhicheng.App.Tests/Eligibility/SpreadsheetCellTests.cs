using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// Cells a clerk can get wrong in a spreadsheet (CSV or XLSX): the row is rejected with the field's JSON
/// path, the column letter and its header, and the other rows of the sheet are decided.
/// </summary>
public sealed class SpreadsheetCellTests : IDisposable
{
    private readonly InputFiles _files = new();

    private static readonly (string Case, string Header, string Cell, string Path, string Message, string Column)[] Cases =
    [
        ("YearInWords", "申报年度", "二〇二四", "applicationYear", "应为整数，实际为“二〇二四”", "B"),
        ("YearWithFraction", "申报年度", "2024.5", "applicationYear", "应为整数，实际为“2024.5”", "B"),
        ("InServiceNeitherYesNorNo", "在职在岗", "不详", "applicant.inService", "应为“是”或“否”，实际为“不详”", "J"),
        ("TenureRequirementInWords", "任职年限要求", "五年", "requirements.tenureYears", "应为整数，实际为“五年”", "AA"),
        ("AssessmentWithoutYear", "年度考核", "2019|合格；优秀", "applicant.assessments[1]", "第2项“优秀”应写作“年度|等次”", "X"),
        ("AssessmentYearInWords", "年度考核", "二〇一九|合格", "applicant.assessments[0]", "第1项“二〇一九|合格”应写作“年度|等次”", "X"),
        ("AssessmentWithExtraField", "年度考核", "2019|合格|良好", "applicant.assessments[0]", "第1项“2019|合格|良好”应写作“年度|等次”", "X"),
        ("EducationUnknownStudyMode", "学历", "本科|白天|2010-06-30", "applicant.education[0]", "第1项“本科|白天|2010-06-30”应写作“学历|全日制或非全日制|取得日期”", "V"),
        ("EducationDegreeOnly", "学历", "本科", "applicant.education[0]", "第1项“本科”应写作“学历|全日制或非全日制|取得日期”", "V"),
        ("AchievementWithoutDate", "业绩成果", "变电站改造；配电规程|2023-08-01", "applicant.achievements[0]", "第1项“变电站改造”应写作“名称|取得日期”", "W"),
        ("IntegrityWithoutDate", "诚信记录", "弄虚作假", "applicant.integrity[0]", "第1项“弄虚作假”应写作“类别|记入日期”", "Y"),
        ("OtherApplicationWithoutSpecialty", "本年度其他申报", "经济|副高级", "otherApplicationsThisYear[0]", "第1项“经济|副高级”应写作“系列|专业|级别”", "Z"),
        ("ImpossibleDateTyped", "材料截止日", "2019-02-30", "materialDeadline", "日期不存在：2019-02-30", "C"),
        ("ImpossibleDateInAList", "学历", "本科|全日制|2010-02-30", "applicant.education[0].obtainedOn", "日期不存在：2010-02-30", "V"),
        ("DuplicateYearInAList", "年度考核", "2022年度|合格；2023|优秀；2022|优秀", "applicant.assessments[2].year", "2022年度考核重复（与 applicant.assessments[0] 重复）", "X"),
    ];

    public static TheoryData<string, string, string, string, string, string, string> InBothSpreadsheetFormats()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            foreach (var (@case, header, cell, path, message, column) in Cases)
            {
                data.Add(format, @case, header, cell, path, message, column);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InBothSpreadsheetFormats))]
    public void BadCell_RejectsItsRowAtThePathAndColumn_AndDecidesTheOthers(
        string format, string @case, string header, string cell, string path, string message, string column)
    {
        var rows = ApplicationSheet.Rows(
            AnApplication.Promotion("A-0001").Build(), AnApplication.Promotion("A-0002").Build(), AnApplication.Promotion("A-0003").Build());
        rows.Set(2, header, cell);
        var file = format == "csv" ? _files.Csv("a.csv", rows) : _files.Xlsx("a.xlsx", rows);

        var outcomes = Checker.File(file);

        outcomes.Select(o => o.Outcome.Decision?.Id).ShouldBe(["A-0001", null, "A-0003"], @case);
        outcomes[1].Outcome.Id.ShouldBe("A-0002", @case);
        outcomes[1].Row.Row.ShouldBe(3, @case);
        var error = outcomes[1].Outcome.Errors.ShouldHaveSingleItem(@case);
        error.Path.ShouldBe(path, @case);
        error.Message.ShouldBe(message, @case);
        error.Column.ShouldBe(column, @case);
        error.Header.ShouldBe(header, @case);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void SeveralBadCells_AreAllNamed_InColumnOrder(string format)
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build())
            .Set(1, "申报年度", "今年")
            .Set(1, "在职在岗", "不详")
            .Set(1, "年度考核", "2019|合格；2020；2021；2022|合格");
        var file = format == "csv" ? _files.Csv("a.csv", rows) : _files.Xlsx("a.xlsx", rows);

        var errors = Checker.File(file).ShouldHaveSingleItem().Outcome.Errors;

        errors.Select(e => (e.Column, e.Path, e.Message)).ShouldBe(
        [
            ("B", "applicationYear", "应为整数，实际为“今年”"),
            ("J", "applicant.inService", "应为“是”或“否”，实际为“不详”"),
            ("X", "applicant.assessments[1]", "第2项“2020”应写作“年度|等次”"),
            ("X", "applicant.assessments[2]", "第3项“2021”应写作“年度|等次”"),
        ]);
    }

    public void Dispose() => _files.Dispose();
}
