using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/applications</c>: applications from the applicant to the committee office's acceptance (N2024-3.1c) — the
/// visible list and the reviewer's queue, one application with its chain and timeline, opening one, the self-check,
/// submitting, withdrawing, the review (approve, return with every problem at once, reject), the unit's publicity and
/// its objections, the office's qualification check, and disqualification for falsification (N2024-4.3c). Materials,
/// the Excel export and the batch qualification check are in <see cref="ApplicationFilesApi"/>. Signed in by cookie or
/// API token; an application outside the caller's jurisdiction is 404. Every action's body carries the
/// <c>version</c> the caller read: a stale one is 409, any other refusal 400, each problem by field with its clause.
/// </summary>
public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/applications").WithTags("职称申报").RequireAuthorization();
        group.MapGet("/", List).WithName("ListApplications").WithSummary("可见的申报（按年度、状态、评委会、姓名/申报编号/身份证号筛选，分页）");
        group.MapGet("/queue", Queue).WithName("ApplicationQueue").WithSummary("待我办理的申报（本单位所在审核环节，分页）");
        group.MapGet("/{id:int}", Get).WithName("GetApplication").WithSummary("申报详情：审核环节、流转记录、材料、公示、异议、资格审查");
        group.MapPost("/", Create).WithName("CreateApplication")
            .WithSummary("新建申报 {personId?, committeeId, route, series, specialty, level}（route、level 可用代码或中文）")
            .Accepts<CreateApplicationBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id:int}/check", Check).WithName("CheckApplication")
            .WithSummary("按档案自查申报资格（回答与 /api/v1/eligibility/check 相同）").Produces<DecisionDocument>();
        Action<VersionBody>(group, "submit", Submit, "提交申报，或退回补正后重新提交 {version}");
        Action<WithdrawBody>(group, "withdraw", Withdraw, "撤回申报 {version, reason?}（评委会受理前）");
        Action<ApproveBody>(group, "approve", Approve, "审核通过、推荐或受理 {version, opinion?, integrityAcknowledged?}");
        Action<ReturnBody>(group, "return", Return, "退回补正 {version, items: [一次性列明的全部问题], note?}");
        Action<RejectBody>(group, "reject", Reject, "不予通过 {version, reason}");
        Action<PublicityBody>(group, "publicity", Publicity, "开始单位公示 {version, start?}（公示期按工作日历计算）");
        Action<ObjectionBody>(group, "objections", Raise, "登记公示异议 {version, raisedBy, content}");
        Action<ResolveBody>(group, "objections/{objectionId:int}/resolve", Resolve, "处理公示异议 {version, resolution}");
        Action<VersionBody>(group, "qualification", Qualify, "评委会办公室资格审查 {version}");
        Action<DisqualifyBody>(group, "disqualify", Disqualify, "取消申报资格（弄虚作假）{version, description, evidence}，同时记入诚信档案");
        ApplicationFilesApi.Map(group, routes);
        return routes;
    }

    private static void Action<TBody>(RouteGroupBuilder group, string path, Delegate handler, string summary) where TBody : notnull =>
        group.MapPost($"/{{id:int}}/{path}", handler).WithSummary(summary).Accepts<TBody>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ApplicationPage>, ProblemHttpResult>> List(
        HttpContext context, AppDbContext db, int? year, string? stage, int? committeeId, string? q, int? page, int? pageSize)
    {
        var jurisdiction = await context.JurisdictionAsync();
        var (query, problems) = Filter(ApplicationAccess.Visible(db, jurisdiction), year, stage, committeeId, q);
        return problems.Count > 0
            ? ApiAnswers.Refused(problems)
            : TypedResults.Ok(await PageAsync(context, jurisdiction.Viewer, query.OrderByDescending(a => a.Id), page, pageSize));
    }

    private static async Task<Ok<ApplicationPage>> Queue(HttpContext context, AppDbContext db, int? page, int? pageSize)
    {
        var jurisdiction = await context.JurisdictionAsync();
        return TypedResults.Ok(await PageAsync(context, jurisdiction.Viewer, ApplicationAccess.Queue(db, jurisdiction.Viewer).OrderBy(a => a.Id), page, pageSize));
    }

    private static async Task<Results<Ok<ApplicationDocument>, NotFound>> Get(HttpContext context, ApplicationService applications, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        return await applications.FindAsync(jurisdiction, id, context.RequestAborted) is { } application
            ? TypedResults.Ok(await ApplicationDocument.ForAsync(context, jurisdiction.Viewer, application))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<ApplicationDocument>, NotFound, ProblemHttpResult>> Create(HttpContext context, ApplicationService applications)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<CreateApplicationBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var jurisdiction = await context.JurisdictionAsync();
        var problems = new List<Problem>();
        var personId = body.PersonId ?? jurisdiction.Viewer.PersonId;
        if (personId is null)
        {
            problems.Add(new Problem("personId", "请指明申报人（personId）；申报人本人提出时可省略", ClauseIds.Channels));
        }
        if (body.CommitteeId is null)
        {
            problems.Add(new Problem("committeeId", "请选择评委会（committeeId）", ClauseIds.FilingContents));
        }
        var route = ApiAnswers.Code(Codes.Route, body.Route, "route", "申报类型", problems);
        var level = ApiAnswers.Code(Codes.Level, body.Level, "level", "申报级别", problems);
        if (string.IsNullOrWhiteSpace(body.Series))
        {
            problems.Add(new Problem("series", "请填写申报系列", ClauseIds.FilingContents));
        }
        if (string.IsNullOrWhiteSpace(body.Specialty))
        {
            problems.Add(new Problem("specialty", "请填写申报专业", ClauseIds.FilingContents));
        }
        if (problems.Count > 0)
        {
            return ApiAnswers.Refused(problems);
        }
        var request = new ApplicationRequest(personId!.Value, body.CommitteeId!.Value, route!.Value, body.Series!, body.Specialty!, level!.Value);
        var created = await applications.CreateAsync(jurisdiction, request, context.RequestAborted);
        if (created.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        if (!created.Succeeded)
        {
            return ApiAnswers.Refused(created.Problems);
        }
        // Read back as any GET would, with the applicant, unit and committee it names.
        var stored = await applications.FindAsync(jurisdiction, created.Value!.Id, context.RequestAborted) ?? created.Value;
        return TypedResults.Created($"/api/v1/applications/{stored.Id}", await ApplicationDocument.ForAsync(context, jurisdiction.Viewer, stored));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Check(HttpContext context, ApplicationService applications, int id)
    {
        var application = await applications.FindAsync(await context.JurisdictionAsync(), id, context.RequestAborted);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = await applications.CheckAsync(application, context.RequestAborted);
        if (outcome.Decision is null)
        {
            return EligibilityApi.Invalid(outcome.Errors);
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DecisionJson.CompactOptions))
        {
            DecisionJson.Write(writer, outcome.Decision);
        }
        return TypedResults.File(stream.ToArray(), "application/json; charset=utf-8");
    }

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Submit(HttpContext context, ApplicationService applications, int id) =>
        ActAsync<VersionBody>(context, (j, _, version, ct) => applications.SubmitAsync(j, id, version, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Withdraw(HttpContext context, ApplicationService applications, int id) =>
        ActAsync<WithdrawBody>(context, (j, body, version, ct) => applications.WithdrawAsync(j, id, version, body.Reason, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Approve(HttpContext context, ApplicationReview review, int id) =>
        ActAsync<ApproveBody>(context, (j, body, version, ct) => review.ApproveAsync(j, id, version, body.Opinion, body.IntegrityAcknowledged, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Return(HttpContext context, ApplicationReview review, int id) =>
        ActAsync<ReturnBody>(context, (j, body, version, ct) => review.ReturnAsync(j, id, version, body.Items ?? [], body.Note, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Reject(HttpContext context, ApplicationReview review, int id) =>
        ActAsync<RejectBody>(context, (j, body, version, ct) => review.RejectAsync(j, id, version, body.Reason, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Publicity(HttpContext context, UnitPublicity publicity, int id) =>
        ActAsync<PublicityBody>(context, (j, body, version, ct) => publicity.StartAsync(j, id, version, body.Start, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Raise(HttpContext context, UnitPublicity publicity, int id) =>
        ActAsync<ObjectionBody>(context, (j, body, version, ct) => publicity.RaiseAsync(j, id, version, body.RaisedBy, body.Content, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Resolve(HttpContext context, UnitPublicity publicity, int id, int objectionId) =>
        ActAsync<ResolveBody>(context, (j, body, version, ct) => publicity.ResolveAsync(j, id, version, objectionId, body.Resolution, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Qualify(HttpContext context, QualificationCheck qualification, int id) =>
        ActAsync<VersionBody>(context, (j, _, version, ct) => qualification.CheckAsync(j, id, version, ct));

    private static Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> Disqualify(HttpContext context, Falsification falsification, int id) =>
        ActAsync<DisqualifyBody>(context, (j, body, version, ct) => falsification.DisqualifyAsync(j, id, version, body.Description, body.Evidence, ct));

    /// <summary>One action: the body (with its version), the service call, and the application as it now stands.</summary>
    private static async Task<Results<Ok<ApplicationDocument>, NotFound, ProblemHttpResult>> ActAsync<T>(
        HttpContext context, Func<Jurisdiction, T, int, CancellationToken, Task<Outcome<TitleApplication>>> act) where T : class, IVersionedBody
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<T>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Version is not { } version)
        {
            return ApiAnswers.VersionMissing();
        }
        var jurisdiction = await context.JurisdictionAsync();
        var outcome = await act(jurisdiction, body, version, context.RequestAborted);
        return outcome.IsNotFound ? TypedResults.NotFound()
            : outcome.Succeeded ? TypedResults.Ok(await ApplicationDocument.ForAsync(context, jurisdiction.Viewer, outcome.Value!))
            : ApiAnswers.Refused(outcome.Problems);
    }

    /// <summary>The list's filters; an unknown stage is a problem at <c>stage</c>.</summary>
    internal static (IQueryable<TitleApplication> Query, List<Problem> Problems) Filter(
        IQueryable<TitleApplication> query, int? year, string? stage, int? committeeId, string? q)
    {
        var problems = new List<Problem>();
        if (year is { } y)
        {
            query = query.Where(a => a.Year == y);
        }
        if (!string.IsNullOrWhiteSpace(stage))
        {
            var wanted = ApiAnswers.Named<ApplicationStage>(stage, ApplicationStages.Label);
            if (wanted is { } s)
            {
                query = query.Where(a => a.Stage == s);
            }
            else
            {
                problems.Add(new Problem("stage", $"无效的状态“{stage.Trim()}”，可用：{ApiAnswers.Describe<ApplicationStage>(ApplicationStages.Label)}"));
            }
        }
        if (committeeId is { } c)
        {
            query = query.Where(a => a.CommitteeId == c);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(a => a.Number == upper || a.Person!.IdNumber == upper || a.Person.Name.StartsWith(text));
        }
        return (query, problems);
    }

    private static async Task<ApplicationPage> PageAsync(HttpContext context, Viewer viewer, IQueryable<TitleApplication> query, int? page, int? pageSize)
    {
        var (number, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var total = await query.CountAsync(context.RequestAborted);
        var rows = await query.Include(a => a.Person).Include(a => a.Unit).Include(a => a.Committee).AsNoTracking()
            .Skip((number - 1) * size).Take(size).ToListAsync(context.RequestAborted);
        return new ApplicationPage([.. rows.Select(a => ApplicationRow.From(a, viewer))], number, size, total);
    }
}
