using Microsoft.AspNetCore.Http.HttpResults;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Meetings;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/meetings</c>: evaluation meetings — the committee office schedules, draws the panel, records attendance and
/// review groups, opens and closes the secret ballot, publicises the results and records objections; the supervising
/// bureau re-runs the draw and confirms the results; an expert scores for their group and casts one ballot
/// (<c>POST /{id}/ballot</c>). <c>/api/v1/results</c> is the public results publicity. Refusals as in
/// <see cref="ApplicationsApi"/>: problem+json by field with each problem's clause, 409 for a stale version; a meeting
/// outside the caller's reach is 404.
/// </summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder routes)
    {
        var meetings = routes.MapGroup("/api/v1/meetings").WithTags("评审会议").RequireAuthorization();
        meetings.MapGet("/", List).WithName("ListMeetings").WithSummary("评审会议列表（评委会办公室、监管的人社部门；分页）");
        meetings.MapGet("/mine", Mine).WithName("MyMeetings").WithSummary("本人被抽为评委的会议（评审专家）");
        meetings.MapPost("/", Schedule).WithName("ScheduleMeeting").WithSummary("安排评审会议 {committeeId, heldOn, place, panelSize, specialties?, applicationIds?}")
            .Accepts<ScheduleBody>("application/json");
        meetings.MapGet("/{id:int}", Get).WithName("GetMeeting").WithSummary("一次评审会议（名单、评委、评议组、异议；计票结果在投票结束后）");
        meetings.MapGet("/{id:int}/seat", Seat).WithName("GetMeetingSeat").WithSummary("评审专家看到的会议：名单、本人评议组、是否已投票（不含评委名单）");
        meetings.MapPost("/{id:int}/draw", Draw).WithName("DrawPanel").WithSummary("随机抽取评委（回避同单位及申报利害关系的专家）{version}").Accepts<MeetingActionBody>("application/json");
        meetings.MapGet("/{id:int}/draw", Replay).WithName("ReplayDraw").WithSummary("按留存的种子和候选名单复核抽取结果");
        meetings.MapPost("/{id:int}/attendance", Attendance).WithName("RecordAttendance").WithSummary("出席登记 {version, present: [seatId]}").Accepts<AttendanceBody>("application/json");
        meetings.MapPost("/{id:int}/groups", Groups).WithName("FormGroups").WithSummary("设置评议组 {version, groups: [{name, seatIds, candidateIds}]}").Accepts<GroupsBody>("application/json");
        meetings.MapPost("/{id:int}/candidates/{candidateId:int}/scores", Score).WithName("ScoreCandidate")
            .WithSummary("评议组打分与评议意见 {moralCharacter, professionalEthics, professionalAbility, technicalLevel, academicInfluence, opinion}").Accepts<ScoreForm>("application/json");
        meetings.MapPost("/{id:int}/ballot/open", Open).WithName("OpenBallot").WithSummary("核对出席人数后开始无记名投票 {version}").Accepts<MeetingActionBody>("application/json");
        meetings.MapPost("/{id:int}/ballot", Cast).WithName("CastBallot").WithSummary("投票 {choices: {candidateId: yes|no|abstain}}（每位出席评委一次）").Accepts<BallotBody>("application/json");
        meetings.MapPost("/{id:int}/ballot/close", Close).WithName("CloseBallot").WithSummary("结束投票、计票并生成会议纪要 {version}").Accepts<MeetingActionBody>("application/json");
        meetings.MapGet("/{id:int}/minutes", Minutes).WithName("GetMinutes").WithSummary("会议纪要 PDF");
        meetings.MapPost("/{id:int}/publicity", Publish).WithName("PublishResults").WithSummary("评审结果公示 {version, start?}").Accepts<ResultsPublicityBody>("application/json");
        meetings.MapPost("/{id:int}/objections", Raise).WithName("RaiseResultObjection").WithSummary("登记公示异议 {candidateId, raisedBy, content}").Accepts<ResultObjectionBody>("application/json");
        meetings.MapPost("/{id:int}/objections/{objectionId:int}/resolution", Resolve).WithName("ResolveResultObjection")
            .WithSummary("异议处理结果 {resolution, upheld}").Accepts<ResultResolutionBody>("application/json");
        meetings.MapPost("/{id:int}/confirmation", Confirm).WithName("ConfirmResults")
            .WithSummary("审核确认评审结果并授予职称、签发电子证书 {version, documentNumber, overrideReason?}（监管的人社部门）").Accepts<ConfirmResultsBody>("application/json");

        var results = routes.MapGroup("/api/v1/results").WithTags("评审结果公示").AllowAnonymous();
        results.MapGet("/", PublicList).WithName("ListPublicResults").WithSummary("公示中及已确认的评审结果");
        results.MapGet("/{id:int}", PublicResults).WithName("GetPublicResults").WithSummary("一次会议的评审通过人员公示");
        return routes;
    }

    private static async Task<Ok<MeetingPage>> List(HttpContext context, MeetingQueries queries, int? year, string? status, int? page, int? pageSize)
    {
        var (number, size) = (Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100));
        var (rows, total) = await queries.ListAsync(await context.JurisdictionAsync(), year, ApiAnswers.Named<MeetingStatus>(status, MeetingStatuses.Label), number, size, context.RequestAborted);
        return TypedResults.Ok(new MeetingPage([.. rows.Select(MeetingRowDocument.From)], number, size, total));
    }

    private static async Task<Ok<IReadOnlyList<ExpertMeetingRow>>> Mine(HttpContext context, MeetingQueries queries) =>
        TypedResults.Ok<IReadOnlyList<ExpertMeetingRow>>(await queries.ForExpertAsync((await context.JurisdictionAsync()).Viewer, context.RequestAborted));

    private static async Task<Results<Created<MeetingDocument>, NotFound, ProblemHttpResult>> Schedule(HttpContext context, MeetingSchedule schedule, MeetingQueries queries)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<ScheduleBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var jurisdiction = await context.JurisdictionAsync();
        var done = await schedule.ScheduleAsync(jurisdiction, new MeetingForm(body.CommitteeId ?? 0, body.HeldOn, body.Place, body.PanelSize, body.Specialties, body.ApplicationIds), context.RequestAborted);
        if (done.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        return done.Succeeded
            ? TypedResults.Created($"/api/v1/meetings/{done.Value!.Id}", MeetingDocument.From((await queries.FindAsync(jurisdiction, done.Value.Id, context.RequestAborted))!))
            : ApiAnswers.Refused(done.Problems);
    }

    private static async Task<Results<Ok<MeetingDocument>, NotFound>> Get(HttpContext context, MeetingQueries queries, int id) =>
        await queries.FindAsync(await context.JurisdictionAsync(), id, context.RequestAborted) is { } view ? TypedResults.Ok(MeetingDocument.From(view)) : TypedResults.NotFound();

    private static async Task<Results<Ok<SeatViewDocument>, NotFound>> Seat(HttpContext context, MeetingQueries queries, int id) =>
        await queries.ForSeatAsync((await context.JurisdictionAsync()).Viewer, id, context.RequestAborted) is { } view ? TypedResults.Ok(SeatViewDocument.From(view)) : TypedResults.NotFound();

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Draw(HttpContext context, PanelDraw draw, MeetingQueries queries, int id) =>
        Versioned<MeetingActionBody>(context, queries, id, (j, b, v) => draw.DrawAsync(j, id, v, context.RequestAborted));

    private static async Task<Results<Ok<DrawReplay>, NotFound, ProblemHttpResult>> Replay(HttpContext context, PanelDraw draw, int id) =>
        ApiAnswers.Answer(await draw.ReplayAsync(await context.JurisdictionAsync(), id, context.RequestAborted), r => r);

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Attendance(HttpContext context, MeetingSchedule schedule, MeetingQueries queries, int id) =>
        Versioned<AttendanceBody>(context, queries, id, (j, b, v) => schedule.AttendanceAsync(j, id, v, b.Present ?? [], context.RequestAborted));

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Groups(HttpContext context, GroupReview review, MeetingQueries queries, int id) =>
        Versioned<GroupsBody>(context, queries, id, (j, b, v) => review.FormAsync(j, id, v,
            [.. (b.Groups ?? []).Select(g => new GroupForm(g.Name, g.SeatIds ?? [], g.CandidateIds ?? []))], context.RequestAborted));

    private static async Task<Results<Ok<CandidateDocument>, NotFound, ProblemHttpResult>> Score(HttpContext context, GroupReview review, int id, int candidateId)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<ScoreForm>(context);
        if (body is null)
        {
            return invalid!;
        }
        return ApiAnswers.Answer(await review.ScoreAsync(await context.JurisdictionAsync(), id, candidateId, body, context.RequestAborted), c => CandidateDocument.Scored(c));
    }

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Open(HttpContext context, SecretBallot ballot, MeetingQueries queries, int id) =>
        Versioned<MeetingActionBody>(context, queries, id, (j, b, v) => ballot.OpenAsync(j, id, v, context.RequestAborted));

    private static async Task<Results<Ok<BallotReceiptDocument>, NotFound, ProblemHttpResult>> Cast(HttpContext context, SecretBallot ballot, int id)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<BallotBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        var problems = new List<Problem>();
        var choices = new Dictionary<int, VoteChoice>();
        foreach (var (key, text) in body.Choices ?? [])
        {
            if (!int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var candidate))
            {
                problems.Add(new Problem($"choices.{key}", "申报人编号应为整数"));
            }
            else if (ApiAnswers.Named<VoteChoice>(text, VoteChoices.Label) is { } choice)
            {
                choices[candidate] = choice;
            }
            else
            {
                problems.Add(new Problem($"choices.{key}", $"无效的表决“{text}”，可用：{ApiAnswers.Describe<VoteChoice>(VoteChoices.Label)}"));
            }
        }
        if (problems.Count > 0)
        {
            return ApiAnswers.Refused(problems);
        }
        return ApiAnswers.Answer(await ballot.CastAsync(await context.JurisdictionAsync(), id, choices, context.RequestAborted), n => new BallotReceiptDocument(id, n));
    }

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Close(HttpContext context, SecretBallot ballot, MeetingQueries queries, int id) =>
        Versioned<MeetingActionBody>(context, queries, id, (j, b, v) => ballot.CloseAsync(j, id, v, context.RequestAborted));

    private static async Task<Results<FileContentHttpResult, NotFound>> Minutes(HttpContext context, MeetingQueries queries, MeetingMinutesArchive archive, int id)
    {
        var view = await queries.FindAsync(await context.JurisdictionAsync(), id, context.RequestAborted);
        return view?.Meeting.MinutesSha256 is { } sha && await archive.ReadAsync(sha, context.RequestAborted) is { } bytes
            ? TypedResults.File(bytes, "application/pdf", $"{view.Meeting.Number}-会议纪要.pdf")
            : TypedResults.NotFound();
    }

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Publish(HttpContext context, MeetingResults results, MeetingQueries queries, int id) =>
        Versioned<ResultsPublicityBody>(context, queries, id, (j, b, v) => results.PublishAsync(j, id, v, b.Start, context.RequestAborted));

    private static async Task<Results<Ok<ResultObjection>, NotFound, ProblemHttpResult>> Raise(HttpContext context, MeetingResults results, int id)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<ResultObjectionBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        return ApiAnswers.Answer(await results.RaiseAsync(await context.JurisdictionAsync(), id, body.CandidateId ?? 0, body.RaisedBy, body.Content, context.RequestAborted), o => o);
    }

    private static async Task<Results<Ok<ResultObjection>, NotFound, ProblemHttpResult>> Resolve(HttpContext context, MeetingResults results, int id, int objectionId)
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<ResultResolutionBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        return ApiAnswers.Answer(await results.ResolveAsync(await context.JurisdictionAsync(), id, objectionId, body.Resolution, body.Upheld == true, context.RequestAborted), o => o);
    }

    private static Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Confirm(HttpContext context, MeetingResults results, MeetingQueries queries, int id) =>
        Versioned<ConfirmResultsBody>(context, queries, id, (j, b, v) => results.ConfirmAsync(j, id, v, b.DocumentNumber, b.OverrideReason, context.RequestAborted));

    private static async Task<Ok<IReadOnlyList<PublicResultsRow>>> PublicList(HttpContext context, MeetingQueries queries, int? year) =>
        TypedResults.Ok<IReadOnlyList<PublicResultsRow>>(await queries.PublicListAsync(year, context.RequestAborted));

    private static async Task<Results<Ok<PublicResults>, NotFound>> PublicResults(HttpContext context, MeetingQueries queries, int id) =>
        await queries.PublicAsync(id, context.RequestAborted) is { } results ? TypedResults.Ok(results) : TypedResults.NotFound();

    /// <summary>Reads a body with a version, runs the action and answers the meeting as it now stands.</summary>
    private static async Task<Results<Ok<MeetingDocument>, NotFound, ProblemHttpResult>> Versioned<TBody>(HttpContext context, MeetingQueries queries, int id,
        Func<App.Features.Accounts.Jurisdiction, TBody, int, Task<Outcome<EvaluationMeeting>>> act) where TBody : MeetingActionBody
    {
        var (body, invalid) = await ApiAnswers.ReadAsync<TBody>(context);
        if (body is null)
        {
            return invalid!;
        }
        if (body.Version is not { } version)
        {
            return ApiAnswers.VersionMissing();
        }
        var jurisdiction = await context.JurisdictionAsync();
        var done = await act(jurisdiction, body, version);
        if (done.IsNotFound)
        {
            return TypedResults.NotFound();
        }
        return done.Succeeded && await queries.FindAsync(jurisdiction, id, context.RequestAborted) is { } view
            ? TypedResults.Ok(MeetingDocument.From(view))
            : ApiAnswers.Refused(done.Problems);
    }
}
