using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>An organisation a form offers as founding unit or scope.</summary>
public sealed record UnitOption(int Id, string Name, OrganisationKind Kind)
{
    /// <summary>
    /// The organisations of the viewer's jurisdiction, bureaus first, plus any of <paramref name="alsoIds"/> (units a
    /// filing already names) that lie outside it, so that editing the filing does not silently drop them.
    /// </summary>
    public static async Task<IReadOnlyList<UnitOption>> LoadAsync(AppDbContext db, Jurisdiction jurisdiction, IEnumerable<int> alsoIds, CancellationToken cancellationToken)
    {
        var units = await jurisdiction.Organisations(db).AsNoTracking()
            .Select(o => new UnitOption(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken);
        var missing = alsoIds.Except(units.Select(u => u.Id)).ToList();
        if (missing.Count > 0)
        {
            units.AddRange(await db.Organisations.AsNoTracking().Where(o => missing.Contains(o.Id))
                .Select(o => new UnitOption(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken));
        }
        return [.. units.OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal)];
    }
}
