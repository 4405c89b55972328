using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// 安排评审会议 — the committee office picks one of its committees (by a GET parameter, so that the list can load), the
/// day, place, panel size and specialties, and ticks the accepted applications not yet on a meeting (all by default).
/// Only the office: anyone else finds no such page.
/// </summary>
public sealed class NewModel(AppDbContext db, MeetingSchedule schedule, PolicyVersion policy, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "committeeId")]
    public int? CommitteeId { get; set; }

    /// <summary>The year whose accepted applications are listed (the day's year once a day is given).</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(Name = "heldOn")] public DateOnly? HeldOn { get; set; }
    [BindProperty(Name = "place")] public string? Place { get; set; }
    [BindProperty(Name = "panelSize")] public int? PanelSize { get; set; }
    [BindProperty(Name = "specialties")] public string? Specialties { get; set; }
    [BindProperty(Name = "applicationIds")] public int[] ApplicationIds { get; set; } = [];

    public IReadOnlyList<Committee> Committees { get; private set; } = [];

    public Committee? Committee { get; private set; }

    public IReadOnlyList<TitleApplication> Open { get; private set; } = [];

    /// <summary>The meeting dates of the committee's approved plan of the year (empty when there is none).</summary>
    public IReadOnlyList<DateOnly> PlanDates { get; private set; } = [];

    /// <summary>The applications ticked: all on first showing, the posted ones after a refusal.</summary>
    public ISet<int>? Ticked { get; private set; }

    public MeetingProblems Problems { get; private set; } = MeetingProblems.None;

    public int MinPanel => policy.Settings.MinReviewGroupSize;

    public int ListYear => HeldOn?.Year ?? Year ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await HttpContext.JurisdictionAsync()) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (CommitteeId is not { } committeeId || !MeetingAccess.Runs(jurisdiction.Viewer))
        {
            return NotFound();
        }
        // No box ticked would ask the service for "every open application": say so instead of scheduling them all.
        var outcome = ApplicationIds.Length == 0
            ? Outcome<EvaluationMeeting>.Refused(new Problem("applicationIds", "请至少勾选一份列入评审名单的申报"))
            : await schedule.ScheduleAsync(jurisdiction, new MeetingForm(committeeId, HeldOn, Place, PanelSize, Specialties, ApplicationIds), HttpContext.RequestAborted);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/meetings/{outcome.Value!.Id}?done=scheduled");
        }
        Problems = new MeetingProblems(outcome.Problems);
        Ticked = ApplicationIds.ToHashSet();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(jurisdiction) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Jurisdiction jurisdiction)
    {
        if (!MeetingAccess.Runs(jurisdiction.Viewer))
        {
            return false;
        }
        var cancellationToken = HttpContext.RequestAborted;
        Committees = await jurisdiction.Committees(db).AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (CommitteeId is null && Committees.Count == 1)
        {
            CommitteeId = Committees[0].Id;
        }
        if (CommitteeId is not { } id)
        {
            return true;
        }
        Committee = Committees.SingleOrDefault(c => c.Id == id);
        if (Committee is null)
        {
            return false;
        }
        var year = ListYear;
        Open = await schedule.Open(id, year).AsNoTracking().Include(a => a.Person).Include(a => a.Unit).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var plan = await db.WorkPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == id && p.Year == year && p.Status == PlanStatus.Approved, cancellationToken);
        PlanDates = plan?.Meetings ?? [];
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        HeldOn ??= PlanDates.Where(d => d >= today).Order().Cast<DateOnly?>().FirstOrDefault();
        Specialties ??= Committee.Specialties;
        return true;
    }
}
