using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/plans</c>: annual work plans (N2024-4.6b) — list, read, create, save from a version, submit, the city
/// bureau's decision and timeline override (N2024-4.6a); and <c>/api/v1/dashboard</c> for supervisors. Signed in by
/// cookie or API token; a plan outside the caller's jurisdiction, or a caller who has no plans, is 404. Refusals are
/// problem+json: <c>errors</c> maps each field to its messages (with clause), <c>problems</c> lists them with the
/// clause apart; a save from a stale version is 409.
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/plans").WithTags("年度工作方案").RequireAuthorization();
        group.MapGet("/", List).WithName("ListPlans").WithSummary("年度工作方案列表（按年度、状态筛选，分页）");
        group.MapGet("/{id:int}", Get).WithName("GetPlan").WithSummary("年度工作方案");
        group.MapPost("/", Create).WithName("CreatePlan").WithSummary("新建年度工作方案 {committeeId, year}")
            .Accepts<CreatePlanRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/{id:int}", Save).WithName("SavePlan")
            .WithSummary("保存工作方案（整体替换；须带读取时的 version，过期的版本答 409，不覆盖他人的修改）")
            .Accepts<SavePlanRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:int}/submit", Submit).WithName("SubmitPlan").WithSummary("报送市人社局审批（逐项检查时间安排等，全部问题一并列出）")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id:int}/decision", Decide).WithName("DecidePlan").WithSummary("市人社局批准或退回 {approve, comments}")
            .Accepts<PlanDecisionRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id:int}/override", Override).WithName("OverridePlanTimeline").WithSummary("市人社局记录突破年度时限的理由 {reason}")
            .Accepts<PlanOverrideRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/api/v1/dashboard", Dashboard).WithTags("监管看板").RequireAuthorization()
            .WithName("Dashboard").WithSummary("监管看板：管辖范围内各评委会的备案、年度方案和预警（人社部门、行业主管部门）");
        return routes;
    }

    private static async Task<Results<Ok<PlanPage>, NotFound>> List(HttpContext context, WorkPlanService plans, int? year, string? status, int? page)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        PlanStatus? wanted = Enum.TryParse<PlanStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        var list = plans.List(jurisdiction, year, wanted);
        var paging = Paging.Of(await list.CountAsync(context.RequestAborted), page ?? 1);
        var rows = await list.Skip(paging.Skip).Take(Paging.Size).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new PlanPage([.. rows.Select(PlanDocument.From)], paging.Page, Paging.Size, paging.Total));
    }

    private static async Task<Results<Ok<PlanDocument>, NotFound>> Get(HttpContext context, WorkPlanService plans, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        var plan = PlanAccess.MayUse(jurisdiction.Viewer) ? await plans.FindAsync(jurisdiction, id, context.RequestAborted) : null;
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(PlanDocument.From(plan));
    }

    private static async Task<Results<Created<PlanDocument>, ProblemHttpResult, NotFound>> Create(HttpContext context, WorkPlanService plans)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await ReadAsync<CreatePlanRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        var missing = new List<Problem>();
        if (request!.CommitteeId is null)
        {
            missing.Add(new Problem("committeeId", "请指明评委会（committeeId）"));
        }
        if (request.Year is null)
        {
            missing.Add(new Problem("year", "请指明年度（year）"));
        }
        if (missing.Count > 0)
        {
            return Refusal(missing);
        }
        var created = await plans.CreateAsync(jurisdiction, request.CommitteeId!.Value, request.Year!.Value, context.RequestAborted);
        return created switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Succeeded: true } => TypedResults.Created($"/api/v1/plans/{created.Value!.Id}", PlanDocument.From(created.Value)),
            _ => Refusal(created.Problems),
        };
    }

    private static async Task<Results<Ok<PlanDocument>, ProblemHttpResult, NotFound>> Save(HttpContext context, WorkPlanService plans, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await ReadAsync<SavePlanRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        if (request!.Version is not { } version)
        {
            return Refusal([new Problem("version", "请带上读取时的版本号（version），以免覆盖他人的修改")]);
        }
        return Answer(await plans.SaveAsync(jurisdiction, id, request.ToForm(), version, context.RequestAborted));
    }

    private static async Task<Results<Ok<PlanDocument>, ProblemHttpResult, NotFound>> Submit(HttpContext context, WorkPlanService plans, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        return PlanAccess.MayUse(jurisdiction.Viewer) ? Answer(await plans.SubmitAsync(jurisdiction, id, context.RequestAborted)) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PlanDocument>, ProblemHttpResult, NotFound>> Decide(HttpContext context, WorkPlanService plans, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await ReadAsync<PlanDecisionRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        if (request!.Approve is not { } approve)
        {
            return Refusal([new Problem("approve", "请指明批准（true）或退回（false）")]);
        }
        return Answer(await plans.DecideAsync(jurisdiction, id, approve, request.Comments, context.RequestAborted));
    }

    private static async Task<Results<Ok<PlanDocument>, ProblemHttpResult, NotFound>> Override(HttpContext context, WorkPlanService plans, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await ReadAsync<PlanOverrideRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        return Answer(await plans.OverrideAsync(jurisdiction, id, request!.Reason, context.RequestAborted));
    }

    private static async Task<Results<Ok<DashboardDocument>, NotFound>> Dashboard(HttpContext context, CommitteeDashboard dashboard, int? year)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.Supervises(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var shown = year ?? dashboard.Today.Year;
        var rows = await dashboard.RowsAsync(jurisdiction, shown, context.RequestAborted);
        return TypedResults.Ok(new DashboardDocument(shown, dashboard.Today, [.. rows.Select(DashboardDocument.Row.From)]));
    }

    private static Results<Ok<PlanDocument>, ProblemHttpResult, NotFound> Answer(Outcome<WorkPlan> outcome) => outcome switch
    {
        { IsNotFound: true } => TypedResults.NotFound(),
        { Succeeded: true } => TypedResults.Ok(PlanDocument.From(outcome.Value!)),
        _ => Refusal(outcome.Problems),
    };

    /// <summary>
    /// A refusal as problem+json: <c>errors</c> keyed by field (<c>$</c> for the request as a whole), each message with
    /// its clause; <c>problems</c> with the clause apart. 409 when the refusal is a stale version, else 400.
    /// </summary>
    internal static ProblemHttpResult Refusal(IReadOnlyList<Problem> problems)
    {
        var stale = problems.Any(p => p.Field == "version");
        var errors = problems.GroupBy(p => p.Field.Length == 0 ? "$" : p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Text).ToArray());
        return TypedResults.Problem(
            title: stale ? "记录已被他人修改" : "请求被拒绝",
            detail: string.Join("；", problems.Select(p => p.Text)),
            statusCode: stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors,
                ["problems"] = problems.Select(p => new ProblemDocument(p.Field.Length == 0 ? "$" : p.Field, p.Message, p.ClauseId)).ToArray(),
            });
    }

    /// <summary>The request body as <typeparamref name="T"/>, or a 400 naming where the JSON is wrong.</summary>
    internal static async Task<(T? Value, ProblemHttpResult? Invalid)> ReadAsync<T>(HttpContext context) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted);
            return value is null ? (null, Refusal([new Problem("", "请求体为空，应为 JSON 对象")])) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is null or "$" ? "" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
            return (null, Refusal([new Problem(field, "请求体不是有效的 JSON，或字段类型不对（日期为 yyyy-MM-dd）：" + ex.Message)]));
        }
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>One problem of a refusal: the field (JSON path; <c>$</c> for the request), the message, and the clause.</summary>
public sealed record ProblemDocument(string Field, string Message, string? ClauseId);

