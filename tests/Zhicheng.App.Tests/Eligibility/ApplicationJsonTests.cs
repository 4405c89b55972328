using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// One application object from JSON: values of the wrong JSON type and missing objects are named by path,
/// in a JSON array and in JSON Lines alike, and the other rows of the file are still decided.
/// </summary>
public sealed class ApplicationJsonTests : IDisposable
{
    private readonly InputFiles _files = new();

    private static readonly (string Case, string Edit, string Path, string Message)[] Cases =
    [
        // Wrong JSON types.
        ("YearAsWords", "applicationYear=\"二〇二四\"", "applicationYear", "类型不正确，应为整数"),
        ("YearWithFraction", "applicationYear=2024.5", "applicationYear", "类型不正确，应为整数"),
        ("YearAsBoolean", "applicationYear=true", "applicationYear", "类型不正确，应为整数"),
        ("YearAsArray", "applicationYear=[2024]", "applicationYear", "类型不正确，应为整数"),
        ("RouteAsObject", "route={\"code\":\"promotion\"}", "route", "类型不正确，应为字符串"),
        ("DeadlineAsNumber", "materialDeadline=20240930", "materialDeadline", "类型不正确，应为字符串"),
        ("IdNumberAsNumber", "applicant.idNumber=140802198803120211", "applicant.idNumber", "类型不正确，应为字符串"),
        ("NameAsObject", "applicant.name={\"surname\":\"王\"}", "applicant.name", "类型不正确，应为字符串"),
        ("InServiceAsText", "applicant.inService=\"是\"", "applicant.inService", "类型不正确，应为true 或 false"),
        ("InServiceAsNumber", "applicant.inService=1", "applicant.inService", "类型不正确，应为true 或 false"),
        ("FullTimeAsText", "applicant.education[0].fullTime=\"全日制\"", "applicant.education[0].fullTime", "类型不正确，应为true 或 false"),
        ("TargetAsText", "target=\"工程 电气工程 副高级\"", "target", "类型不正确，应为对象 { … }"),
        ("ApplicantAsArray", "applicant=[]", "applicant", "类型不正确，应为对象 { … }"),
        ("CurrentTitleAsText", "applicant.currentTitle=\"中级\"", "applicant.currentTitle", "类型不正确，应为对象 { … }"),
        ("CurrentPostAsNumber", "applicant.currentPost=1", "applicant.currentPost", "类型不正确，应为对象 { … }"),
        ("RequirementsAsNumber", "requirements=5", "requirements", "类型不正确，应为对象 { … }"),
        ("AssessmentsAsObject", "applicant.assessments={\"2023\":\"qualified\"}", "applicant.assessments", "类型不正确，应为数组 [ … ]"),
        ("EducationAsText", "applicant.education=\"本科\"", "applicant.education", "类型不正确，应为数组 [ … ]"),
        ("OtherApplicationsAsText", "otherApplicationsThisYear=\"无\"", "otherApplicationsThisYear", "类型不正确，应为数组 [ … ]"),
        ("AssessmentItemAsText", "applicant.assessments[1]=\"2020|合格\"", "applicant.assessments[1]", "类型不正确，应为对象 { … }"),
        ("AchievementItemAsNumber", "applicant.achievements[0]=1", "applicant.achievements[0]", "类型不正确，应为对象 { … }"),
        ("AssessmentYearAsWords", "applicant.assessments[0].year=\"2019年\"", "applicant.assessments[0].year", "类型不正确，应为整数"),
        ("GradeAsNumber", "applicant.assessments[3].grade=1", "applicant.assessments[3].grade", "类型不正确，应为字符串"),
        ("TenureRequirementAsWords", "requirements={\"tenureYears\":\"五\"}", "requirements.tenureYears", "类型不正确，应为整数"),

        // Objects and list items that are missing altogether.
        ("TargetMissing", "target=", "target", "缺少系列、专业和级别"),
        ("TargetNull", "target=null", "target", "缺少系列、专业和级别"),
        ("ApplicantMissing", "applicant=", "applicant", "缺少申报人信息（applicant）"),
        ("AssessmentYearMissing", "applicant.assessments[1].year=", "applicant.assessments[1].year", "缺少年度"),
        ("NullAssessment", "applicant.assessments[1]=null", "applicant.assessments[1]", "不能为空"),
        ("NullEducation", "applicant.education[0]=null", "applicant.education[0]", "不能为空"),
        ("NullAchievement", "applicant.achievements[1]=null", "applicant.achievements[1]", "不能为空"),
        ("NullIntegrityRecord", "applicant.integrity=[null]", "applicant.integrity[0]", "不能为空"),
        ("NullOtherApplication", "otherApplicationsThisYear=[null]", "otherApplicationsThisYear[0]", "不能为空"),
        ("OtherApplicationWithoutSeries", "otherApplicationsThisYear=[{\"specialty\":\"人力资源\",\"level\":\"intermediate\"}]", "otherApplicationsThisYear[0].series", "缺少系列"),
    ];

