using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhicheng.App.Features.Titles;
using Zhicheng.Web.Api;

namespace Zhicheng.Web.Pages.Verify;

/// <summary>
/// What scanning a certificate's QR code opens (<c>/verify/{token}</c>): the signed token checked and the certificate read
/// from the database — 有效, 已撤销, 未查询到该证书, or 证书签名无效 when the signature fails. Limited per client as the form is.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerificationRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TokenModel(TitleVerification verification) : PageModel
{
    public Verification Result { get; private set; } = Verification.Unknown;

    public async Task OnGetAsync(string token)
    {
        // The token is in this page's address: keep it out of the Referer sent to any other site.
        Response.Headers["Referrer-Policy"] = "same-origin";
        Result = await verification.ByTokenAsync(token, HttpContext.RequestAborted);
    }
}