public sealed record CreatePlanRequest(int? CommitteeId, int? Year);

/// <summary>A plan's every editable part (a PUT replaces them all) and the version it was read at.</summary>
public sealed record SavePlanRequest(
    int? Version, DateOnly? ApplicationOpens, DateOnly? ApplicationCloses, DateOnly? MaterialDeadline, DateOnly? ReviewStart, DateOnly? ReviewEnd,
    IReadOnlyList<DateOnly>? Meetings, DateOnly? PublicityStart, DateOnly? PublicityEnd, DateOnly? ResultsPublication, int? StandardId,
    string? RecommendationProcedure, string? WorkDiscipline)
{
    public PlanForm ToForm() => new()
    {
        ApplicationOpens = ApplicationOpens, ApplicationCloses = ApplicationCloses, MaterialDeadline = MaterialDeadline,
        ReviewStart = ReviewStart, ReviewEnd = ReviewEnd, Meetings = Meetings ?? [], PublicityStart = PublicityStart, PublicityEnd = PublicityEnd,
        ResultsPublication = ResultsPublication, StandardId = StandardId,
        RecommendationProcedure = RecommendationProcedure ?? "", WorkDiscipline = WorkDiscipline ?? "",
    };
}

public sealed record PlanDecisionRequest(bool? Approve, string? Comments);

