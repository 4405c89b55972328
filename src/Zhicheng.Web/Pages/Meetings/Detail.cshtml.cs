using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// 评审会议 — one meeting as its committee office and the bureaus supervising it see it: the list (tallies only once the
/// ballot is closed), the panel, the recorded draw and its re-run, and the actions of the meeting's stage, each a form
/// that posts the version it was shown (a stale one is refused). The office runs the meeting; the bureau that supervises
/// the committee confirms the results. Anyone else: 404.
/// </summary>
public sealed class DetailModel(
    MeetingQueries queries, PanelDraw draw, MeetingSchedule schedule, GroupReview review, SecretBallot ballot, MeetingResults results,
    AppDbContext db, PolicyVersion policy, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public MeetingView View { get; private set; } = null!;
    public EvaluationMeeting Meeting => View.Meeting;
    public Viewer Viewer { get; private set; } = null!;

    /// <summary>The committee office that runs the meeting (the only one who acts on it but for the confirmation).</summary>
    public bool Runs { get; private set; }

    /// <summary>The bureau that confirms the results: the committee's supervising bureau (or the city bureau).</summary>
    public bool Confirms { get; private set; }

    public DrawRecord? Record { get; private set; }
    public DrawReplay? Replay { get; private set; }
    public IReadOnlyList<GrantedTitle> Granted { get; private set; } = [];
    public MeetingProblems Problems { get; private set; } = MeetingProblems.None;
    public GroupRows Rows { get; private set; } = null!;

    /// <summary>The objection whose resolution form was refused (its problems are shown beside it).</summary>
    public int? ObjectionPosted { get; private set; }

    /// <summary>Which form a refusal came from (its <c>done</c> name), so that a problem shows beside that form only.</summary>
    public string? Posted { get; private set; }

    public PolicySettings Settings => policy.Settings;
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    public int Present => Meeting.Seats.Count(s => s.Present);
    public int Quorum => Meeting.Seats.Count == 0 ? 0 : MeetingRules.QuorumOf(Meeting.Seats.Count, Settings);
    public DateOnly ResultsDeadline => Settings.ResultsDeadline.In(Meeting.Year);
    public string GroupName(int? groupId) => Meeting.Groups.FirstOrDefault(g => g.Id == groupId)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await HttpContext.JurisdictionAsync()) ? Page() : NotFound();

    /// <summary>
    /// 评审名单 as an Excel workbook, for the office and the supervising bureaus (for filing the results): the list with
    /// groups, scores and opinions; the tally and outcome once the ballot is closed (never while it is open); the
    /// certificate number once confirmed.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (!await LoadAsync(await HttpContext.JurisdictionAsync()))
        {
            return NotFound();
        }
        var list = new MeetingList(View.Candidates, Meeting.Status, Meeting.Groups, LinkApplications: false);
        var certificates = Granted.ToDictionary(g => g.ApplicationNumber, g => g.CertificateNumber);
        var table = View.Candidates.Select((r, i) =>
        {
            var c = r.Candidate;
            var row = new Dictionary<string, object?>
            {
                ["序号"] = i + 1, ["申报编号"] = r.ApplicationNumber, ["姓名"] = r.Name, ["工作单位"] = r.Unit, ["申报系列/专业/级别"] = MeetingList.Target(r),
                ["评议组"] = list.Group(c.GroupId),
            };
            foreach (var (label, score) in MeetingList.Scores(c))
            {
                row[label] = score;
            }
            row["评议意见"] = c.Opinion;
            row["同意"] = list.Counted ? c.Yes : null;
            row["不同意"] = list.Counted ? c.No : null;
            row["弃权"] = list.Counted ? c.Abstain : null;
            row["出席评委"] = list.Counted ? Present : null;
            row["表决结果"] = list.Counted ? MeetingList.Outcome(c) : null;
            row["证书编号"] = certificates.GetValueOrDefault(r.ApplicationNumber);
            return row;
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, table, sheetName: "评审名单", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"评审名单-{Meeting.Number}.xlsx");
    }

    /// <summary>复核抽取: re-runs the recorded draw and shows whether it gives the same panel (a read; changes nothing).</summary>
    public async Task<IActionResult> OnGetReplayAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var replayed = await draw.ReplayAsync(jurisdiction, Id, HttpContext.RequestAborted);
        if (replayed.IsNotFound || !await LoadAsync(jurisdiction))
        {
            return NotFound();
        }
        Done = null;
        if (replayed.Succeeded)
        {
            Replay = replayed.Value;
        }
        else
        {
            Problems = new MeetingProblems(replayed.Problems);
        }
        return Page();
    }

    public Task<IActionResult> OnPostDrawAsync() => Act(j => draw.DrawAsync(j, Id, Version, HttpContext.RequestAborted), "drawn");

    public Task<IActionResult> OnPostAttendanceAsync(int[]? present) =>
        Act(j => schedule.AttendanceAsync(j, Id, Version, present ?? [], HttpContext.RequestAborted), "attendance");

    public async Task<IActionResult> OnPostGroupsAsync(string?[]? groupNames, Dictionary<int, string>? seatGroups, Dictionary<int, string>? candidateGroups)
    {
        var posted = GroupRows.Posted(groupNames ?? [], seatGroups ?? [], candidateGroups ?? []);
        var (forms, rowOf) = posted.Forms();
        var outcome = await review.FormAsync(await HttpContext.JurisdictionAsync(), Id, Version, forms, HttpContext.RequestAborted);
        return await Answer(outcome, "groups", problems => posted.OnRows(problems, rowOf), posted);
    }

    public Task<IActionResult> OnPostOpenAsync() => Act(j => ballot.OpenAsync(j, Id, Version, HttpContext.RequestAborted), "opened");

    public Task<IActionResult> OnPostCloseAsync() => Act(j => ballot.CloseAsync(j, Id, Version, HttpContext.RequestAborted), "closed");

    public Task<IActionResult> OnPostPublishAsync(DateOnly? start) => Act(j => results.PublishAsync(j, Id, Version, start, HttpContext.RequestAborted), "publicised");

    public Task<IActionResult> OnPostObjectionAsync(int candidateId, string? raisedBy, string? content) =>
        Act(j => results.RaiseAsync(j, Id, candidateId, raisedBy, content, HttpContext.RequestAborted), "objection");

    public Task<IActionResult> OnPostResolveAsync(int objectionId, string? resolution, bool upheld)
    {
        ObjectionPosted = objectionId;
        return Act(j => results.ResolveAsync(j, Id, objectionId, resolution, upheld, HttpContext.RequestAborted), "resolved");
    }

    public Task<IActionResult> OnPostConfirmAsync(string? documentNumber, string? overrideReason) =>
        Act(j => results.ConfirmAsync(j, Id, Version, documentNumber, overrideReason, HttpContext.RequestAborted), "confirmed");

    private async Task<IActionResult> Act<T>(Func<Jurisdiction, Task<Outcome<T>>> action, string done) =>
        await Answer(await action(await HttpContext.JurisdictionAsync()), done, null, null);

    /// <summary>After a form: the page again on success; else the page with the problems (404 outside the viewer's reach).</summary>
    private async Task<IActionResult> Answer<T>(Outcome<T> outcome, string done, Func<IReadOnlyList<Problem>, IReadOnlyList<Problem>>? remap, GroupRows? posted)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/meetings/{Id}?done={done}");
        }
        (Done, Posted) = (null, done);
        if (!await LoadAsync(await HttpContext.JurisdictionAsync()))
        {
            return NotFound();
        }
        Problems = new MeetingProblems(remap is null ? outcome.Problems : remap(outcome.Problems));
        if (posted is not null)
        {
            Rows = posted.Sized(Rows.Count);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Jurisdiction jurisdiction)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Viewer = jurisdiction.Viewer;
        if (await queries.FindAsync(jurisdiction, Id, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        Version = view.Meeting.Version;
        Runs = MeetingAccess.Runs(Viewer);
        Confirms = Viewer.IsBureau && (jurisdiction.IsWholeCity || Viewer.OrganisationId == view.Meeting.Committee!.SupervisingBureauId);
        Record = PanelDraw.Record(view.Meeting);
        Rows = GroupRows.Of(view, Settings.MinReviewGroupSize);
        if (view.Meeting.Status == MeetingStatus.Confirmed)
        {
            Granted = await GrantedAsync(jurisdiction, cancellationToken);
        }
        return true;
    }

    /// <summary>The titles the confirmation granted, with their certificates; downloadable where the viewer may see the holder.</summary>
    private async Task<IReadOnlyList<GrantedTitle>> GrantedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var names = View.Candidates.ToDictionary(c => c.Candidate.ApplicationId);
        var applicationIds = names.Keys.ToList();
        var people = jurisdiction.People(db).Select(p => p.Id);
        var committeeId = Meeting.CommitteeId;
        var rows = await db.Certificates.AsNoTracking()
            .Where(c => c.Title!.CommitteeId == committeeId && c.Title.ApplicationId != null && applicationIds.Contains(c.Title.ApplicationId.Value))
            .OrderBy(c => c.Number)
            .Select(c => new { c.TitleId, c.Number, ApplicationId = c.Title!.ApplicationId!.Value, c.Title.Series, c.Title.Specialty, c.Title.Level, c.Title.RevokedOn, Reachable = people.Contains(c.Title.PersonId) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new GrantedTitle(r.TitleId, r.Number, names[r.ApplicationId].ApplicationNumber, names[r.ApplicationId].Name,
            $"{r.Series} {r.Specialty} {Codes.Level.Label(r.Level)}", r.RevokedOn, r.Reachable))];
    }
}

/// <summary>A title the meeting's confirmation granted: its certificate, and whether the viewer may download it.</summary>
public sealed record GrantedTitle(int TitleId, string CertificateNumber, string ApplicationNumber, string Name, string Title, DateOnly? RevokedOn, bool Downloadable);
