using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>
/// 撤销职称 (N2024-4.3c): a title obtained by falsification, revoked by the authority that granted it, which writes the
/// integrity record (N2024-4.4). The page shows the title and its holder; who may revoke is the service's to decide,
/// and a refusal is shown with its clause. Reached by bureaus and committee offices only: anyone else, a title whose
/// holder lies outside the viewer's jurisdiction (or, for an office, not granted by its committee), is 404.
/// </summary>
public sealed class RevokeTitleModel(AppDbContext db, PeopleDirectory directory, Falsification falsification) : PageModel
{
    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public TitleHeld Title { get; private set; } = null!;

    public Person Holder { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public FormProblems Problems { get; private set; } = FormProblems.None;

    public async Task<IActionResult> OnGetAsync(int titleId) => await LoadAsync(titleId) ?? Page();

    /// <summary>撤销: the page again with the revocation's date, or the refusal with its clause.</summary>
    public async Task<IActionResult> OnPostAsync(int titleId)
    {
        if (await LoadAsync(titleId) is { } notFound)
        {
            return notFound;
        }
        var revoked = await falsification.RevokeTitleAsync(await HttpContext.JurisdictionAsync(), titleId, Description, Evidence, HttpContext.RequestAborted);
        if (revoked.IsNotFound)
        {
            return NotFound();
        }
        if (revoked.Succeeded)
        {
            return Redirect($"/titles/{titleId}/revoke?done=revoked");
        }
        Problems = new FormProblems("未能撤销", revoked.Problems);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int titleId)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        if (!Viewer.IsBureau && Viewer.Role != AccountRole.CommitteeOffice)
        {
            return NotFound();
        }
        var cancellationToken = HttpContext.RequestAborted;
        var title = await db.Titles.AsNoTracking().SingleOrDefaultAsync(t => t.Id == titleId, cancellationToken);
        if (title is null)
        {
            return NotFound();
        }
        var holder = await directory.FindAsync(jurisdiction, title.PersonId, cancellationToken);
        // An office reaches the holders of the titles its own committee granted, as the service lets it revoke them.
        if (holder is null && Viewer.Role == AccountRole.CommitteeOffice && title.GrantedBy is { } grantor
            && await jurisdiction.Committees(db).AnyAsync(c => c.Name == grantor, cancellationToken))
        {
            holder = await db.People.AsNoTracking().SingleAsync(p => p.Id == title.PersonId, cancellationToken);
        }
        if (holder is null)
        {
            return NotFound();
        }
        (Title, Holder) = (title, holder);
        return null;
    }
}
