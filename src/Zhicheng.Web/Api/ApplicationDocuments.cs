using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Api;

// The bodies /api/v1/applications… takes and the documents it answers with. Enums travel as snake_case codes with a
// Chinese label beside them; route, level and material kind are also read from their Chinese labels (晋升, 副高级 …).

/// <summary>An action's body: the <c>version</c> of the record as the caller last read it.</summary>
public interface IVersionedBody
{
    int? Version { get; }
}

/// <summary><c>personId</c> may be left out by an applicant (their own record); route and level are codes or labels.</summary>
public sealed record CreateApplicationBody(int? PersonId, int? CommitteeId, string? Route, string? Series, string? Specialty, string? Level);

public sealed record VersionBody(int? Version) : IVersionedBody;

public sealed record WithdrawBody(int? Version, string? Reason) : IVersionedBody;

public sealed record ApproveBody(int? Version, string? Opinion, bool IntegrityAcknowledged = false) : IVersionedBody;

/// <summary>A return: every problem at once (一次性告知), one per item.</summary>
public sealed record ReturnBody(int? Version, IReadOnlyList<string>? Items, string? Note) : IVersionedBody;

public sealed record RejectBody(int? Version, string? Reason) : IVersionedBody;

public sealed record PublicityBody(int? Version, DateOnly? Start) : IVersionedBody;

public sealed record ObjectionBody(int? Version, string? RaisedBy, string? Content) : IVersionedBody;

public sealed record ResolveBody(int? Version, string? Resolution) : IVersionedBody;

public sealed record DisqualifyBody(int? Version, string? Description, string? Evidence) : IVersionedBody;

public sealed record PersonRef(int Id, string Name, string IdNumber);

/// <summary>An application as lists show it; the identity number whole or masked per the caller's role.</summary>
public sealed record ApplicationRow(
    int Id, string Number, int Year, PersonRef Applicant, UnitRef Unit, UnitRef Committee, string Route, string RouteLabel,
    string Series, string Specialty, string Level, string LevelLabel, string Stage, string StageLabel, string? Step, string? StepLabel,
    int? ReviewerOrganisationId, DateTimeOffset? SubmittedAt, DateTimeOffset UpdatedAt, int Version)
{
    public static ApplicationRow From(TitleApplication a, Viewer viewer) => new(
        a.Id, a.Number, a.Year, ApplicationDocument.ApplicantOf(a, viewer), new UnitRef(a.UnitId, a.Unit?.Name ?? ""),
        new UnitRef(a.CommitteeId, a.Committee?.Name ?? ""), Codes.Route.Code(a.Route), Codes.Route.Label(a.Route), a.Series, a.Specialty,
        Codes.Level.Code(a.Level), Codes.Level.Label(a.Level), CommitteesApi.Code(a.Stage), ApplicationStages.Label(a.Stage),
        a.StepKind is { } k ? CommitteesApi.Code(k) : null, a.StepKind is { } l ? ReviewStepKinds.Label(l) : null,
        a.ReviewerOrganisationId, a.SubmittedAt, a.UpdatedAt, a.Version);
}

public sealed record ApplicationPage(IReadOnlyList<ApplicationRow> Rows, int Page, int PageSize, int Total);

