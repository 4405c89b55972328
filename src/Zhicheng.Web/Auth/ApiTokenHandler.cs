using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Auth;

/// <summary>
/// Authenticates other systems by an account's API token: the token's SHA-256 is looked up; a locked-out
/// account's token is refused like its password would be.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiTokens.HashOf(header["Bearer ".Length..].Trim());
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(a => a.ApiTokenHash == hash, Context.RequestAborted);
        if (account is null)
        {
            return AuthenticateResult.Fail("API 令牌无效");
        }
        if (account.LockoutEnd is { } end && end > time.GetUtcNow())
        {
            return AuthenticateResult.Fail("账号已锁定");
        }
        // The claims a sign-in would put on the principal (ZhichengClaimsFactory), built here without asking the
        // database again: accounts carry no per-user claims rows, and this runs on every API request.
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, account.UserName ?? ""));
        identity.AddClaims(ViewerClaims.For(account));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
