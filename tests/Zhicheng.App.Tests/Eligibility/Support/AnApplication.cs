using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>
/// Builds application inputs for tests: a valid, eligible promotion (modelled on sample A-0001) or a valid
/// initial determination, changed only where a test says so.
/// </summary>
internal sealed class AnApplication
{
    /// <summary>Valid identity numbers (GB 11643 check characters verified).</summary>
    public const string IdNumber = "140802198803120211", OtherIdNumber = "142701199001011237", IdNumberEndingInX = "11010519491231002X";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly Func<ApplicationInput> _start;
    private readonly List<Action<ApplicationInput>> _changes = [];

    private AnApplication(Func<ApplicationInput> start) => _start = start;

    /// <summary>晋升 to 工程 电气工程 副高级 with five qualified years at 中级: eligible.</summary>
    public static AnApplication Promotion(string id = "A-0001") => new(() => new ApplicationInput
    {
        Id = id,
        ApplicationYear = 2024,
        MaterialDeadline = "2024-09-30",
        Route = "promotion",
        Target = new TitleInput { Series = "工程", Specialty = "电气工程", Level = "associate_senior" },
        Applicant = new ApplicantInput
        {
            IdNumber = IdNumber,
            Name = "王建国",
            InService = true,
            EmploymentType = "state_owned_enterprise",
            Channel = "employer",
            WorkStartDate = "2010-07-01",
            CurrentPost = new PostInput { Series = "工程", Specialty = "电气工程", Since = "2010-07-01" },
            CurrentTitle = new TitleInput { Series = "工程", Specialty = "电气工程", Level = "intermediate", ObtainedOn = "2019-06-30" },
            Education = [new EducationInput { Degree = "bachelor", FullTime = true, ObtainedOn = "2010-06-30" }],
            Achievements =
            [
                new AchievementInput { Title = "运城220kV变电站继电保护改造", ObtainedOn = "2021-12-15" },
                new AchievementInput { Title = "配电自动化终端运维规程", ObtainedOn = "2023-08-01" },
            ],
            Assessments = [.. Enumerable.Range(2019, 5).Select(y => new AssessmentInput { Year = y, Grade = "qualified" })],
        },
    });

    /// <summary>初定 of 助理级 for a full-time bachelor one year after graduation: eligible.</summary>
    public static AnApplication Initial(string id = "A-0101") => new(() => new ApplicationInput
    {
        Id = id,
        ApplicationYear = 2024,
        Route = "initial",
        DeterminedOn = "2024-09-01",
        Target = new TitleInput { Series = "工程", Specialty = "计算机应用", Level = "assistant" },
        Applicant = new ApplicantInput
        {
            IdNumber = OtherIdNumber,
            Name = "赵敏",
            InService = true,
            EmploymentType = "state_owned_enterprise",
            Channel = "employer",
            WorkStartDate = "2023-07-01",
            Education = [new EducationInput { Degree = "bachelor", FullTime = true, ObtainedOn = "2023-06-30" }],
        },
    });

    public AnApplication With(Action<ApplicationInput> change)
    {
        _changes.Add(change);
        return this;
    }

    public AnApplication WithApplicant(Action<ApplicantInput> change) => With(a => change(a.Applicant!));

    public AnApplication WithId(string? id) => With(a => a.Id = id);

    public AnApplication WithRoute(string route) => With(a => a.Route = route);

    public AnApplication WithTarget(string series, string specialty, string level) =>
        With(a => a.Target = new TitleInput { Series = series, Specialty = specialty, Level = level });

    public AnApplication WithAssessments(params (int? Year, string? Grade)[] items) =>
        WithApplicant(a => a.Assessments = [.. items.Select(i => new AssessmentInput { Year = i.Year, Grade = i.Grade })]);

    public AnApplication WithRequirements(Action<RequirementsInput> change) => With(a => change(a.Requirements ??= new RequirementsInput()));

    public ApplicationInput Build()
    {
        var input = _start();
        foreach (var change in _changes)
        {
            change(input);
        }
        return input;
    }

    /// <summary>The contract's JSON: camelCase, absent fields left out.</summary>
    public JsonObject ToJson() => ToJson(Build());

    public static JsonObject ToJson(ApplicationInput input) => JsonSerializer.SerializeToNode(input, JsonOptions)!.AsObject();

    /// <summary>Reads contract JSON back into an input (for writing the same application as a spreadsheet row).</summary>
    public static ApplicationInput FromJson(JsonObject json) => json.Deserialize<ApplicationInput>(JsonOptions)!;

    public static string Text(JsonNode? json) => json?.ToJsonString(JsonOptions) ?? "null";
}
