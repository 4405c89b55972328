using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/integrity</c>: the integrity archive (N2024-4.4) — bureaus search, enter and correct records (anyone else
/// gets an empty list, and a refusal for a change); <c>/api/v1/units</c>: supervision of units (N2024-4.3b) — orders to
/// rectify, the unit's report, notices of criticism, seen by the unit and its supervisors; and
/// <c>POST /api/v1/titles/{titleId}/revoke</c> (N2024-4.3c). Refusals as in <see cref="ApplicationsApi"/>: problem+json by
/// field with each problem's clause, 409 for a stale version, else 400; a record outside the caller's reach is 404.
/// </summary>
public static class IntegrityApi
{
    public static IEndpointRouteBuilder MapIntegrityApi(this IEndpointRouteBuilder routes)
    {
        var archive = routes.MapGroup("/api/v1/integrity").WithTags("诚信档案").RequireAuthorization();
        archive.MapGet("/", Search).WithName("SearchIntegrity").WithSummary("查询诚信档案（身份证号或姓名，active=true 只看记录期内的；人社部门）");
        archive.MapGet("/{id:int}", Get).WithName("GetIntegrityEntry").WithSummary("一条诚信档案记录");
        archive.MapPost("/", Add).WithName("AddIntegrityEntry").WithSummary("录入诚信档案记录（人社部门）")
            .Accepts<IntegrityBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        archive.MapPut("/{id:int}", Correct).WithName("CorrectIntegrityEntry").WithSummary("更正诚信档案记录 {…, note, version}")
            .Accepts<IntegrityBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        var units = routes.MapGroup("/api/v1/units").WithTags("单位监督").RequireAuthorization();
        units.MapGet("/actions", Actions).WithName("ListUnitActions").WithSummary("责令整改和通报批评（本单位的及管辖范围内各单位的，分页）");
        units.MapPost("/{organisationId:int}/rectification-orders", Order).WithName("OrderRectification")
            .WithSummary("责令整改 {reason, rectifyBy, applicationId?}（人社部门）").Accepts<OrderBody>("application/json");
        units.MapPost("/actions/{id:int}/report", Report).WithName("ReportRectification")
            .WithSummary("报告整改情况 {version, report}（被责令整改的单位）").Accepts<ReportBody>("application/json");
        units.MapPost("/actions/{id:int}/criticism", Criticise).WithName("CriticiseUnit")
            .WithSummary("通报批评 {reason}（整改期满未整改的）").Accepts<CriticismBody>("application/json");

        routes.MapPost("/api/v1/titles/{titleId:int}/revoke", Revoke).WithTags("诚信档案").RequireAuthorization().WithName("RevokeTitle")
            .WithSummary("撤销以弄虚作假取得的职称 {description, evidence}（授予机关），同时记入诚信档案").Accepts<FalsificationBody>("application/json");
        return routes;
    }

    private static async Task<Ok<IntegrityPage>> Search(HttpContext context, IntegrityArchive archive, string? q, bool? active, int? page, int? pageSize)
    {
        var jurisdiction = await context.JurisdictionAsync();
        var (number, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var query = archive.Search(jurisdiction, q, active == true);
        var total = await query.CountAsync(context.RequestAborted);
        var rows = await query.Skip((number - 1) * size).Take(size).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new IntegrityPage([.. rows.Select(e => IntegrityDocument.From(e, archive.IsActive(e), jurisdiction.Viewer))], number, size, total));
    }

    private static async Task<Results<Ok<IntegrityDocument>, NotFound>> Get(HttpContext context, IntegrityArchive archive, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        return await archive.FindAsync(jurisdiction, id, context.RequestAborted) is { } entry
            ? TypedResults.Ok(IntegrityDocument.From(entry, archive.IsActive(entry), jurisdiction.Viewer))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<IntegrityDocument>, ProblemHttpResult>> Add(HttpContext context, IntegrityArchive archive)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<IntegrityBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var jurisdiction = await context.JurisdictionAsync();
        var (form, problems) = body.ToForm();
        if (problems.Count > 0)
        {
            return ApiAnswers.Refused(problems);
        }
        var added = await archive.AddAsync(jurisdiction, form, context.RequestAborted);
        return added.Succeeded
            ? TypedResults.Created($"/api/v1/integrity/{added.Value!.Id}", await DocumentAsync(archive, jurisdiction, added.Value, context))
            : ApiAnswers.Refused(added.Problems);
    }

    private static async Task<Results<Ok<IntegrityDocument>, NotFound, ProblemHttpResult>> Correct(HttpContext context, IntegrityArchive archive, int id)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<IntegrityBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Version is not { } version)
        {
            return ApiAnswers.VersionMissing();
        }
        var jurisdiction = await context.JurisdictionAsync();
        var (form, problems) = body.ToForm();
        if (problems.Count > 0)
        {
            return ApiAnswers.Refused(problems);
        }
        var corrected = await archive.CorrectAsync(jurisdiction, id, version, form, body.Note, context.RequestAborted);
        return corrected.IsNotFound ? TypedResults.NotFound()
            : corrected.Succeeded ? TypedResults.Ok(await DocumentAsync(archive, jurisdiction, corrected.Value!, context))
            : ApiAnswers.Refused(corrected.Problems);
    }

    private static async Task<Ok<UnitActionPage>> Actions(HttpContext context, UnitSupervision supervision, int? page, int? pageSize)
    {
        var (number, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var query = supervision.List(await context.JurisdictionAsync());
        var total = await query.CountAsync(context.RequestAborted);
        var rows = await query.Skip((number - 1) * size).Take(size).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new UnitActionPage([.. rows.Select(UnitActionDocument.From)], number, size, total));
    }

    private static async Task<Results<Created<UnitActionDocument>, NotFound, ProblemHttpResult>> Order(HttpContext context, UnitSupervision supervision, int organisationId)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<OrderBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var jurisdiction = await context.JurisdictionAsync();
        var order = await supervision.OrderAsync(jurisdiction, organisationId, body.Reason, body.RectifyBy, body.ApplicationId, context.RequestAborted);
        return order.IsNotFound ? TypedResults.NotFound()
            : order.Succeeded ? TypedResults.Created($"/api/v1/units/actions/{order.Value!.Id}", await ActionDocumentAsync(supervision, jurisdiction, order.Value, context))
            : ApiAnswers.Refused(order.Problems);
    }

    private static async Task<Results<Ok<UnitActionDocument>, NotFound, ProblemHttpResult>> Report(HttpContext context, UnitSupervision supervision, int id)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<ReportBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Version is not { } version)
        {
            return ApiAnswers.VersionMissing();
        }
        var jurisdiction = await context.JurisdictionAsync();
        var reported = await supervision.ReportAsync(jurisdiction, id, version, body.Report, context.RequestAborted);
        return reported.IsNotFound ? TypedResults.NotFound()
            : reported.Succeeded ? TypedResults.Ok(await ActionDocumentAsync(supervision, jurisdiction, reported.Value!, context))
            : ApiAnswers.Refused(reported.Problems);
    }

    private static async Task<Results<Created<UnitActionDocument>, NotFound, ProblemHttpResult>> Criticise(HttpContext context, UnitSupervision supervision, int id)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<CriticismBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var jurisdiction = await context.JurisdictionAsync();
        var notice = await supervision.CriticiseAsync(jurisdiction, id, body.Reason, context.RequestAborted);
        return notice.IsNotFound ? TypedResults.NotFound()
            : notice.Succeeded ? TypedResults.Created($"/api/v1/units/actions/{notice.Value!.Id}", await ActionDocumentAsync(supervision, jurisdiction, notice.Value, context))
            : ApiAnswers.Refused(notice.Problems);
    }

    private static async Task<Results<Ok<RevokedTitleDocument>, NotFound, ProblemHttpResult>> Revoke(HttpContext context, Falsification falsification, int titleId)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<FalsificationBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var revoked = await falsification.RevokeTitleAsync(await context.JurisdictionAsync(), titleId, body.Description, body.Evidence, context.RequestAborted);
        return ApiAnswers.Answer(revoked, RevokedTitleDocument.From);
    }

    /// <summary>A record as stored, with its deciding authority's name (read back through the archive, as the caller sees it).</summary>
    private static async Task<IntegrityDocument> DocumentAsync(IntegrityArchive archive, Jurisdiction jurisdiction, IntegrityEntry entry, HttpContext context) =>
        IntegrityDocument.From(await archive.FindAsync(jurisdiction, entry.Id, context.RequestAborted) ?? entry, archive.IsActive(entry), jurisdiction.Viewer);

    /// <summary>An action as the list shows it (with the unit's and the issuer's names), or as saved when the caller no longer lists it.</summary>
    private static async Task<UnitActionDocument> ActionDocumentAsync(UnitSupervision supervision, Jurisdiction jurisdiction, UnitAction action, HttpContext context) =>
        UnitActionDocument.From(await supervision.List(jurisdiction).SingleOrDefaultAsync(a => a.Id == action.Id, context.RequestAborted) ?? action);
}
