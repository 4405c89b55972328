using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>人员档案 — one person's record; 404 when outside the viewer's jurisdiction.</summary>
public sealed class RecordModel(PeopleDirectory directory, InitialDetermination initial) : PageModel
{
    [BindProperty] public string? Series { get; set; }
    [BindProperty] public string? Specialty { get; set; }
    [BindProperty] public TitleLevel? Level { get; set; }
    [BindProperty] public DateOnly? DeterminedOn { get; set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>The unit holding the record (or the bureau for those without one) records an 初定 and applies on the person's behalf.</summary>
    public bool ActsForPerson => Viewer.OrganisationId == Person.UnitId && (Viewer.Role == AccountRole.EmployerHr || Viewer.IsBureau);

    public bool MayApply => ActsForPerson || Viewer.PersonId == Person.Id;

    public Person Person { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public string IdNumber => IdNumbers.Show(Person.IdNumber, Viewer);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        var person = await directory.FindAsync(jurisdiction, id, HttpContext.RequestAborted);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Series ??= person.PostSeries;
        Specialty ??= person.PostSpecialty;
        return Page();
    }

    /// <summary>记录初定 (N2024-3.5b): refused with the engine's reasons (the 11-30 cut-off among them).</summary>
    public async Task<IActionResult> OnPostInitialAsync(int id)
    {
        var recorded = await initial.RecordAsync(await HttpContext.JurisdictionAsync(), id, new InitialForm(Series, Specialty, Level, DeterminedOn), HttpContext.RequestAborted);
        if (recorded.IsNotFound)
        {
            return NotFound();
        }
        if (recorded.Succeeded)
        {
            return Redirect($"/people/{id}?done=initial");
        }
        var page = await OnGetAsync(id);
        Problems = recorded.Problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}
