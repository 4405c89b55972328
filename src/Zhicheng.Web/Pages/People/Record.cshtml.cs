using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>人员档案 — one person's record; 404 when outside the viewer's jurisdiction.</summary>
public sealed class RecordModel(PeopleDirectory directory) : PageModel
{
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
        return Page();
    }
}
