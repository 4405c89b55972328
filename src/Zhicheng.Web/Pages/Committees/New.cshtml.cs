using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Committees;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>新建评委会 — a committee founded by a unit of the viewer's jurisdiction, with its first filing as a draft (N2024-2.1, 2.3).</summary>
public sealed class NewModel(CommitteeFilings filings, AppDbContext db) : PageModel
{
    public FilingInput Input { get; private set; } = new();

    public int? FoundingUnitId { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public ProblemList Problems { get; private set; } = ProblemList.None;

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!CommitteeService.Manages(jurisdiction.Viewer))
        {
            return NotFound();
        }
        Units = await UnitOption.LoadAsync(db, jurisdiction, [], HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(FilingInput input, int? foundingUnitId)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!CommitteeService.Manages(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var outcome = await filings.CreateAsync(jurisdiction, foundingUnitId ?? 0, input.ToForm(), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/committees/{outcome.Value!.CommitteeId}?done=created");
        }
        (Input, FoundingUnitId, Problems) = (input, foundingUnitId, new ProblemList(outcome.Problems));
        Units = await UnitOption.LoadAsync(db, jurisdiction, input.ScopeUnitIds, HttpContext.RequestAborted);
        return Page();
    }
}
