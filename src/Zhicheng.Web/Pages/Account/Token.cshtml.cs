using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Pages.Account;

/// <summary>接口令牌 — the signed-in account's API token for other systems; a new token is shown once and replaces the old.</summary>
public sealed class TokenModel(AppDbContext db) : PageModel
{
    public DateTime? IssuedAt { get; private set; }

    public string? NewToken { get; private set; }

    public async Task OnGetAsync() => IssuedAt = (await Current())?.ApiTokenIssuedAt;

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await Current();
        if (account is null)
        {
            return NotFound();
        }
        NewToken = await ApiTokens.IssueAsync(db, account, HttpContext.RequestAborted);
        IssuedAt = account.ApiTokenIssuedAt;
        return Page();
    }

    private Task<App.Features.Accounts.Account?> Current()
    {
        var id = Viewer.From(User)?.AccountId ?? -1;
        return db.Users.SingleOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
    }
}
