using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;

namespace Zhicheng.Web.Auth;

/// <summary>
/// Sign-in: ASP.NET Core Identity with a cookie for pages, and the same cookie or a per-account API token
/// (<c>Authorization: Bearer zc_…</c>) for /api. Failed passwords lock an account for a while.
/// </summary>
public static class AuthSetup
{
    /// <summary>The scheme that picks the token handler when a bearer token is sent, the cookie otherwise.</summary>
    public const string Scheme = "Zhicheng";

    public static IServiceCollection AddZhichengAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var login = configuration.GetSection("Zhicheng:Login").Get<LoginOptions>() ?? new LoginOptions();
        services.AddSingleton(login);
        services.AddIdentityCore<Account>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = login.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(login.LockoutMinutes);
                o.Password.RequiredLength = login.MinPasswordLength;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ZhichengClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "zhicheng";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(login.SessionMinutes);
            o.SlidingExpiration = true;
            // The API answers 401/403 with problem details; only pages redirect to the login page.
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>Names the signed-in account as the actor of every change made during the request.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Viewer.From(context.User) is { } viewer)
        {
            context.RequestServices.GetRequiredService<AuditActor>().Name = viewer.AuditName;
        }
        else
        {
            context.RequestServices.GetRequiredService<AuditActor>().Name = "anonymous";
        }
        return next(context);
    });
}

/// <summary>The "Zhicheng:Login" settings.</summary>
public sealed class LoginOptions
{
    /// <summary>Wrong passwords in a row before the account locks.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int MinPasswordLength { get; set; } = 8;

    /// <summary>A session ends after this long without a request.</summary>
    public int SessionMinutes { get; set; } = 60;
}

/// <summary>Puts the role, organisation and person of the account on its principal (<see cref="ViewerClaims"/>).</summary>
public sealed class ZhichengClaimsFactory(UserManager<Account> users, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ViewerClaims.For(user));
        return identity;
    }
}
