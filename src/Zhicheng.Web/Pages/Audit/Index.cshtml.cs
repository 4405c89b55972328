using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Pages.Audit;

/// <summary>审计 — the whole trail, newest first, and a check of its hash chain; for the city bureau's administrators only.</summary>
public sealed class IndexModel(AuditHistory history, AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public async Task<IActionResult> OnGetAsync() => await Show();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (Viewer.From(User)?.Role != AccountRole.CityAdmin)
        {
            return NotFound();
        }
        Verification = await AuditVerifier.VerifyAsync(db, HttpContext.RequestAborted);
        return await Show();
    }

    private async Task<IActionResult> Show()
    {
        if (Viewer.From(User)?.Role != AccountRole.CityAdmin)
        {
            return NotFound();
        }
        Entries = await history.RecentAsync(Before, PageSize, HttpContext.RequestAborted);
        return Page();
    }
}
