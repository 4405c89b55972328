using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Auth;

/// <summary>The signed-in viewer's jurisdiction, for pages and endpoints (which are all behind authorization).</summary>
public static class JurisdictionAccess
{
    public static async Task<Jurisdiction> JurisdictionAsync(this HttpContext context)
    {
        var viewer = Viewer.From(context.User) ?? throw new InvalidOperationException("此处应已要求登录");
        var services = context.RequestServices;
        return await Jurisdiction.ForAsync(services.GetRequiredService<AppDbContext>(), viewer, services.GetRequiredService<OrganisationPlaces>(), context.RequestAborted);
    }
}
