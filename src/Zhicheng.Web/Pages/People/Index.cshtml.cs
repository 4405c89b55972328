using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>人员 — the people in the viewer's jurisdiction, searched by name or identity number, twenty a page.</summary>
public sealed class IndexModel(PeopleDirectory directory) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? Unit { get; set; }

    public PeoplePage Result { get; private set; } = new([], 1, PageSize, 0, false);

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (jurisdiction.Viewer.Role == AccountRole.Applicant && jurisdiction.Viewer.PersonId is { } self)
        {
            return Redirect($"/people/{self}");
        }
        Result = await directory.SearchAsync(jurisdiction, Query, Unit, PageNumber, PageSize, HttpContext.RequestAborted);
        return Page();
    }

    public string PageLink(int page) => $"/people?q={Uri.EscapeDataString(Query ?? "")}&unit={Unit}&page={page}";
}
