using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhicheng.Web.Pages.Account;

/// <summary>退出登录 — by POST only (with the form token), so a link elsewhere cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<App.Features.Accounts.Account> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