    public static TheoryData<string, string, string, string, string> InBothJsonFormats()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var format in new[] { "json", "jsonl" })
        {
            foreach (var (@case, edit, path, message) in Cases)
            {
                data.Add(format, @case, edit, path, message);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InBothJsonFormats))]
    public void BadJsonValue_RejectsItsRowAtThePath_AndDecidesTheOthers(string format, string @case, string edit, string path, string message)
    {
        JsonNode[] applications =
        [
            AnApplication.Promotion("A-0001").ToJson(),
            JsonEdit.Apply(AnApplication.Promotion("A-0002").ToJson(), edit),
            AnApplication.Promotion("A-0003").ToJson(),
        ];
        var file = format == "json" ? _files.JsonArray("a.json", applications) : _files.JsonLines("a.jsonl", applications);

        var rows = Checker.File(file);

        rows.Select(r => r.Outcome.Decision?.Id).ShouldBe(["A-0001", null, "A-0003"], @case);
        rows[1].Outcome.Id.ShouldBe("A-0002", @case);
        var error = rows[1].Outcome.Errors.ShouldHaveSingleItem(@case);
        error.Path.ShouldBe(path, @case);
        error.Message.ShouldBe(message, @case);
    }

    [Fact]
    public void UnknownFields_AtEveryLevel_AreIgnored()
    {
        var json = JsonEdit.Apply(AnApplication.Promotion().ToJson(),
            "remarks=\"加急\" & applicant.phone=\"13800000000\" & target.committee={\"name\":\"运城市\"} & " +
            "applicant.assessments[0].comment=\"良好\" & applicant.currentTitle.certificate=[1,2]");

        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));

        parsed.Errors.ShouldBeEmpty();
        Checker.Check(parsed.Input!).Decision.ShouldNotBeNull();
    }

    [Fact]
    public void PropertyNames_IgnoreCase()
    {
        var json = AnApplication.Promotion().ToJson().ToJsonString()
            .Replace("\"applicationYear\"", "\"ApplicationYear\"", StringComparison.Ordinal)
            .Replace("\"idNumber\"", "\"IDNUMBER\"", StringComparison.Ordinal);

        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.Input.ShouldNotBeNull().ApplicationYear.ShouldBe(2024);
        parsed.Input.Applicant!.IdNumber.ShouldBe(AnApplication.IdNumber);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var json = """
            { // 申报
              "id": "A-0001", /* 编号 */
              "applicationYear": 2024,
            }
            """;

        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.Errors.ShouldBeEmpty();
        parsed.Input!.ApplicationYear.ShouldBe(2024);
    }

    [Fact]
    public void WrongType_EchoesTheIdOfTheRow()
    {
        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes("""{"id":"A-0009","applicationYear":"二〇二四"}"""));

        parsed.Input.ShouldBeNull();
        parsed.Id.ShouldBe("A-0009");
        parsed.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("applicationYear", "类型不正确，应为整数"));
    }

    [Fact]
    public void WrongType_InAnElement_EchoesTheIdOfTheRow()
    {
        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes("""{"applicant":{"name":["王"]},"id":"A-0010"}"""));

        parsed.Id.ShouldBe("A-0010");
        parsed.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("applicant.name", "类型不正确，应为字符串"));
    }

    [Fact]
    public void BrokenJson_SaysWhereItBroke_AndEchoesTheIdReadBeforeIt()
    {
        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes("""{"id":"A-0011","applicationYear":2024,"route":"""));

        parsed.Input.ShouldBeNull();
        parsed.Id.ShouldBe("A-0011");
        parsed.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("$", "JSON 语法错误（第1行第47个字节附近）"));
    }

    [Theory]
    [InlineData("Null", "null")]
    [InlineData("Number", "42")]
    [InlineData("Text", "\"A-0001\"")]
    [InlineData("Array", "[{\"id\":\"A-0001\"}]")]
    [InlineData("Boolean", "true")]
    public void NotAnObject_IsOneErrorForTheWholeRow(string @case, string json)
    {
        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.Input.ShouldBeNull(@case);
        parsed.Errors.ShouldHaveSingleItem(@case).ShouldBe(new InputError("$", "每一项申报应为 JSON 对象 { … }"), @case);
    }

    [Theory]
    [InlineData("$.applicant.assessments[2].grade", "applicant.assessments[2].grade")]
    [InlineData("$.applicationYear", "applicationYear")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void ContractPath_DropsTheRoot(string? jsonPath, string expected) =>
        ApplicationJson.ContractPath(jsonPath).ShouldBe(expected);

    public void Dispose() => _files.Dispose();
}
