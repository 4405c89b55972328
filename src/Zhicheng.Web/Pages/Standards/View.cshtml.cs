using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Standards;

/// <summary>
/// One standard version, readable by anyone when published (N2024-1.2): what it is for, who owns it, the five
/// dimensions with their indicators, the requirements in words, the 破格 conditions and the 初定 table, and its JSON
/// document to download. A draft is shown only to its owner's jurisdiction; to anyone else it does not exist (404).
/// </summary>
public sealed class ViewModel(StandardService standards) : PageModel
{
    public EvaluationStandard Standard { get; private set; } = null!;

    public StandardContent Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id) is not { } standard || StandardJson.Parse(standard.ContentJson).Content is not { } content)
        {
            return NotFound();
        }
        (Standard, Document) = (standard, content);
        return Page();
    }

    /// <summary>The version's content as its JSON document (the format the API and <c>zhicheng standards publish</c> take).</summary>
    public async Task<IActionResult> OnGetJsonAsync(int id)
    {
        if (await FindAsync(id) is not { } standard)
        {
            return NotFound();
        }
        return File(Encoding.UTF8.GetBytes(standard.ContentJson), "application/json; charset=utf-8", $"standard-{standard.Id}-v{standard.Version}.json");
    }

    private async Task<EvaluationStandard?> FindAsync(int id)
    {
        var viewer = Viewer.From(User);
        var jurisdiction = viewer is not null && PlanAccess.MayUse(viewer) ? await HttpContext.JurisdictionAsync() : null;
        return await standards.FindAsync(jurisdiction, id, HttpContext.RequestAborted);
    }
}
