using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Web.Pages.Eligibility;

/// <summary>
/// The application form without JavaScript: a fixed number of rows per list, blank rows dropped before
/// checking, binding errors turned into the same JSON-path errors the API gives.
/// </summary>
public static class EligibilityForm
{
    public const int EducationRows = 3, AchievementRows = 5, AssessmentRows = 6, IntegrityRows = 2, OtherRows = 2;

    /// <summary>Blank rows added up to the form's row counts; the nested objects the form shows exist.</summary>
    public static ApplicationInput Pad(ApplicationInput input)
    {
        var applicant = input.Applicant ??= new ApplicantInput();
        input.Target ??= new TitleInput();
        applicant.CurrentPost ??= new PostInput();
        applicant.CurrentTitle ??= new TitleInput();
        input.Requirements ??= new RequirementsInput();
        applicant.Education = PadList(applicant.Education, EducationRows);
        applicant.Achievements = PadList(applicant.Achievements, AchievementRows);
        applicant.Assessments = PadList(applicant.Assessments, AssessmentRows);
        applicant.Integrity = PadList(applicant.Integrity, IntegrityRows);
        input.OtherApplicationsThisYear = PadList(input.OtherApplicationsThisYear, OtherRows);
        return input;
    }

    /// <summary>Drops blank rows and blank optional groups, so that an untouched row is not an error.</summary>
    public static ApplicationInput Compact(ApplicationInput input)
    {
        if (input.Applicant is { } a)
        {
            a.Education = a.Education?.Where(e => e is not null && (Filled(e.Degree) || Filled(e.ObtainedOn))).ToList();
            a.Achievements = a.Achievements?.Where(e => e is not null && (Filled(e.Title) || Filled(e.ObtainedOn))).ToList();
            a.Assessments = a.Assessments?.Where(e => e is not null && (e.Year is not null || Filled(e.Grade))).ToList();
            a.Integrity = a.Integrity?.Where(e => e is not null && (Filled(e.Kind) || Filled(e.DecidedOn))).ToList();
            if (a.CurrentPost is { } p && !Filled(p.Series) && !Filled(p.Specialty) && !Filled(p.Since))
            {
                a.CurrentPost = null;
            }
            if (a.CurrentTitle is { } t && !Filled(t.Series) && !Filled(t.Specialty) && !Filled(t.Level) && !Filled(t.ObtainedOn) && !Filled(t.TransferredOn))
            {
                a.CurrentTitle = null;
            }
        }
        input.OtherApplicationsThisYear = input.OtherApplicationsThisYear?
            .Where(e => e is not null && (Filled(e.Series) || Filled(e.Specialty) || Filled(e.Level))).ToList();
        if (input.Requirements is { TenureYears: null, ExceptionalTenureYears: null, MinAchievements: null, ExceptionalMinAchievements: null, TransferPostYears: null } r
            && !Filled(r.MinEducation))
        {
            input.Requirements = null;
        }
        return input;
    }

    /// <summary>Values the form could not bind (a year that is not a number), as JSON-path errors.</summary>
    public static IReadOnlyList<InputError> BindingErrors(ModelStateDictionary state, string prefix)
    {
        var errors = new List<InputError>();
        foreach (var (key, entry) in state)
        {
            if (entry.Errors.Count == 0 || !key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                continue;
            }
            errors.Add(new InputError(PathOf(key[(prefix.Length + 1)..]), $"无法识别“{entry.AttemptedValue}”，应为整数"));
        }
        return errors;
    }

    /// <summary><c>Applicant.Assessments[0].Year</c> → <c>applicant.assessments[0].year</c>.</summary>
    public static string PathOf(string modelKey) =>
        string.Join('.', modelKey.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>The form's field name for a JSON path: <c>applicant.idNumber</c> → <c>Input.Applicant.IdNumber</c>.</summary>
    public static string FieldName(string path) =>
        "Input." + string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The element id of a field: <c>applicant.assessments[2].grade</c> → <c>f-applicant-assessments-2-grade</c>.</summary>
    public static string FieldId(string path) =>
        "f-" + path.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '-');

    /// <summary>An example a user can start from (工程系列 副高级 promotion).</summary>
    public static ApplicationInput Example() => Pad(new ApplicationInput
    {
        Id = "示例-1",
        ApplicationYear = 2024,
        MaterialDeadline = "2024-09-30",
        Route = "promotion",
        Target = new() { Series = "工程", Specialty = "电气工程", Level = "associate_senior" },
        Applicant = new()
        {
            IdNumber = ExampleIdNumber,
            Name = "张伟",
            InService = true,
            EmploymentType = "public_institution",
            Channel = "employer",
            WorkStartDate = "2012-07-01",
            CurrentPost = new() { Series = "工程", Specialty = "电气工程", Since = "2012-07-01" },
            CurrentTitle = new() { Series = "工程", Specialty = "电气工程", Level = "intermediate", ObtainedOn = "2018-06-30" },
            Education = [new() { Degree = "bachelor", FullTime = true, ObtainedOn = "2012-06-30" }],
            Achievements =
            [
                new() { Title = "110kV变电站综合自动化改造项目", ObtainedOn = "2021-11-20" },
                new() { Title = "配电网故障快速定位方法（发明专利）", ObtainedOn = "2023-05-10" },
            ],
            Assessments = [.. Enumerable.Range(2019, 6).Select(y => new AssessmentInput { Year = y, Grade = y == 2021 ? "basically_qualified" : "qualified" })],
        },
    });

    /// <summary>A valid, clearly made-up identity number (area 140802, born 1990-01-01).</summary>
    public static readonly string ExampleIdNumber = "14080219900101003" + Domain.Identity.IdentityNumber.CheckCharacterFor("14080219900101003");

    private static List<T?> PadList<T>(List<T?>? list, int rows) where T : class, new()
    {
        list ??= [];
        while (list.Count < rows)
        {
            list.Add(new T());
        }
        for (var i = 0; i < list.Count; i++)
        {
            list[i] ??= new T();
        }
        return list;
    }

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
