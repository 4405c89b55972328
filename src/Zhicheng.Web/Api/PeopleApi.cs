using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/people</c>: search, a person's record, and the eligibility check on a stored record. Signed in by
/// cookie or API token; every answer is limited to the caller's jurisdiction (a person outside it is 404).
/// </summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/people").WithTags("人员").RequireAuthorization();
        group.MapGet("/", Search).WithName("SearchPeople").WithSummary("查询人员（姓名开头或身份证号，分页）");
        group.MapGet("/{id:int}", Get).WithName("GetPerson").WithSummary("人员档案");
        group.MapPost("/{id:int}/eligibility", CheckRecord).WithName("CheckPersonEligibility")
            .WithSummary("按档案审查申报资格")
            .WithDescription("请求体只需 route、target、applicationYear（初定另需 determinedOn），可选 committeeId、materialDeadline、requirements；申报人信息取自档案，要求取自当年施行的评价标准（决定的 requirements.source 写明版本），未给 materialDeadline 时 D 取自所选（或唯一适用的）评委会已批准的年度工作方案，并在响应头 Zhicheng-Material-Deadline、Zhicheng-Plan 中注明。回答与 /api/v1/eligibility/check 相同。")
            .Accepts<RecordRequest>("application/json")
            .Produces<DecisionDocument>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Ok<PeoplePage>> Search(HttpContext context, PeopleDirectory directory, string? q, int? unit, int? page, int? pageSize) =>
        TypedResults.Ok(await directory.SearchAsync(await context.JurisdictionAsync(), q, unit, page ?? 1, pageSize ?? 20, context.RequestAborted));

    private static async Task<Results<Ok<PersonDocument>, NotFound>> Get(HttpContext context, PeopleDirectory directory, int id)
    {
        var jurisdiction = await context.JurisdictionAsync();
        var person = await directory.FindAsync(jurisdiction, id, context.RequestAborted);
        return person is null ? TypedResults.NotFound() : TypedResults.Ok(PersonDocument.From(person, IdNumbers.Show(person.IdNumber, jurisdiction.Viewer)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, NotFound>> CheckRecord(
        HttpContext context, PeopleDirectory directory, RecordEligibility eligibility, int id)
    {
        var person = await directory.FindAsync(await context.JurisdictionAsync(), id, context.RequestAborted);
        if (person is null)
        {
            return TypedResults.NotFound();
        }
        RecordRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<RecordRequest>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            return EligibilityApi.Invalid([new InputError(ex.Path ?? "$", "请求体不是有效的 JSON：" + ex.Message)]);
        }
        var (outcome, plan) = await eligibility.CheckAsync(person, request ?? new RecordRequest(), context.RequestAborted);
        if (outcome.Decision is null)
        {
            return EligibilityApi.Invalid(outcome.Errors);
        }
        if (plan is not null)
        {
            // The decision keeps the contract's shape; where D came from travels beside it.
            context.Response.Headers[MaterialDeadlineHeader] = plan.MaterialDeadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers[PlanHeader] = $"committee={plan.CommitteeId}; year={plan.Year}";
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DecisionJson.CompactOptions))
        {
            DecisionJson.Write(writer, outcome.Decision);
        }
        return TypedResults.File(stream.ToArray(), "application/json; charset=utf-8");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>D taken from a committee's approved plan (absent when the request gave D), and which plan.</summary>
    public const string MaterialDeadlineHeader = "Zhicheng-Material-Deadline";

    public const string PlanHeader = "Zhicheng-Plan";
}

/// <summary>A person's record as the API shows it (identity number whole or masked per the caller's role).</summary>
public sealed record PersonDocument(
    int Id, string Name, string IdNumber, string Sex, DateOnly BirthDate, int UnitId, string Unit, bool InService,
    DateOnly? WorkStartDate, string? PostSeries, string? PostSpecialty, DateOnly? PostSince,
    IReadOnlyList<PersonDocument.Title> Titles, IReadOnlyList<PersonDocument.Assessment> Assessments,
    IReadOnlyList<PersonDocument.Degree> Education, IReadOnlyList<PersonDocument.Achievement> Achievements)
{
    public sealed record Title(string Series, string Specialty, string Level, DateOnly ObtainedOn, string Source, DateOnly? TransferredOn,
        string? CertificateNumber, string? GrantedBy, DateOnly? RevokedOn);

    public sealed record Assessment(int Year, string Grade);

    public sealed record Degree(string Level, bool FullTime, DateOnly ObtainedOn, string? School, string? Major);

    public sealed record Achievement(string Title, DateOnly ObtainedOn);

    public static PersonDocument From(Person p, string idNumber) => new(
        p.Id, p.Name, idNumber, p.Sex == Domain.Identity.Sex.Male ? "男" : "女", p.BirthDate, p.UnitId, p.Unit?.Name ?? "", p.InService,
        p.WorkStartDate, p.PostSeries, p.PostSpecialty, p.PostSince,
        [.. p.Titles.Select(t => new Title(t.Series, t.Specialty, Codes.Level.Code(t.Level), t.ObtainedOn, OrganisationCodes.Source.Code(t.Source),
            t.TransferredOn, t.CertificateNumber, t.GrantedBy, t.RevokedOn))],
        [.. p.Assessments.Select(a => new Assessment(a.Year, Codes.Grade.Code(a.Grade)))],
        [.. p.Education.Select(e => new Degree(Codes.Degree.Code(e.Degree), e.FullTime, e.ObtainedOn, e.School, e.Major))],
        [.. p.Achievements.Select(a => new Achievement(a.Title, a.ObtainedOn))]);
}
