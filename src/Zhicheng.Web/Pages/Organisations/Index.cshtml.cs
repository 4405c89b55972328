using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Organisations;

/// <summary>机构 — the organisations in the viewer's jurisdiction as a tree (bureaus, departments, employers, forwarding units).</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Organisation> Roots { get; private set; } = [];

    public ILookup<int?, Organisation> Children { get; private set; } = Array.Empty<Organisation>().ToLookup(o => o.ParentId);

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public int Count { get; private set; }

    public async Task OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var visible = await jurisdiction.Organisations(db).AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(HttpContext.RequestAborted);
        var ids = visible.Select(o => o.Id).ToHashSet();
        Count = visible.Count;
        Names = visible.ToDictionary(o => o.Id, o => o.Name);
        // An organisation whose parent the viewer cannot see is a root of the viewer's tree.
        Roots = [.. visible.Where(o => o.ParentId is not { } parent || !ids.Contains(parent))];
        Children = visible.Where(o => o.ParentId is { } parent && ids.Contains(parent)).ToLookup(o => o.ParentId);
    }
}
