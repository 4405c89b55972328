using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Titles;
using Zhicheng.Web.Api;

namespace Zhicheng.Web.Pages.Verify;

/// <summary>
/// 职称证书核验 — public, no sign-in: the certificate's number and the holder's name, both required and matched exactly,
/// answered with one card (有效 / 已撤销 / 未查询到该证书). The form is posted (with the anti-forgery token) so that the
/// name never appears in a URL or an access log. Lookups are limited per client (<see cref="VerificationRateLimit"/>).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerificationRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(TitleVerification verification) : PageModel
{
    [BindProperty(Name = "number")]
    public string? Number { get; set; }

    [BindProperty(Name = "name")]
    public string? HolderName { get; set; }

    public Verification? Result { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var outcome = await verification.ByNumberAsync(Number, HolderName, HttpContext.RequestAborted);
        (Result, Problems) = (outcome.Value, outcome.Problems);
    }

    /// <summary>The messages about <paramref name="field"/> (number or name), joined; null when there are none.</summary>
    public string? ProblemFor(string field) =>
        Problems.Any(p => p.Field == field) ? string.Join("；", Problems.Where(p => p.Field == field).Select(p => p.Text)) : null;
}
