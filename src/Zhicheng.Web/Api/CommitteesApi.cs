using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/committees</c>: committees, their filings (N2024-2.2, 2.3), roster, supervision (N2024-4.3a) and
/// 开始受理申报. JSON is camelCase; every enum is written and read as its snake_case code (level
/// <c>junior|intermediate|senior</c>, standing <c>active|suspended|revoked</c>, filing status
/// <c>draft|submitted|approved|returned</c>, reasons <c>new|delegated|reorganised|scope_changed|expired</c>, supervision
/// kind <c>suspend|lift|revoke</c>, an expert's titleLevel as in the eligibility API, e.g. <c>associate_senior</c>);
/// dates are <c>yyyy-MM-dd</c>. A committee or filing outside the caller's jurisdiction is 404. A refusal is
/// problem+json: <c>errors</c> maps each field (<c>$</c> for the request as a whole) to its messages with their clause,
/// <c>clauses</c> lists the clause ids; 409 when the version is stale, else 400.
/// </summary>
public static class CommitteesApi
{
    public static IEndpointRouteBuilder MapCommitteesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/committees").WithTags("评委会").RequireAuthorization();
        group.MapGet("/", List).WithName("ListCommittees").WithSummary("查询评委会（名称或系列、级别、监管状态，分页）");
        group.MapGet("/{id:int}", Get).WithName("GetCommittee").WithSummary("评委会详情（备案、专家名单）");
        group.MapPost("/", Create).WithName("CreateCommittee").WithSummary("新建评委会及其备案草稿").Accepts<FilingBody>("application/json");
        group.MapPost("/{id:int}/filings", Refile).WithName("RefileCommittee").WithSummary("重新备案（生成备案草稿）").Accepts<FilingBody>("application/json");
        group.MapGet("/filings/{filingId:int}", GetFiling).WithName("GetCommitteeFiling").WithSummary("一次备案");
        group.MapPut("/filings/{filingId:int}", SaveFiling).WithName("SaveCommitteeFiling").WithSummary("保存备案草稿（须带 version）").Accepts<FilingBody>("application/json");
        group.MapPost("/filings/{filingId:int}/submit", Submit).WithName("SubmitCommitteeFiling").WithSummary("报送核准");
        group.MapPost("/filings/{filingId:int}/decision", Decide).WithName("DecideCommitteeFiling").WithSummary("核准备案或退回修改").Accepts<DecisionBody>("application/json");
        group.MapPost("/{id:int}/members", AddMember).WithName("AddCommitteeMember").WithSummary("添加评审专家").Accepts<MemberBody>("application/json");
        group.MapDelete("/{id:int}/members/{memberId:int}", RemoveMember).WithName("RemoveCommitteeMember").WithSummary("移除评审专家");
        group.MapPost("/{id:int}/supervision", Supervise).WithName("SuperviseCommittee").WithSummary("暂停评审、恢复评审或收回评审权").Accepts<SupervisionBody>("application/json");
        group.MapPost("/{id:int}/open", Open).WithName("OpenApplications").WithSummary("开始受理申报（year 缺省为今年）");
        return routes;
    }

    private static async Task<Results<Ok<CommitteePage>, ProblemHttpResult>> List(
        HttpContext context, CommitteeService committees, string? q, string? level, string? standing, int? page, int? pageSize)
    {
        var problems = new List<Problem>();
        var l = Parse<CommitteeLevel>(level, "level", problems);
        var s = Parse<CommitteeStanding>(standing, "standing", problems);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }
        var (number, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var query = committees.List(await context.JurisdictionAsync(), q, l, s);
        var total = await query.CountAsync(context.RequestAborted);
        var rows = await query.Include(c => c.FoundingUnit).Skip((number - 1) * size).Take(size).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new CommitteePage([.. rows.Select(CommitteeSummary.From)], number, size, total));
    }

    private static async Task<Results<Ok<CommitteeDocument>, NotFound>> Get(HttpContext context, CommitteeService committees, int id)
    {
        var committee = await committees.FindAsync(await context.JurisdictionAsync(), id, context.RequestAborted);
        return committee is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(CommitteeDocument.From(committee, await committees.FilingsAsync(id, context.RequestAborted)));
    }

    private static async Task<Results<Created<FilingDocument>, ProblemHttpResult>> Create(HttpContext context, CommitteeFilings filings)
    {
        var (body, invalid) = await ReadAsync<FilingBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (LevelMissing(body) is { } noLevel)
        {
            return noLevel;
        }
        var outcome = await filings.CreateAsync(await context.JurisdictionAsync(), body.FoundingUnitId ?? 0, body.ToForm(), context.RequestAborted);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/committees/{outcome.Value!.CommitteeId}", FilingDocument.From(outcome.Value))
            : Refused(outcome.Problems);
    }

    private static async Task<Results<Created<FilingDocument>, NotFound, ProblemHttpResult>> Refile(HttpContext context, CommitteeFilings filings, int id)
    {
        var (body, invalid) = await ReadAsync<FilingBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (LevelMissing(body) is { } noLevel)
        {
            return noLevel;
        }
        var outcome = await filings.StartRefilingAsync(await context.JurisdictionAsync(), id, body.ToForm(), context.RequestAborted);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/committees/filings/{outcome.Value!.Id}", FilingDocument.From(outcome.Value))
            : Refused(outcome.Problems);
    }

    private static async Task<Results<Ok<FilingDocument>, NotFound>> GetFiling(HttpContext context, CommitteeService committees, int filingId) =>
        await committees.FindFilingAsync(await context.JurisdictionAsync(), filingId, context.RequestAborted) is { } filing
            ? TypedResults.Ok(FilingDocument.From(filing))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<FilingDocument>, NotFound, ProblemHttpResult>> SaveFiling(HttpContext context, CommitteeFilings filings, int filingId)
    {
        var (body, invalid) = await ReadAsync<FilingBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (LevelMissing(body) is { } noLevel)
        {
            return noLevel;
        }
        if (body.Version is not { } version)
        {
            return Refused([new Problem("version", "请提供开始编辑时读到的 version，以免覆盖他人的修改")], StatusCodes.Status400BadRequest);
        }
        return Answer(await filings.SaveFilingAsync(await context.JurisdictionAsync(), filingId, body.ToForm(), version, context.RequestAborted), FilingDocument.From);
    }

    private static async Task<Results<Ok<FilingDocument>, NotFound, ProblemHttpResult>> Submit(HttpContext context, CommitteeFilings filings, int filingId) =>
        Answer(await filings.SubmitFilingAsync(await context.JurisdictionAsync(), filingId, context.RequestAborted), FilingDocument.From);

    private static async Task<Results<Ok<FilingDocument>, NotFound, ProblemHttpResult>> Decide(HttpContext context, CommitteeFilings filings, int filingId)
    {
        var (body, invalid) = await ReadAsync<DecisionBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Approve is not { } approve)
        {
            return Refused([new Problem("approve", "请写明核准（true）或退回（false）")]);
        }
        return Answer(await filings.DecideFilingAsync(await context.JurisdictionAsync(), filingId, approve, body.Comments, context.RequestAborted), FilingDocument.From);
    }

    private static async Task<Results<Ok<MemberDocument>, NotFound, ProblemHttpResult>> AddMember(HttpContext context, CommitteeRoster roster, int id)
    {
        var (body, invalid) = await ReadAsync<MemberBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var missing = new[] { ("titleLevel", body.TitleLevel is null), ("termStart", body.TermStart is null), ("termEnd", body.TermEnd is null) }
            .Where(m => m.Item2).Select(m => new Problem(m.Item1, "此项必填")).ToList();
        if (missing.Count > 0)
        {
            return Refused(missing);
        }
        var form = new MemberForm(body.Name ?? "", body.Employer ?? "", body.Specialty ?? "", body.TitleLevel!.Value, body.TermStart!.Value, body.TermEnd!.Value, body.PersonId);
        return Answer(await roster.AddAsync(await context.JurisdictionAsync(), id, form, context.RequestAborted), MemberDocument.From);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveMember(HttpContext context, CommitteeRoster roster, int id, int memberId)
    {
        var outcome = await roster.RemoveAsync(await context.JurisdictionAsync(), id, memberId, context.RequestAborted);
        return outcome.IsNotFound ? TypedResults.NotFound() : outcome.Succeeded ? TypedResults.NoContent() : Refused(outcome.Problems);
    }

    private static async Task<Results<Ok<StandingDocument>, NotFound, ProblemHttpResult>> Supervise(HttpContext context, CommitteeSupervision supervision, int id)
    {
        var (body, invalid) = await ReadAsync<SupervisionBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Kind is not { } kind)
        {
            return Refused([new Problem("kind", "请写明 kind：suspend、lift 或 revoke")]);
        }
        return Answer(await supervision.ActAsync(await context.JurisdictionAsync(), id, kind, body.Reason, body.RectifyBy, context.RequestAborted), StandingDocument.From);
    }

    private static async Task<Results<Ok<OpeningDocument>, NotFound, ProblemHttpResult>> Open(
        HttpContext context, WorkPlanService plans, TimeProvider time, int id, int? year)
    {
        var y = year ?? time.GetLocalNow().Year;
        return Answer(await plans.OpenApplicationsAsync(await context.JurisdictionAsync(), id, y, context.RequestAborted),
            p => new OpeningDocument(id, y, p.Id, p.ApplicationsOpenedAt));
    }

    private static ProblemHttpResult? LevelMissing(FilingBody body) =>
        body.Level is null ? Refused([new Problem("level", "请写明评委会级别：junior、intermediate 或 senior")]) : null;

    private static Results<Ok<TDocument>, NotFound, ProblemHttpResult> Answer<T, TDocument>(Outcome<T> outcome, Func<T, TDocument> document) =>
        outcome.IsNotFound ? TypedResults.NotFound() : outcome.Succeeded ? TypedResults.Ok(document(outcome.Value!)) : Refused(outcome.Problems);

    /// <summary>A refusal as problem+json: every problem keyed by its field (<c>$</c> for the whole request), and the clauses.</summary>
    internal static ProblemHttpResult Refused(IReadOnlyList<Problem> problems, int? status = null) => TypedResults.Problem(
        title: "请求被拒绝",
        detail: string.Join("；", problems.Select(p => p.Text)),
        statusCode: status ?? (problems.Any(p => p.Field == "version") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest),
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = problems.GroupBy(p => p.Field.Length == 0 ? "$" : p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Text).ToArray()),
            ["clauses"] = problems.Select(p => p.ClauseId).OfType<string>().Distinct().ToArray(),
        });

    /// <summary>The request's JSON body, or the problem that stops it (not JSON, empty, or a value of the wrong shape, by field).</summary>
    private static async Task<(T? Body, ProblemHttpResult? Invalid)> ReadAsync<T>(HttpContext context) where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, Refused([new Problem("$", "请求体应为 JSON（Content-Type: application/json）")]));
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted);
            return body is null ? (null, Refused([new Problem("$", "请求体为空")])) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            return (null, Refused([new Problem(field, "值无效或格式不对（枚举用代码，如 senior、associate_senior、suspend；日期用 yyyy-MM-dd）")]));
        }
    }

    private static T? Parse<T>(string? code, string field, List<Problem> problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        foreach (var value in Enum.GetValues<T>())
        {
            if (Code(value) == code.Trim())
            {
                return value;
            }
        }
        problems.Add(new Problem(field, $"无效的代码“{code}”，可用：{string.Join("、", Enum.GetValues<T>().Select(v => Code(v)))}"));
        return null;
    }

    internal static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };
}

/// <summary>
/// A filing's seven particulars as a request carries them. <c>foundingUnitId</c> is read only when creating a
/// committee; <c>version</c> (the filing's version when it was read) only when saving a filing.
/// </summary>
public sealed record FilingBody(
    int? FoundingUnitId, string? Name, CommitteeLevel? Level, string? Series, IReadOnlyList<string>? Specialties,
    IReadOnlyList<int>? ScopeUnitIds, string? ScopeText, string? Conditions, string? Rules, string? Office, bool PowerDelegated = false, int? Version = null)
{
    public FilingForm ToForm() => new()
    {
        Name = Name ?? "", Level = Level.GetValueOrDefault(CommitteeLevel.Intermediate), Series = Series ?? "", Specialties = string.Join("、", Specialties ?? []),
        ScopeUnitIds = ScopeUnitIds ?? [], ScopeText = ScopeText ?? "", Conditions = Conditions ?? "", Rules = Rules ?? "", Office = Office ?? "",
        PowerDelegated = PowerDelegated,
    };
}
