using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Auth;

/// <summary>The signed-in viewer's jurisdiction, for pages and endpoints (which are all behind authorization).</summary>
public static class JurisdictionAccess
{
    public static async Task<Jurisdiction> JurisdictionAsync(this HttpContext context)
    {
        var viewer = Viewer.From(context.User) ?? throw new InvalidOperationException("此处应已要求登录");
        return await Jurisdiction.ForAsync(context.RequestServices.GetRequiredService<AppDbContext>(), viewer, context.RequestAborted);
    }
}
