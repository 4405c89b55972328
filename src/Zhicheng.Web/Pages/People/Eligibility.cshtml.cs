using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>
/// 按档案检查申报资格 — the eligibility engine on a person's stored record: the viewer chooses the route,
/// target, year and deadline; everything else is the record (never re-typed, so never mistyped).
/// </summary>
public sealed class EligibilityModel(PeopleDirectory directory, RecordEligibility eligibility, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public RecordRequest Ask { get; set; } = new();

    public Person Person { get; private set; } = null!;

    public Decision? Decision { get; private set; }

    public IReadOnlyList<InputError> Errors { get; private set; } = [];

    /// <summary>The approved plan D was taken from, when the request gave none.</summary>
    public PlanUsed? Plan { get; private set; }

    /// <summary>Committees with an approved plan for the asked year (or this year), to choose from.</summary>
    public IReadOnlyList<(int Id, string Name, int Year)> Committees { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Load(id) is { } missing)
        {
            return missing;
        }
        Ask = RecordApplication.Suggest(Person, time.GetLocalNow().Year);
        await LoadCommitteesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await Load(id) is { } missing)
        {
            return missing;
        }
        var check = await eligibility.CheckAsync(Person, Ask, HttpContext.RequestAborted);
        Decision = check.Outcome.Decision;
        Errors = check.Outcome.Errors;
        Plan = check.Plan;
        await LoadCommitteesAsync();
        return Page();
    }

    private async Task LoadCommitteesAsync()
    {
        var year = Ask.ApplicationYear ?? time.GetLocalNow().Year;
        Committees = [.. (await db.WorkPlans.AsNoTracking()
                .Where(p => p.Year == year && p.Status == Zhicheng.Domain.Plans.PlanStatus.Approved)
                .OrderBy(p => p.Committee!.Name)
                .Select(p => new { p.CommitteeId, p.Committee!.Name, p.Year })
                .ToListAsync(HttpContext.RequestAborted))
            .Select(c => (c.CommitteeId, c.Name, c.Year))];
    }

    private async Task<IActionResult?> Load(int id)
    {
        var person = await directory.FindAsync(await HttpContext.JurisdictionAsync(), id, HttpContext.RequestAborted);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        return null;
    }

    /// <summary>Where an error's field lives: on this form (route, target, year, deadline) or in the record.</summary>
    public static string Where(InputError error) =>
        error.Path.StartsWith("applicant", StringComparison.Ordinal) ? $"档案中的{FieldLabels.Describe(error.Path)}" : FieldLabels.Describe(error.Path);
}
