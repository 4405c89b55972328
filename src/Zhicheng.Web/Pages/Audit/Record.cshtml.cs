using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Audit;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Audit;

/// <summary>变更记录 of one record: who changed what and when; 404 outside the viewer's jurisdiction.</summary>
public sealed class RecordModel(AuditHistory history) : PageModel
{
    public string Type { get; private set; } = "";

    public int Id { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, int id)
    {
        var entries = await history.ForAsync(await HttpContext.JurisdictionAsync(), type, id, HttpContext.RequestAborted);
        if (entries is null)
        {
            return NotFound();
        }
        (Type, Id, Entries) = (type, id, entries);
        return Page();
    }
}
