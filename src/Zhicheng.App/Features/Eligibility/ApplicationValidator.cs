using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Turns an <see cref="ApplicationInput"/> into a domain <see cref="EligibilityApplication"/>, or lists every
/// field that is wrong by its JSON path. Per the contract, missing required fields, impossible dates,
/// unknown codes, identity numbers that do not verify, two assessments for one year and a transfer dated
/// before its level was obtained are errors; anything merely unusual is left for the checks to decide.
/// </summary>
public static class ApplicationValidator
{
    /// <summary>Requirement counts above this are typing mistakes.</summary>
    private const int MaxRequirement = 60;

    public static ValidationResult Validate(ApplicationInput input)
    {
        var v = new Collector();
        var year = v.Year(input.ApplicationYear, "applicationYear", required: true);
        var route = v.Code(Codes.Route, input.Route, "route", required: true);
        var initial = route == Route.Initial;
        var deadline = v.Date(input.MaterialDeadline, "materialDeadline", required: !initial && route is not null,
            missingMessage: "缺少申报材料收审截止日（materialDeadline）");
        var determinedOn = v.Date(input.DeterminedOn, "determinedOn", required: initial, missingMessage: "初定须填写初定日期（determinedOn）");
        var target = v.Title(input.Target, "target", required: true);
        var applicant = ValidateApplicant(v, input.Applicant, route);
        var others = v.List(input.OtherApplicationsThisYear, "otherApplicationsThisYear", (item, path) => v.Title(item, path, required: true));
        var overrides = ValidateRequirements(v, input.Requirements);

        if (v.Errors.Count > 0)
        {
            return new ValidationResult(null, null, v.Errors);
        }
        var application = new EligibilityApplication
        {
            Id = input.Id,
            Year = year!.Value,
            MaterialDeadline = deadline,
            Route = route!.Value,
            Target = target!,
            Applicant = applicant!,
            OtherApplicationsThisYear = others!,
            DeterminedOn = determinedOn,
        };
        return new ValidationResult(application, overrides, []);
    }

    private static Applicant? ValidateApplicant(Collector v, ApplicantInput? input, Route? route)
    {
        if (input is null)
        {
            v.Add("applicant", "缺少申报人信息（applicant）");
            return null;
        }
        IdentityNumber id = default;
        if (string.IsNullOrWhiteSpace(input.IdNumber))
        {
            v.Add("applicant.idNumber", "缺少身份证号码");
        }
        else if (!IdentityNumber.TryParse(input.IdNumber, out id, out var idError))
        {
            v.Add("applicant.idNumber", idError);
        }
        var name = v.Text(input.Name, "applicant.name", "缺少姓名");
        if (input.InService is null)
        {
            v.Add("applicant.inService", "缺少是否在职在岗（inService）");
        }
        var employment = v.Code(Codes.EmploymentType, input.EmploymentType, "applicant.employmentType", required: true);
        var channel = v.Code(Codes.Channel, input.Channel, "applicant.channel", required: true);
        var workStart = v.Date(input.WorkStartDate, "applicant.workStartDate", required: true);
        var notInitial = route is not null and not Route.Initial;
        var post = ValidatePost(v, input.CurrentPost, notInitial);
        var title = ValidateHeldTitle(v, input.CurrentTitle, notInitial);
        var education = v.List(input.Education, "applicant.education", (item, path) =>
        {
            var degree = v.Code(Codes.Degree, item.Degree, path.Field("degree"), required: true);
            var on = v.Date(item.ObtainedOn, path.Field("obtainedOn"), required: true);
            return degree is { } d && on is { } o ? new EducationRecord(d, item.FullTime ?? false, o) : null;
        });
        var achievements = v.List(input.Achievements, "applicant.achievements", (item, path) =>
        {
            var text = v.Text(item.Title, path.Field("title"), "缺少业绩成果名称");
            var on = v.Date(item.ObtainedOn, path.Field("obtainedOn"), required: true);
            return text is not null && on is { } o ? new Achievement(text, o) : null;
        });
        var seenYears = new Dictionary<int, int>();
        var assessments = v.List(input.Assessments, "applicant.assessments", (item, path) =>
        {
            var y = v.Year(item.Year, path.Field("year"), required: true);
            var grade = v.Code(Codes.Grade, item.Grade, path.Field("grade"), required: true);
            if (y is { } yy)
            {
                if (seenYears.TryGetValue(yy, out var first))
                {
                    v.Add(path.Field("year"), $"{yy}年度考核重复（与 applicant.assessments[{first}] 重复）");
                    return null;
                }
                seenYears[yy] = path.Index;
            }
            return y is { } year && grade is { } g ? new AnnualAssessment(year, g) : null;
        });
        var integrity = v.List(input.Integrity, "applicant.integrity", (item, path) =>
        {
            var kind = v.Code(Codes.IntegrityKind, item.Kind, path.Field("kind"), required: true);
            var on = v.Date(item.DecidedOn, path.Field("decidedOn"), required: true);
            return kind is { } k && on is { } o ? new IntegrityRecord(k, o) : null;
        });
        if (v.Errors.Count > 0)
        {
            return null;
        }
        return new Applicant
        {
            IdNumber = id,
            Name = name!,
            InService = input.InService!.Value,
            EmploymentType = employment!.Value,
            Channel = channel!.Value,
            WorkStartDate = workStart!.Value,
            CurrentPost = post,
            CurrentTitle = title,
            Education = education!,
            Achievements = achievements!,
            Assessments = assessments!,
            Integrity = integrity!,
        };
    }

