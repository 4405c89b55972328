using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Plans;

/// <summary>
/// The year's records written straight to a site's database — filed committees, published standards, plans — so that
/// pages and the API have something to act on (the services that make them are tested in App.Tests). Each call makes
/// records of its own, so tests sharing a site do not meet.
/// </summary>
internal static partial class YearSetup
{
    private static int _serial;

    /// <summary>Today as the app's services see it (the system clock, local time).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    /// <summary>The evaluation year under way; its plans can still be made.</summary>
    public static int Year => Today.Year;

    /// <summary>A 中级 committee with an approved filing valid until <paramref name="validUntil"/> (two years on by default).</summary>
    public static async Task<Committee> CommitteeAsync(WorldSite site, Organisation founder, Organisation supervisor,
        DateOnly? validUntil = null, Action<Committee>? change = null, string series = "工程系列")
    {
        await using var db = site.Factory.Database.Open("test:setup");
        var committee = new Committee
        {
            Name = $"测试{series}中级职称评审委员会（{Interlocked.Increment(ref _serial)}号）", FoundingUnitId = founder.Id, SupervisingBureauId = supervisor.Id,
            Level = CommitteeLevel.Intermediate, Series = series,
        };
        db.Committees.Add(committee);
        await db.SaveChangesAsync();
        var until = validUntil ?? Today.AddYears(2);
        var filing = new CommitteeFiling
        {
            CommitteeId = committee.Id, Status = FilingStatus.Approved, Reasons = "New", Name = committee.Name, Level = committee.Level, Series = series,
            ScopeUnitIds = supervisor.Id.ToString(CultureInfo.InvariantCulture), ScopeText = "辖区内各单位", Conditions = "执行评价标准",
            Rules = "评审委员会章程", Office = "评委会办公室", ApprovedOn = until.AddYears(-3).AddDays(1), ValidUntil = until,
        };
        db.CommitteeFilings.Add(filing);
        await db.SaveChangesAsync();
        committee.CurrentFilingId = filing.Id;
        committee.FilingValidUntil = until;
        change?.Invoke(committee);
        await db.SaveChangesAsync();
        return committee;
    }

    /// <summary>A published version of the sample 工程系列 standard (or of <paramref name="series"/>), owned by the city bureau.</summary>
    public static async Task<EvaluationStandard> StandardAsync(WorldSite site, string series = "工程系列", TitleLevel level = TitleLevel.Intermediate, string? title = null)
    {
        await using var db = site.Factory.Database.Open("test:setup");
        var version = await db.Standards.Where(s => s.Series == series && s.Specialty == null && s.Level == level).MaxAsync(s => (int?)s.Version) ?? 0;
        var standard = new EvaluationStandard
        {
            Title = title ?? $"测试{series}职称评价标准", Series = series, Level = level, Version = version + 1, InForceFrom = 2024,
            OwnerUnitId = site.World.City.Id, ManagementLevel = ManagementLevel.City,
            ContentJson = StandardJson.Write(SampleStandards.Engineering(level), indented: true),
            PublishedAt = DateTimeOffset.UtcNow, PublishedBy = "市局管理员",
        };
        db.Standards.Add(standard);
        await db.SaveChangesAsync();
        return standard;
    }

