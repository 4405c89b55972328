using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/standards</c>: the published evaluation standards, open to anyone (N2024-1.2); and, signed in, drafting,
/// saving and publishing a version (N2024-1.1: five dimensions, weights, 破四唯). A draft outside the caller's
/// jurisdiction is 404; a refusal is problem+json with every problem keyed by its JSON path, each naming its clause.
/// </summary>
public static class StandardsApi
{
    public static IEndpointRouteBuilder MapStandardsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/standards").WithTags("评价标准");
        group.MapGet("/", List).AllowAnonymous().WithName("ListStandards").WithSummary("已发布的评价标准（按系列、级别、名称筛选，分页；无需登录）");
        group.MapGet("/{id:int}", Get).AllowAnonymous().WithName("GetStandard").WithSummary("评价标准的一个版本及其内容（已发布的无需登录）");
        group.MapPost("/", Create).RequireAuthorization().WithName("DraftStandard")
            .WithSummary("起草新版本 {title, series, specialty, level, inForceFrom, content}")
            .Accepts<StandardRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/{id:int}", Update).RequireAuthorization().WithName("UpdateStandard")
            .WithSummary("修改草稿的名称、施行年度和内容（已发布的版本不能修改）")
            .Accepts<StandardRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{id:int}/publish", Publish).RequireAuthorization().WithName("PublishStandard")
            .WithSummary("发布（逐项检查五个维度、权重和破四唯，全部问题一并列出）").ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static async Task<Ok<StandardPage>> List(HttpContext context, StandardService standards, string? series, string? level, string? q, int? page)
    {
        var list = standards.Published(series, Codes.Level.TryParse(level, out var l) ? l : null, q);
        var paging = Paging.Of(await list.CountAsync(context.RequestAborted), page ?? 1);
        var rows = await list.Skip(paging.Skip).Take(Paging.Size).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(new StandardPage([.. rows.Select(s => StandardDocument.From(s, withContent: false))], paging.Page, Paging.Size, paging.Total));
    }

    private static async Task<Results<Ok<StandardDocument>, NotFound>> Get(HttpContext context, StandardService standards, int id)
    {
        var viewer = Viewer.From(context.User);
        var jurisdiction = viewer is not null && PlanAccess.MayUse(viewer) ? await context.JurisdictionAsync() : null;
        var standard = await standards.FindAsync(jurisdiction, id, context.RequestAborted);
        return standard is null ? TypedResults.NotFound() : TypedResults.Ok(StandardDocument.From(standard, withContent: true));
    }

    private static async Task<Results<Created<StandardDocument>, ProblemHttpResult, NotFound>> Create(HttpContext context, StandardService standards)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await PlansApi.ReadAsync<StandardRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        var (draft, problems) = request!.ToDraft();
        if (draft is null)
        {
            return PlansApi.Refusal(problems);
        }
        var created = await standards.CreateAsync(jurisdiction, draft, context.RequestAborted);
        return created switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Succeeded: true } => TypedResults.Created($"/api/v1/standards/{created.Value!.Id}", StandardDocument.From(created.Value, withContent: true)),
            _ => PlansApi.Refusal(created.Problems),
        };
    }

    private static async Task<Results<Ok<StandardDocument>, ProblemHttpResult, NotFound>> Update(HttpContext context, StandardService standards, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return TypedResults.NotFound();
        }
        var (request, invalid) = await PlansApi.ReadAsync<StandardRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        var (draft, problems) = request!.ToDraft(scopeFixed: true);
        if (draft is null)
        {
            return PlansApi.Refusal(problems);
        }
        return Answer(await standards.UpdateAsync(jurisdiction, id, draft, context.RequestAborted));
    }

    private static async Task<Results<Ok<StandardDocument>, ProblemHttpResult, NotFound>> Publish(HttpContext context, StandardService standards, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        return PlanAccess.MayUse(jurisdiction.Viewer)
            ? Answer(await standards.PublishAsync(jurisdiction, id, context.RequestAborted))
            : TypedResults.NotFound();
    }

    private static Results<Ok<StandardDocument>, ProblemHttpResult, NotFound> Answer(Outcome<EvaluationStandard> outcome) => outcome switch
    {
        { IsNotFound: true } => TypedResults.NotFound(),
        { Succeeded: true } => TypedResults.Ok(StandardDocument.From(outcome.Value!, withContent: true)),
        _ => PlansApi.Refusal(outcome.Problems),
    };
}

/// <summary>
/// A standard version as it is drafted through the API or published from a file by the CLI: what it is for, and its
/// content — the JSON document of <see cref="StandardJson"/>, as an object (or as a string holding one). The level is a
/// code or its Chinese label (<c>intermediate</c> / 中级).
/// </summary>
public sealed record StandardRequest(string? Title, string? Series, string? Specialty, string? Level, int? InForceFrom, JsonElement? Content)
{
    /// <summary>
    /// The draft the service takes, or the fields that are missing or not understood. With <paramref name="scopeFixed"/>
    /// (saving an existing draft) series, specialty and level may be left out: the version keeps its own.
    /// </summary>
    public (StandardDraft? Draft, List<Problem> Problems) ToDraft(bool scopeFixed = false)
    {
        var problems = new List<Problem>();
        if (!Codes.Level.TryParse(Level, out var level) && !scopeFixed)
        {
            problems.Add(new Problem("level", $"级别应为 {Codes.Level.Describe()} 之一，实际为“{Level}”", Domain.Policy.ClauseIds.StandardPublication));
        }
        if (InForceFrom is null)
        {
            problems.Add(new Problem("inForceFrom", "请填写施行年度（inForceFrom）", Domain.Policy.ClauseIds.StandardPublication));
        }
        var content = Content switch
        {
            null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { } json => json.GetRawText(),
        };
        if (content is null)
        {
            problems.Add(new Problem("content", "请提供评价标准内容（content），即评价指标、申报条件等的 JSON 文档", Domain.Policy.ClauseIds.StandardPublication));
        }
        return problems.Count > 0
            ? (null, problems)
            : (new StandardDraft(Title ?? "", Series ?? "", Specialty, level, InForceFrom!.Value, content!), problems);
    }
}

public sealed record StandardPage(IReadOnlyList<StandardDocument> Rows, int Page, int PageSize, int Total);

/// <summary>A standard version as the API shows it; <c>content</c> is its JSON document (left out of lists).</summary>
public sealed record StandardDocument(
    int Id, string Title, string Series, string? Specialty, string Level, string LevelLabel, int Version, int InForceFrom,
    int OwnerUnitId, string? OwnerUnit, string ManagementLevel, bool Published, DateTimeOffset? PublishedAt, string? PublishedBy, JsonElement? Content)
{
    public static StandardDocument From(EvaluationStandard s, bool withContent)
    {
        JsonElement? content = null;
        if (withContent)
        {
            using var document = JsonDocument.Parse(s.ContentJson);
            content = document.RootElement.Clone();
        }
        return new StandardDocument(s.Id, s.Title, s.Series, s.Specialty, Codes.Level.Code(s.Level), Codes.Level.Label(s.Level), s.Version, s.InForceFrom,
            s.OwnerUnitId, s.OwnerUnit?.Name, StandardCodes.ManagementLevel.Code(s.ManagementLevel), s.IsPublished, s.PublishedAt, s.PublishedBy, content);
    }
}