/// <summary>
/// An application with its chain, timeline (a return's items listed), materials, publicity, objections and qualification
/// check; reviewers also see the applicant's active integrity records. <c>version</c> is what every action must carry.
/// </summary>
public sealed record ApplicationDocument(
    int Id, string Number, int Year, PersonRef Applicant, UnitRef Unit, UnitRef Committee, string Route, string RouteLabel,
    string Series, string Specialty, string Level, string LevelLabel, string Channel, string ChannelLabel, string Stage, string StageLabel,
    int StepIndex, string? Step, string? StepLabel, IReadOnlyList<ApplicationDocument.StepDocument> Steps,
    IReadOnlyList<ApplicationDocument.EventDocument> Timeline, IReadOnlyList<MaterialDocument> Materials,
    ApplicationDocument.PublicityDocument? Publicity, IReadOnlyList<ApplicationDocument.ObjectionDocument> Objections,
    ApplicationDocument.QualificationDocument? Qualification, IReadOnlyList<ApplicationDocument.IntegrityNotice>? IntegrityRecords,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset UpdatedAt, int Version)
{
    public sealed record StepDocument(int Order, string Kind, string KindLabel, UnitRef Organisation, bool Current, DateTimeOffset? ApprovedAt, string? ApprovedBy);

    public sealed record EventDocument(
        int Id, DateTimeOffset At, string Actor, string Action, string ActionLabel, string? Step, string? StepLabel, string From, string To,
        string? Note, IReadOnlyList<string> Items);

    public sealed record PublicityDocument(DateOnly Start, DateOnly? End);

    public sealed record ObjectionDocument(int Id, DateOnly RaisedOn, string RaisedBy, string Content, string RecordedBy, DateOnly? ResolvedOn,
        string? Resolution, string? ResolvedBy);

    public sealed record QualificationDocument(DateTimeOffset CheckedAt, bool Passed, string Summary);

    /// <summary>An active integrity record of the applicant, as every reviewer is shown it (N2024-4.4).</summary>
    public sealed record IntegrityNotice(int Id, string Kind, string KindLabel, DateOnly DecidedOn, string Authority, string Description);

    public static PersonRef ApplicantOf(TitleApplication a, Viewer viewer) =>
        new(a.PersonId, a.Person?.Name ?? "", a.Person is { } p ? IdNumbers.Show(p.IdNumber, viewer) : "");

    public static ApplicationDocument From(TitleApplication a, Viewer viewer, IReadOnlyList<IntegrityEntry>? records) => new(
        a.Id, a.Number, a.Year, ApplicantOf(a, viewer), new UnitRef(a.UnitId, a.Unit?.Name ?? ""), new UnitRef(a.CommitteeId, a.Committee?.Name ?? ""),
        Codes.Route.Code(a.Route), Codes.Route.Label(a.Route), a.Series, a.Specialty, Codes.Level.Code(a.Level), Codes.Level.Label(a.Level),
        Codes.Channel.Code(a.Channel), Codes.Channel.Label(a.Channel), CommitteesApi.Code(a.Stage), ApplicationStages.Label(a.Stage), a.StepIndex,
        a.StepKind is { } k ? CommitteesApi.Code(k) : null, a.StepKind is { } l ? ReviewStepKinds.Label(l) : null,
        [.. a.Steps.OrderBy(s => s.Order).Select(s => new StepDocument(s.Order, CommitteesApi.Code(s.Kind), ReviewStepKinds.Label(s.Kind),
            new UnitRef(s.OrganisationId, s.Organisation?.Name ?? ""), a.Stage == ApplicationStage.InReview && s.Order == a.StepIndex, s.ApprovedAt, s.ApprovedBy))],
        [.. a.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EventDocument(e.Id, e.At, e.Actor, CommitteesApi.Code(e.Action),
            ApplicationActions.Label(e.Action), e.StepKind is { } s ? CommitteesApi.Code(s) : null, e.StepKind is { } t ? ReviewStepKinds.Label(t) : null,
            CommitteesApi.Code(e.FromStage), CommitteesApi.Code(e.ToStage), e.Note, e.ItemList))],
        [.. a.Materials.OrderBy(m => m.Id).Select(MaterialDocument.From)],
        a.PublicityStart is { } start ? new PublicityDocument(start, a.PublicityEnd) : null,
        [.. a.Objections.OrderBy(o => o.Id).Select(o => new ObjectionDocument(o.Id, o.RaisedOn, o.RaisedBy, o.Content, o.RecordedBy, o.ResolvedOn, o.Resolution, o.ResolvedBy))],
        a.QualificationCheckedAt is { } checkedAt ? new QualificationDocument(checkedAt, a.QualificationPassed == true, a.QualificationSummary ?? "") : null,
        records?.Select(r => new IntegrityNotice(r.Id, Codes.IntegrityKind.Code(r.Kind), Codes.IntegrityKind.Label(r.Kind), r.DecidedOn,
            r.Authority?.Name ?? "", r.Description)).ToList(),
        a.CreatedBy, a.CreatedAt, a.SubmittedAt, a.UpdatedAt, a.Version);

    /// <summary>The document for the caller: reviewers (not the applicant) also get the active integrity records of today.</summary>
    public static async Task<ApplicationDocument> ForAsync(HttpContext context, Viewer viewer, TitleApplication application)
    {
        IReadOnlyList<IntegrityEntry>? records = null;
        if (viewer.Role != Domain.Organisations.AccountRole.Applicant && application.Person is { } person)
        {
            var services = context.RequestServices;
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            records = await services.GetRequiredService<ApplicationRules>().ActiveRecordsAsync(person.IdNumber, today, context.RequestAborted);
        }
        return From(application, viewer, records);
    }
}