    /// <summary>A plan of the committee for this year (or <paramref name="year"/>) in <paramref name="status"/>, with the schedule given.</summary>
    public static async Task<WorkPlan> PlanAsync(WorldSite site, int committeeId, PlanStatus status, Schedule? schedule = null, int? standardId = null, int? year = null)
    {
        await using var db = site.Factory.Database.Open("test:setup");
        var plan = new WorkPlan { CommitteeId = committeeId, Year = year ?? Year, Status = status, StandardId = standardId };
        if (schedule is not null)
        {
            schedule.Form(standardId).ApplyTo(plan);
        }
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    public static async Task<WorkPlan> StoredPlanAsync(WorldSite site, int id)
    {
        await using var db = site.Factory.Database.Open("test:read");
        return await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    /// <summary>The hidden version field of a plan's page.</summary>
    public static async Task<string> PageVersionAsync(HttpClient client, int planId)
    {
        var html = await client.GetStringAsync($"/plans/{planId}");
        return VersionField().Match(html).Groups[1].Value;
    }

    /// <summary>The id at the end of a redirect such as <c>/plans/12?done=created</c>.</summary>
    public static int IdIn(Uri? location) =>
        int.Parse(IdPattern().Match(location?.OriginalString ?? "").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("/(\\d+)(\\?|$)")]
    private static partial Regex IdPattern();
}

/// <summary>
/// A plan's schedule for this year that keeps every rule: applications in March, D on 04-10, review April–May, a
/// meeting in October, publicity and results in November. Tests spoil one part at a time.
/// </summary>
internal sealed record Schedule(
    DateOnly? ApplicationOpens, DateOnly? ApplicationCloses, DateOnly? MaterialDeadline, DateOnly? ReviewStart, DateOnly? ReviewEnd,
    IReadOnlyList<DateOnly> Meetings, DateOnly? PublicityStart, DateOnly? PublicityEnd, DateOnly? ResultsPublication,
    string RecommendationProcedure = "个人申报、单位推荐、主管部门审核、评委会办公室受理", string WorkDiscipline = "严格执行回避和保密制度")
{
    public static Schedule Good(int year)
    {
        DateOnly On(int month, int day) => new(year, month, day);
        return new(On(3, 1), On(3, 31), On(4, 10), On(4, 15), On(5, 31), [On(10, 15)], On(10, 20), On(10, 26), On(11, 5));
    }

    public PlanForm Form(int? standardId) => new()
    {
        ApplicationOpens = ApplicationOpens, ApplicationCloses = ApplicationCloses, MaterialDeadline = MaterialDeadline, ReviewStart = ReviewStart,
        ReviewEnd = ReviewEnd, Meetings = Meetings, PublicityStart = PublicityStart, PublicityEnd = PublicityEnd, ResultsPublication = ResultsPublication,
        StandardId = standardId, RecommendationProcedure = RecommendationProcedure, WorkDiscipline = WorkDiscipline,
    };

    /// <summary>The body of <c>PUT /api/v1/plans/{id}</c>.</summary>
    public Dictionary<string, object?> Json(int version, int? standardId) => new()
    {
        ["version"] = version, ["applicationOpens"] = Iso(ApplicationOpens), ["applicationCloses"] = Iso(ApplicationCloses),
        ["materialDeadline"] = Iso(MaterialDeadline), ["reviewStart"] = Iso(ReviewStart), ["reviewEnd"] = Iso(ReviewEnd),
        ["meetings"] = Meetings.Select(d => Iso(d)).ToArray(), ["publicityStart"] = Iso(PublicityStart), ["publicityEnd"] = Iso(PublicityEnd),
        ["resultsPublication"] = Iso(ResultsPublication), ["standardId"] = standardId,
        ["recommendationProcedure"] = RecommendationProcedure, ["workDiscipline"] = WorkDiscipline,
    };

    /// <summary>The plan page's form fields, as a browser posts them.</summary>
    public List<KeyValuePair<string, string>> Fields(string version, int? standardId)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Version", version), new("Input.ApplicationOpens", Iso(ApplicationOpens) ?? ""), new("Input.ApplicationCloses", Iso(ApplicationCloses) ?? ""),
            new("Input.MaterialDeadline", Iso(MaterialDeadline) ?? ""), new("Input.ReviewStart", Iso(ReviewStart) ?? ""), new("Input.ReviewEnd", Iso(ReviewEnd) ?? ""),
            new("Input.PublicityStart", Iso(PublicityStart) ?? ""), new("Input.PublicityEnd", Iso(PublicityEnd) ?? ""),
            new("Input.ResultsPublication", Iso(ResultsPublication) ?? ""), new("Input.StandardId", standardId?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new("Input.RecommendationProcedure", RecommendationProcedure), new("Input.WorkDiscipline", WorkDiscipline),
        };
        fields.AddRange(Meetings.Select(d => new KeyValuePair<string, string>("Input.Meetings", Iso(d)!)));
        // The spare meeting inputs a browser posts empty.
        fields.Add(new("Input.Meetings", ""));
        fields.Add(new("Input.Meetings", ""));
        return fields;
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
