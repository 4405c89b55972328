using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;
using Route = Zhicheng.Domain.Eligibility.Route;

namespace Zhicheng.Web.Pages.Applications;

/// <summary>
/// 新建申报: the applicant for themselves, or their unit's HR (the local HR bureau for those without an employer) on their
/// behalf, by identity number; the committee among those taking applications this year; the route and the target. The
/// rest comes from the stored record; the self-check runs on the application's page before it is submitted.
/// </summary>
public sealed class NewModel(AppDbContext db, ApplicationService applications, TimeProvider time) : PageModel
{
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public int? CommitteeId { get; set; }
    [BindProperty] public Route? Route { get; set; }
    [BindProperty] public string? Series { get; set; }
    [BindProperty] public string? Specialty { get; set; }
    [BindProperty] public TitleLevel? Level { get; set; }

    public bool ForSelf { get; private set; }

    public IReadOnlyList<Committee> Open { get; private set; } = [];

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public string? ErrorFor(string field) => Problems.Where(p => p.Field == field).Select(p => p.Text).FirstOrDefault() is { } text
        ? string.Join("；", Problems.Where(p => p.Field == field).Select(p => p.Text)) : null;

    public async Task<IActionResult> OnGetAsync(int? personId)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var viewer = jurisdiction.Viewer;
        if (!(viewer.Role is AccountRole.Applicant or AccountRole.EmployerHr || viewer.IsBureau))
        {
            return NotFound();
        }
        ForSelf = viewer.Role == AccountRole.Applicant;
        var person = await jurisdiction.People(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == (personId ?? viewer.PersonId ?? -1), HttpContext.RequestAborted);
        if (person is not null)
        {
            IdNumber = person.IdNumber;
            Series = person.PostSeries;
            Specialty = person.PostSpecialty;
        }
        Route = Zhicheng.Domain.Eligibility.Route.Promotion;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var viewer = jurisdiction.Viewer;
        if (!(viewer.Role is AccountRole.Applicant or AccountRole.EmployerHr || viewer.IsBureau))
        {
            return NotFound();
        }
        ForSelf = viewer.Role == AccountRole.Applicant;
        var problems = new List<Problem>();
        var number = IdNumber?.Trim().ToUpperInvariant();
        var personId = ForSelf ? viewer.PersonId
            : await jurisdiction.People(db).Where(p => p.IdNumber == number).Select(p => (int?)p.Id).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (personId is null)
        {
            problems.Add(new Problem("idNumber", "在您的管辖范围内没有找到该公民身份号码的人员（单位只为本单位人员代为申报）", ClauseIds.Channels));
        }
        if (CommitteeId is null)
        {
            problems.Add(new Problem("committeeId", "请选择正在受理申报的评委会", ClauseIds.WorkPlan));
        }
        if (Route is null)
        {
            problems.Add(new Problem("route", "请选择申报类型（晋升、破格或转评）", ClauseIds.LevelByLevel));
        }
        if (string.IsNullOrWhiteSpace(Series))
        {
            problems.Add(new Problem("series", "请填写申报系列", ClauseIds.FilingContents));
        }
        if (string.IsNullOrWhiteSpace(Specialty))
        {
            problems.Add(new Problem("specialty", "请填写申报专业", ClauseIds.SpecialtyMatch));
        }
        if (Level is null)
        {
            problems.Add(new Problem("level", "请选择申报级别", ClauseIds.LevelByLevel));
        }
        if (problems.Count == 0)
        {
            var created = await applications.CreateAsync(jurisdiction, new ApplicationRequest(personId!.Value, CommitteeId!.Value, Route!.Value, Series!, Specialty!, Level!.Value),
                HttpContext.RequestAborted);
            if (created.Succeeded)
            {
                return Redirect($"/applications/{created.Value!.Id}?done=created");
            }
            problems.AddRange(created.IsNotFound ? [new Problem("idNumber", "在您的管辖范围内没有找到该人员（单位只为本单位人员代为申报）", ClauseIds.Channels)] : created.Problems);
        }
        Problems = problems;
        await LoadAsync();
        return Page();
    }

    /// <summary>The committees taking applications this year: an approved plan whose applications were opened.</summary>
    private async Task LoadAsync()
    {
        var year = DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;
        var open = db.WorkPlans.Where(p => p.Year == year && p.Status == PlanStatus.Approved && p.ApplicationsOpenedAt != null).Select(p => p.CommitteeId);
        Open = await db.Committees.AsNoTracking().Where(c => open.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
    }
}
