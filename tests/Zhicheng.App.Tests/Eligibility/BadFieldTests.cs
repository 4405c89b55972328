using System.Text.Json.Nodes;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// Every kind of bad field the contract names, in every input format: the row is rejected with one error
/// at the field's JSON path (and, in a spreadsheet, the column letter and header), and the rows around
/// it in the same file are still decided.
/// </summary>
public sealed class BadFieldTests : IDisposable
{
    private readonly InputFiles _files = new();

    private static readonly (string Case, string Edit, string Path, string Message, string Column, string Header)[] Cases =
    [
        // Missing required fields, each one.
        ("MissingApplicationYear", "applicationYear=", "applicationYear", "缺少年度", "B", "申报年度"),
        ("MissingMaterialDeadline", "materialDeadline=", "materialDeadline", "缺少申报材料收审截止日（materialDeadline）", "C", "材料截止日"),
        ("MissingRoute", "route=", "route", Options.Missing(Options.Route), "D", "申报类型"),
        ("MissingTargetSeries", "target.series=", "target.series", "缺少系列", "E", "申报系列"),
        ("MissingTargetSpecialty", "target.specialty=", "target.specialty", "缺少专业", "F", "申报专业"),
        ("MissingTargetLevel", "target.level=", "target.level", Options.Missing(Options.Level), "G", "申报级别"),
        ("MissingIdNumber", "applicant.idNumber=", "applicant.idNumber", "缺少身份证号码", "H", "身份证号"),
        ("MissingName", "applicant.name=", "applicant.name", "缺少姓名", "I", "姓名"),
        ("BlankName", "applicant.name=\"   \"", "applicant.name", "缺少姓名", "I", "姓名"),
        ("MissingInService", "applicant.inService=", "applicant.inService", "缺少是否在职在岗（inService）", "J", "在职在岗"),
        ("MissingEmploymentType", "applicant.employmentType=", "applicant.employmentType", Options.Missing(Options.EmploymentType), "K", "单位性质"),
        ("MissingChannel", "applicant.channel=", "applicant.channel", Options.Missing(Options.Channel), "L", "报送渠道"),
        ("MissingWorkStartDate", "applicant.workStartDate=", "applicant.workStartDate", "缺少日期", "M", "参加工作时间"),
        ("MissingCurrentPost", "applicant.currentPost=", "applicant.currentPost", "缺少现岗位信息（currentPost）", "N", "现岗位系列"),
        ("MissingPostSeries", "applicant.currentPost.series=", "applicant.currentPost.series", "缺少现岗位系列", "N", "现岗位系列"),
        ("MissingPostSpecialty", "applicant.currentPost.specialty=", "applicant.currentPost.specialty", "缺少现岗位专业", "O", "现岗位专业"),
        ("MissingPostSince", "applicant.currentPost.since=", "applicant.currentPost.since", "缺少日期", "P", "现岗位起始日"),
        ("MissingCurrentTitle", "applicant.currentTitle=", "applicant.currentTitle", "晋升、破格和转评须填写现职称（currentTitle）", "Q", "现职称系列"),
        ("MissingTitleSeries", "applicant.currentTitle.series=", "applicant.currentTitle.series", "缺少系列", "Q", "现职称系列"),
        ("MissingTitleSpecialty", "applicant.currentTitle.specialty=", "applicant.currentTitle.specialty", "缺少专业", "R", "现职称专业"),
        ("MissingTitleLevel", "applicant.currentTitle.level=", "applicant.currentTitle.level", Options.Missing(Options.Level), "S", "现职称级别"),
        ("MissingTitleObtainedOn", "applicant.currentTitle.obtainedOn=", "applicant.currentTitle.obtainedOn", "缺少日期", "T", "现级别取得时间"),
        ("MissingDeterminedOnForInitial", "route=\"initial\" & determinedOn=", "determinedOn", "初定须填写初定日期（determinedOn）", "AG", "初定日期"),
        ("MissingEducationDegree", "applicant.education[0].degree=", "applicant.education[0].degree", Options.Missing(Options.Degree), "V", "学历"),
        ("MissingEducationDate", "applicant.education[0].obtainedOn=", "applicant.education[0].obtainedOn", "缺少日期", "V", "学历"),
        ("MissingAchievementTitle", "applicant.achievements[0].title=", "applicant.achievements[0].title", "缺少业绩成果名称", "W", "业绩成果"),
        ("MissingAchievementDate", "applicant.achievements[1].obtainedOn=", "applicant.achievements[1].obtainedOn", "缺少日期", "W", "业绩成果"),
        ("MissingAssessmentGrade", "applicant.assessments[4].grade=", "applicant.assessments[4].grade", Options.Missing(Options.Grade), "X", "年度考核"),
        ("MissingIntegrityKind", "applicant.integrity=[{\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity[0].kind", Options.Missing(Options.IntegrityKind), "Y", "诚信记录"),
        ("MissingIntegrityDate", "applicant.integrity=[{\"kind\":\"falsification\"}]", "applicant.integrity[0].decidedOn", "缺少日期", "Y", "诚信记录"),
        ("MissingOtherApplicationLevel", "otherApplicationsThisYear=[{\"series\":\"经济\",\"specialty\":\"人力资源\"}]", "otherApplicationsThisYear[0].level", Options.Missing(Options.Level), "Z", "本年度其他申报"),

        // Dates that do not exist, and dates not written YYYY-MM-DD.
        ("ImpossibleDeadline", "materialDeadline=\"2019-02-30\"", "materialDeadline", "日期不存在：2019-02-30", "C", "材料截止日"),
        ("LeapDayInCommonYear", "applicant.currentTitle.obtainedOn=\"2019-02-29\"", "applicant.currentTitle.obtainedOn", "日期不存在：2019-02-29", "T", "现级别取得时间"),
        ("ThirteenthMonth", "applicant.workStartDate=\"2010-13-01\"", "applicant.workStartDate", "日期不存在：2010-13-01", "M", "参加工作时间"),
        ("ThirtyFirstOfJune", "applicant.education[0].obtainedOn=\"2010-06-31\"", "applicant.education[0].obtainedOn", "日期不存在：2010-06-31", "V", "学历"),
        ("DayZero", "applicant.currentPost.since=\"2010-07-00\"", "applicant.currentPost.since", "日期不存在：2010-07-00", "P", "现岗位起始日"),
        ("DateInWords", "materialDeadline=\"九月底\"", "materialDeadline", "日期格式应为 YYYY-MM-DD，实际为“九月底”", "C", "材料截止日"),
        ("DateDayFirst", "applicant.achievements[0].obtainedOn=\"15.12.2021\"", "applicant.achievements[0].obtainedOn", "日期格式应为 YYYY-MM-DD，实际为“15.12.2021”", "W", "业绩成果"),
        ("DateWithTime", "applicant.workStartDate=\"2010-07-01T08:00:00\"", "applicant.workStartDate", "日期格式应为 YYYY-MM-DD，实际为“2010-07-01T08:00:00”", "M", "参加工作时间"),

        // Unknown enumeration values, each enumeration.
        ("UnknownRoute", "route=\"调任\"", "route", Options.Unknown("调任", Options.Route), "D", "申报类型"),
        ("UnknownTargetLevel", "target.level=\"高级\"", "target.level", Options.Unknown("高级", Options.Level), "G", "申报级别"),
        ("UnknownEmploymentType", "applicant.employmentType=\"社会团体\"", "applicant.employmentType", Options.Unknown("社会团体", Options.EmploymentType), "K", "单位性质"),
        ("UnknownChannel", "applicant.channel=\"本人\"", "applicant.channel", Options.Unknown("本人", Options.Channel), "L", "报送渠道"),
        ("UnknownCurrentTitleLevel", "applicant.currentTitle.level=\"初级\"", "applicant.currentTitle.level", Options.Unknown("初级", Options.Level), "S", "现职称级别"),
        ("UnknownDegree", "applicant.education[0].degree=\"高中\"", "applicant.education[0].degree", Options.Unknown("高中", Options.Degree), "V", "学历"),
        ("UnknownGrade", "applicant.assessments[2].grade=\"良好\"", "applicant.assessments[2].grade", Options.Unknown("良好", Options.Grade), "X", "年度考核"),
        ("UnknownIntegrityKind", "applicant.integrity=[{\"kind\":\"迟到\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity[0].kind", Options.Unknown("迟到", Options.IntegrityKind), "Y", "诚信记录"),
        ("UnknownOtherApplicationLevel", "otherApplicationsThisYear=[{\"series\":\"经济\",\"specialty\":\"人力资源\",\"level\":\"特级\"}]", "otherApplicationsThisYear[0].level", Options.Unknown("特级", Options.Level), "Z", "本年度其他申报"),
        ("UnknownMinEducation", "requirements={\"minEducation\":\"研究生\"}", "requirements.minEducation", Options.Unknown("研究生", Options.Degree), "AC", "最低学历要求"),

        // Identity numbers that do not verify.
        ("IdWrongCheckDigit", "applicant.idNumber=\"140802198803120212\"", "applicant.idNumber", "身份证号码校验位错误", "H", "身份证号"),
        ("IdSeventeenCharacters", "applicant.idNumber=\"14080219880312021\"", "applicant.idNumber", "身份证号码应为18位，实际为17位", "H", "身份证号"),
        ("IdNineteenCharacters", "applicant.idNumber=\"1408021988031202110\"", "applicant.idNumber", "身份证号码应为18位，实际为19位", "H", "身份证号"),
        ("IdFifteenDigits", "applicant.idNumber=\"140802880312021\"", "applicant.idNumber", "15位旧身份证号码不再受理，请填写18位号码", "H", "身份证号"),
        ("IdLetterAmongDigits", "applicant.idNumber=\"14080219880312O211\"", "applicant.idNumber", "身份证号码第15位应为数字", "H", "身份证号"),
        ("IdCheckCharacterNotX", "applicant.idNumber=\"14080219880312021Y\"", "applicant.idNumber", "身份证号码第18位应为数字或X", "H", "身份证号"),
        ("IdUnknownProvince", "applicant.idNumber=\"99080219880312021X\"", "applicant.idNumber", "身份证号码前两位不是有效的省级行政区划代码", "H", "身份证号"),
        ("IdImpossibleBirthDate", "applicant.idNumber=\"140802198802300210\"", "applicant.idNumber", "身份证号码中的出生日期无效", "H", "身份证号"),

        // Two assessments for one year; a transfer dated before its level was obtained.
        ("TwoAssessmentsForOneYear", "applicant.assessments[4].year=2022", "applicant.assessments[4].year", "2022年度考核重复（与 applicant.assessments[3] 重复）", "X", "年度考核"),
        ("TransferredBeforeObtained", "applicant.currentTitle.transferredOn=\"2019-06-29\"", "applicant.currentTitle.transferredOn", "转评日期（2019-06-29）不能早于该级别的取得日期（2019-06-30）", "U", "转评时间"),

        // Numbers that cannot be meant.
        ("ApplicationYearTooEarly", "applicationYear=1900", "applicationYear", "年度 1900 超出范围（1949—2100）", "B", "申报年度"),
        ("AssessmentYearMistyped", "applicant.assessments[0].year=20190", "applicant.assessments[0].year", "年度 20190 超出范围（1949—2100）", "X", "年度考核"),
        ("NegativeTenureRequirement", "requirements={\"tenureYears\":-1}", "requirements.tenureYears", "应为 0—60 之间的整数，实际为 -1", "AA", "任职年限要求"),
        ("TransferPostYearsTooLarge", "requirements={\"transferPostYears\":61}", "requirements.transferPostYears", "应为 0—60 之间的整数，实际为 61", "AF", "转评岗位年限要求"),

        // A series without a built-in standard must bring the requirements its route needs.
        ("SeriesWithoutStandardMissingMinEducation",
            "target={\"series\":\"经济\",\"specialty\":\"人力资源管理\",\"level\":\"intermediate\"} & requirements={\"tenureYears\":4,\"minAchievements\":1}",
            "requirements.minEducation", "没有经济系列人力资源管理专业中级的评价标准（目前只内置工程系列示例数据），请在 requirements.minEducation 中提供", "AC", "最低学历要求"),
    ];

