using System.Globalization;
using System.Text.Json.Nodes;

namespace Zhicheng.Web.Tests.Support;

/// <summary>
/// Varied, mostly valid applications made from a seed: every route and employment type, dates on both
/// sides of the cut-offs, gaps and low grades in the assessments, the odd bad field.
/// </summary>
public static class RandomApplications
{
    private static readonly string[] Routes = ["promotion", "promotion", "exceptional", "transfer", "initial"];
    private static readonly string[] Types = ["public_institution", "state_owned_enterprise", "government_agency", "non_public", "individual_business", "flexible", "freelancer"];
    private static readonly string[] Channels = ["employer", "labor_dispatch", "competent_department", "talent_service", "hr_bureau"];
    private static readonly string[] Levels = ["clerk", "assistant", "intermediate", "associate_senior", "senior"];
    private static readonly string[] Degrees = ["secondary", "associate", "bachelor", "master", "doctorate"];
    private static readonly string[] Grades = ["excellent", "qualified", "qualified", "qualified", "basically_qualified", "unqualified", "undetermined"];
    private static readonly string[] Kinds = ["falsification", "academic_misconduct", "discipline_violation", "other"];
    private static readonly string[] Specialties = ["电气工程", "机械工程", "建筑工程"];

    public static JsonObject Make(int seed)
    {
        var r = new Random(seed);
        var year = r.Next(2022, 2027);
        var route = Pick(r, Routes);
        var deadline = new DateOnly(year, 9, 30);
        var specialty = Pick(r, Specialties);
        var targetLevel = r.Next(1, 5);
        var currentLevel = r.Next(10) < 8 ? targetLevel - (route == "transfer" ? 0 : 1) : r.Next(0, 5);
        var obtained = Day(r, year - 9, year);
        var application = new JsonObject
        {
            ["id"] = $"R-{seed}",
            ["applicationYear"] = year,
            ["materialDeadline"] = route == "initial" ? null : Iso(deadline),
            ["route"] = route,
            ["target"] = Title("工程", specialty, Levels[targetLevel]),
        };
        var applicant = new JsonObject
        {
            ["idNumber"] = IdNumber(r),
            ["name"] = "测试" + seed,
            ["inService"] = r.Next(10) > 0,
            ["employmentType"] = Pick(r, Types),
            ["channel"] = Pick(r, Channels),
            ["workStartDate"] = Iso(Day(r, year - 20, year)),
            ["currentPost"] = new JsonObject { ["series"] = "工程", ["specialty"] = r.Next(10) > 0 ? specialty : "化学工程", ["since"] = Iso(Day(r, year - 5, year)) },
        };
        if (route != "initial" && currentLevel >= 0)
        {
            var title = Title(r.Next(10) > 1 ? "工程" : "经济", specialty, Levels[Math.Clamp(currentLevel, 0, 4)]);
            title["obtainedOn"] = Iso(obtained);
            application["applicant"] = applicant;
            applicant["currentTitle"] = title;
        }
        else
        {
            application["determinedOn"] = Iso(Day(r, year, year));
            application["applicant"] = applicant;
        }
        applicant["education"] = new JsonArray([.. Enumerable.Range(0, r.Next(0, 3)).Select(_ => (JsonNode)new JsonObject
        {
            ["degree"] = Pick(r, Degrees), ["fullTime"] = r.Next(2) == 0, ["obtainedOn"] = Iso(Day(r, year - 15, year)),
        })]);
        applicant["achievements"] = new JsonArray([.. Enumerable.Range(0, r.Next(0, 6)).Select(i => (JsonNode)new JsonObject
        {
            ["title"] = $"成果{i}", ["obtainedOn"] = Iso(Day(r, year - 6, year)),
        })]);
        var assessed = Enumerable.Range(year - 8, 9).Where(_ => r.Next(6) > 0).ToList();
        applicant["assessments"] = new JsonArray([.. assessed.Select(y => (JsonNode)new JsonObject { ["year"] = y, ["grade"] = Pick(r, Grades) })]);
        if (r.Next(8) == 0)
        {
            applicant["integrity"] = new JsonArray(new JsonObject { ["kind"] = Pick(r, Kinds), ["decidedOn"] = Iso(Day(r, year - 4, year)) });
        }
        if (r.Next(6) == 0)
        {
            application["otherApplicationsThisYear"] = new JsonArray(Title(Pick(r, ["经济", "工程"]), "人力资源", Levels[r.Next(1, 5)]));
        }
        if (r.Next(25) == 0)
        {
            applicant["workStartDate"] = $"{year}-02-30";
        }
        return application;
    }

    private static JsonObject Title(string series, string specialty, string level) =>
        new() { ["series"] = series, ["specialty"] = specialty, ["level"] = level };

    private static string IdNumber(Random r)
    {
        var first17 = $"1408{r.Next(10, 90)}{r.Next(1960, 2002)}{r.Next(1, 13):00}{r.Next(1, 29):00}{r.Next(0, 1000):000}";
        return first17 + Domain.Identity.IdentityNumber.CheckCharacterFor(first17);
    }

    private static DateOnly Day(Random r, int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(r.Next(0, (toYear - fromYear + 1) * 365));

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