public sealed record PlanOverrideRequest(string? Reason);

public sealed record PlanPage(IReadOnlyList<PlanDocument> Rows, int Page, int PageSize, int Total);

/// <summary>A work plan as the API shows it; <c>status</c> is draft, submitted, approved or returned.</summary>
public sealed record PlanDocument(
    int Id, int CommitteeId, string Committee, int Year, string Status, string StatusLabel,
    DateOnly? ApplicationOpens, DateOnly? ApplicationCloses, DateOnly? MaterialDeadline, DateOnly? ReviewStart, DateOnly? ReviewEnd,
    IReadOnlyList<DateOnly> Meetings, DateOnly? PublicityStart, DateOnly? PublicityEnd, DateOnly? ResultsPublication, int? StandardId,
    string RecommendationProcedure, string WorkDiscipline, string? OverrideReason, string? OverrideBy, string? Comments,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecidedBy, DateTimeOffset? ApplicationsOpenedAt, int Version)
{
    public static PlanDocument From(WorkPlan p) => new(
        p.Id, p.CommitteeId, p.Committee?.Name ?? "", p.Year, p.Status.ToString().ToLowerInvariant(), FilingLabels.Plan(p.Status),
        p.ApplicationOpens, p.ApplicationCloses, p.MaterialDeadline, p.ReviewStart, p.ReviewEnd, p.Meetings, p.PublicityStart, p.PublicityEnd,
        p.ResultsPublication, p.StandardId, p.RecommendationProcedure, p.WorkDiscipline, p.OverrideReason, p.OverrideBy, p.Comments,
        p.SubmittedAt, p.DecidedAt, p.DecidedBy, p.ApplicationsOpenedAt, p.Version);
}

/// <summary>The dashboard for a year: each committee with its filing, plan and red flags.</summary>
public sealed record DashboardDocument(int Year, DateOnly Today, IReadOnlyList<DashboardDocument.Row> Rows)
{
    public sealed record Row(
        int CommitteeId, string Name, string Level, string Series, string Standing, string StandingLabel, DateOnly? RectifyBy,
        DateOnly? FilingValidUntil, int? PlanId, string? PlanStatus, IReadOnlyList<DateOnly> Meetings, IReadOnlyList<string> Flags)
    {
        public static Row From(DashboardRow r) => new(
            r.CommitteeId, r.Name, r.Level, r.Series, r.Standing.ToString().ToLowerInvariant(), FilingLabels.Standing(r.Standing), r.RectifyBy,
            r.FilingValidUntil, r.Plan?.Id, r.Plan?.Status.ToString().ToLowerInvariant(), r.Plan?.Meetings ?? [], r.Flags);
    }
}