    private static CurrentPost? ValidatePost(Collector v, PostInput? input, bool required)
    {
        FieldPath path = "applicant.currentPost";
        if (input is null)
        {
            if (required)
            {
                v.Add(path, "缺少现岗位信息（currentPost）");
            }
            return null;
        }
        var series = v.Text(input.Series, path.Field("series"), "缺少现岗位系列");
        var specialty = v.Text(input.Specialty, path.Field("specialty"), "缺少现岗位专业");
        var since = v.Date(input.Since, path.Field("since"), required: true);
        return series is not null && specialty is not null && since is { } s ? new CurrentPost(series, specialty, s) : null;
    }

    private static HeldTitle? ValidateHeldTitle(Collector v, TitleInput? input, bool required)
    {
        FieldPath path = "applicant.currentTitle";
        if (input is null)
        {
            if (required)
            {
                v.Add(path, "晋升、破格和转评须填写现职称（currentTitle）");
            }
            return null;
        }
        var title = v.Title(input, path, required: true);
        var obtained = v.Date(input.ObtainedOn, path.Field("obtainedOn"), required: true);
        var transferred = v.Date(input.TransferredOn, path.Field("transferredOn"), required: false);
        if (obtained is { } o && transferred is { } t && t < o)
        {
            v.Add(path.Field("transferredOn"), $"转评日期（{t:yyyy-MM-dd}）不能早于该级别的取得日期（{o:yyyy-MM-dd}）");
            return null;
        }
        return title is not null && obtained is { } ob ? new HeldTitle(title.Series, title.Specialty, title.Level, ob, transferred) : null;
    }

    private static Requirements? ValidateRequirements(Collector v, RequirementsInput? input)
    {
        if (input is null or { TenureYears: null, ExceptionalTenureYears: null, MinEducation: null, MinAchievements: null,
                ExceptionalMinAchievements: null, TransferPostYears: null })
        {
            return null;
        }
        FieldPath path = "requirements";
        return new Requirements
        {
            TenureYears = v.Count(input.TenureYears, path.Field("tenureYears"), MaxRequirement),
            ExceptionalTenureYears = v.Count(input.ExceptionalTenureYears, path.Field("exceptionalTenureYears"), MaxRequirement),
            MinEducation = v.Code(Codes.Degree, input.MinEducation, path.Field("minEducation"), required: false),
            MinAchievements = v.Count(input.MinAchievements, path.Field("minAchievements"), MaxRequirement),
            ExceptionalMinAchievements = v.Count(input.ExceptionalMinAchievements, path.Field("exceptionalMinAchievements"), MaxRequirement),
            TransferPostYears = v.Count(input.TransferPostYears, path.Field("transferPostYears"), MaxRequirement),
            Source = "申报数据中的 requirements",
        };
    }
}

/// <summary>A valid application and its requirement overrides, or the errors that stop it.</summary>
public sealed record ValidationResult(EligibilityApplication? Application, Requirements? Overrides, IReadOnlyList<InputError> Errors);