    public static TheoryData<string, string, string, string, string, string, string> InEveryFormat()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var format in new[] { "json", "jsonl", "csv", "xlsx" })
        {
            foreach (var (@case, edit, path, message, column, header) in Cases)
            {
                data.Add(format, @case, edit, path, message, column, header);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InEveryFormat))]
    public void BadField_RejectsItsRowAtThePath_AndDecidesTheOthers(
        string format, string @case, string edit, string path, string message, string column, string header)
    {
        var bad = JsonEdit.Apply(AnApplication.Promotion("A-0002").ToJson(), edit);
        var file = Write(format, AnApplication.Promotion("A-0001").ToJson(), bad, AnApplication.Promotion("A-0003").ToJson());

        var rows = Checker.File(file);

        rows.Count.ShouldBe(3, @case);
        rows[0].Outcome.Decision.ShouldNotBeNull(@case).Id.ShouldBe("A-0001", @case);
        rows[2].Outcome.Decision.ShouldNotBeNull(@case).Id.ShouldBe("A-0003", @case);
        var rejected = rows[1];
        rejected.Outcome.Decision.ShouldBeNull(@case);
        rejected.Outcome.Id.ShouldBe("A-0002", @case);
        rejected.Row.Index.ShouldBe(1, @case);
        var error = rejected.Outcome.Errors.ShouldHaveSingleItem(@case);
        error.Path.ShouldBe(path, @case);
        error.Message.ShouldBe(message, @case);
        if (format is "csv" or "xlsx")
        {
            rejected.Row.Row.ShouldBe(3, @case);
            error.Column.ShouldBe(column, @case);
            error.Header.ShouldBe(header, @case);
        }
        else
        {
            error.Column.ShouldBeNull(@case);
            error.Header.ShouldBeNull(@case);
        }
    }

    private string Write(string format, params JsonObject[] applications) => format switch
    {
        "json" => _files.JsonArray("applications.json", applications),
        "jsonl" => _files.JsonLines("applications.jsonl", applications),
        "csv" => _files.Csv("applications.csv", ApplicationSheet.Rows([.. applications.Select(AnApplication.FromJson)])),
        "xlsx" => _files.Xlsx("applications.xlsx", ApplicationSheet.Rows([.. applications.Select(AnApplication.FromJson)])),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public void Dispose() => _files.Dispose();
}
