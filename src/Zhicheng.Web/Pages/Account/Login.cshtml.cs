using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Pages.Account;

/// <summary>登录. A wrong user name and a wrong password get the same answer; a locked account says until when.</summary>
public sealed class LoginModel(SignInManager<App.Features.Accounts.Account> signIn, TimeProvider time, App.Data.AppDbContext db) : PageModel
{
    /// <summary>The demo accounts, listed only when the database holds the demo city.</summary>
    public IReadOnlyList<App.Features.Demo.DemoAccount> DemoAccounts { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "请填写用户名")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请填写密码")]
    [Display(Name = "密码")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await ListDemoAccounts();

    private async Task ListDemoAccounts()
    {
        if (await App.Features.Demo.DemoCity.IsDemoAsync(db, HttpContext.RequestAborted))
        {
            DemoAccounts = App.Features.Demo.DemoCity.Accounts;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await ListDemoAccounts();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        if (result.IsLockedOut)
        {
            var account = await signIn.UserManager.FindByNameAsync(UserName.Trim());
            var until = account?.LockoutEnd?.ToOffset(TimeSpan.FromHours(8));
            Problem = until is { } u && u > time.GetUtcNow()
                ? $"密码连续错误次数过多，账号已锁定，请于 {u:HH:mm}（北京时间）后再试，或联系管理员解锁。"
                : "账号已锁定，请稍后再试或联系管理员。";
        }
        else
        {
            Problem = "用户名或密码错误。";
        }
        return Page();
    }
}