/// <summary>A material's metadata; <c>href</c> serves its bytes.</summary>
public sealed record MaterialDocument(int Id, string Kind, string KindLabel, string FileName, string MediaType, long Size, string Sha256,
    DateTimeOffset UploadedAt, string UploadedBy, string Href)
{
    public static MaterialDocument From(ApplicationMaterial m) => new(
        m.Id, CommitteesApi.Code(m.Kind), MaterialKinds.Label(m.Kind), m.FileName, MaterialFormats.MediaType(m.Format), m.Size, m.Sha256,
        m.UploadedAt, m.UploadedBy, $"/api/v1/applications/{m.ApplicationId}/materials/{m.Id}");

    /// <summary>A kind by its code (<c>education</c>) or Chinese label (学历证书).</summary>
    public static MaterialKind? ParseKind(string? text) => ApiAnswers.Named<MaterialKind>(text, MaterialKinds.Label);

    public static string DescribeKinds() => ApiAnswers.Describe<MaterialKind>(MaterialKinds.Label);
}

/// <summary>How /api/v1/applications, /integrity and /units answer a refusal and read a body (the committees API's shape, with each problem's clause).</summary>
internal static class ApiAnswers
{
    /// <summary>
    /// problem+json: <c>errors</c> maps each field path (<c>$</c> for the request as a whole) to its messages with their
    /// clause; <c>problems</c> lists field, message and clause id apart; <c>clauses</c> the distinct clause ids. 409 when a
    /// problem is a stale version (the services name the field <c>version</c>), else 400 unless <paramref name="status"/> says.
    /// </summary>
    public static ProblemHttpResult Refused(IReadOnlyList<Problem> problems, int? status = null)
    {
        var stale = problems.Any(p => p.Field == "version");
        return TypedResults.Problem(
            title: status is null && stale ? "记录已被他人处理或修改" : "请求被拒绝",
            detail: string.Join("；", problems.Select(p => p.Text)),
            statusCode: status ?? (stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = problems.GroupBy(Field).ToDictionary(g => g.Key, g => g.Select(p => p.Text).ToArray()),
                ["problems"] = problems.Select(p => new ProblemDocument(Field(p), p.Message, p.ClauseId)).ToArray(),
                ["clauses"] = problems.Select(p => p.ClauseId).OfType<string>().Distinct().ToArray(),
            });
    }

    /// <summary>An action without the version it acts on: 400, not 409 (nothing was stale).</summary>
    public static ProblemHttpResult VersionMissing() =>
        Refused([new Problem("version", "请带上读取时的版本号（version），以免处理他人已经改过的记录")], StatusCodes.Status400BadRequest);

    public static Results<Ok<TDocument>, NotFound, ProblemHttpResult> Answer<T, TDocument>(Outcome<T> outcome, Func<T, TDocument> document) =>
        outcome.IsNotFound ? TypedResults.NotFound() : outcome.Succeeded ? TypedResults.Ok(document(outcome.Value!)) : Refused(outcome.Problems);

    /// <summary>The JSON body, or the problem that stops it (empty, or a value of the wrong type, by field).</summary>
    public static async Task<(T? Body, ProblemHttpResult? Invalid)> ReadAsync<T>(HttpContext context) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted);
            return body is null ? (null, Refused([new Problem("", "请求体为空，应为 JSON 对象")])) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
            return (null, Refused([new Problem(field, "值无效或格式不对（日期用 yyyy-MM-dd，版本号为整数）")]));
        }
    }

    /// <summary>A value of a code table by its code or Chinese label; a missing or unknown one is a problem at <paramref name="field"/>.</summary>
    public static T? Code<T>(CodeTable<T> table, string? text, string field, string what, List<Problem> problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem(field, $"请填写{what}（{table.Describe()}）"));
            return null;
        }
        if (table.TryParse(text, out var value))
        {
            return value;
        }
        problems.Add(new Problem(field, $"无效的{what}“{text.Trim()}”，可用：{table.Describe()}"));
        return null;
    }

    /// <summary>An enumeration's value by its snake_case code (any case) or its Chinese label; null when neither.</summary>
    public static T? Named<T>(string? text, Func<T, string> label) where T : struct, Enum
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null
            : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(CommitteesApi.Code(v!.Value), t, StringComparison.OrdinalIgnoreCase) || label(v.Value) == t);
    }

    /// <summary>"draft（草稿）、in_review（审核中）…" for messages.</summary>
    public static string Describe<T>(Func<T, string> label) where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{CommitteesApi.Code(v)}（{label(v)}）"));

    private static string Field(Problem p) => p.Field.Length == 0 ? "$" : p.Field;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
