using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Accounts;

/// <summary>
/// An organisation's place in the tree, as a jurisdiction needs it: the organisation itself and, for a bureau
/// below the city, the bureaus of its subtree (itself and any below it), whose people it sees.
/// </summary>
public sealed record OrganisationPlace(Organisation Home, List<int?> Bureaus)
{
    public static async Task<OrganisationPlace?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var home = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (home is null)
        {
            return null;
        }
        List<int?> bureaus = [];
        if (home is { IsBureau: true, ParentId: not null })
        {
            var prefix = home.SubtreePrefix;
            bureaus = await db.Organisations.AsNoTracking()
                .Where(o => (o.Id == home.Id || o.Path.StartsWith(prefix))
                    && (o.Kind == OrganisationKind.CityBureau || o.Kind == OrganisationKind.CountyBureau))
                .Select(o => (int?)o.Id)
                .ToListAsync(cancellationToken);
        }
        return new OrganisationPlace(home, bureaus);
    }
}

/// <summary>
/// Organisations' places, kept for a minute (one per web node): every page and endpoint needs the viewer's,
/// and it changes only when an organisation is renamed or a bureau is added below another, which the next
/// minute picks up. Organisations never move (their path is fixed when placed), so jurisdiction itself is
/// never stale; only a renamed home's name may show for up to a minute.
/// </summary>
public sealed class OrganisationPlaces(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, (OrganisationPlace? Place, DateTimeOffset Until)> _places = new();

    public async Task<OrganisationPlace?> GetAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_places.TryGetValue(id, out var kept) && kept.Until > now)
        {
            return kept.Place;
        }
        var place = await OrganisationPlace.LoadAsync(db, id, cancellationToken);
        _places[id] = (place, now + Lifetime);
        return place;
    }
}
