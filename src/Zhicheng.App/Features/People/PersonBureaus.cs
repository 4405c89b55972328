using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zhicheng.App.Data;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.People;

/// <summary>
/// Keeps <see cref="Person.BureauId"/> true: the people being added, or moved to another unit, get the nearest
/// bureau at or above their unit. Before the save it is set on the rows themselves, so they are written with it;
/// only people whose unit is new in the same save (it has no id yet) are written first and updated after, one
/// statement per bureau. Organisations do not move (their path is fixed when they are placed), so a person's
/// bureau changes only with their unit.
/// </summary>
public static class PersonBureaus
{
    /// <summary>
    /// Sets every person's bureau in one statement (SQLite and PostgreSQL alike): for a bulk load that writes
    /// rows around the model. The PersonBureau migration ran the same for the people that existed then.
    /// </summary>
    public const string BackfillSql = """
        WITH nearest AS MATERIALIZED (
            SELECT u.id AS unit_id,
                   (SELECT b.id FROM organisations b
                    WHERE b.kind IN ('CityBureau', 'CountyBureau') AND (b.id = u.id OR u.path LIKE b.path || b.id || '/%')
                    ORDER BY length(b.path) DESC LIMIT 1) AS bureau_id
            FROM organisations u)
        UPDATE people SET bureau_id = nearest.bureau_id FROM nearest WHERE nearest.unit_id = people.unit_id
        """;

    /// <summary>Rows per update statement (SQLite allows at most 32,766 parameters).</summary>
    private const int Chunk = 1000;

    /// <summary>
    /// Before the save: sets the bureau of every person added or moved whose unit is already stored; returns the
    /// others (their unit is saved in the same call) for <see cref="AssignAfterAsync"/>.
    /// </summary>
    internal static async Task<List<EntityEntry<Person>>> AssignBeforeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<Person>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.UnitId).IsModified))
            .ToList();
        if (pending.Count == 0)
        {
            return pending;
        }
        var bureauOf = await BureausAsync(db, pending, cancellationToken);
        var later = new List<EntityEntry<Person>>();
        foreach (var entry in pending)
        {
            if (bureauOf.TryGetValue(entry.Entity.UnitId, out var bureau))
            {
                entry.Entity.BureauId = bureau;
            }
            else
            {
                later.Add(entry);
            }
        }
        return later;
    }

    /// <summary>After the save: the people whose unit has only now been given its id.</summary>
    internal static async Task AssignAfterAsync(AppDbContext db, List<EntityEntry<Person>> later, CancellationToken cancellationToken)
    {
        if (later.Count == 0)
        {
            return;
        }
        var bureauOf = await BureausAsync(db, later, cancellationToken);
        foreach (var group in later.GroupBy(e => bureauOf[e.Entity.UnitId]))
        {
            var bureau = group.Key;
            foreach (var chunk in group.Chunk(Chunk))
            {
                var ids = chunk.Select(e => e.Entity.Id).ToList();
                await db.People.Where(p => ids.Contains(p.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.BureauId, bureau), cancellationToken);
            }
            foreach (var entry in group)
            {
                // Written already: the tracked value matches the row, and a later save must not write it again.
                var property = entry.Property(p => p.BureauId);
                property.CurrentValue = bureau;
                property.OriginalValue = bureau;
                property.IsModified = false;
            }
        }
    }

    /// <summary>The bureau of each of the people's units that is stored (a unit not yet saved has no entry).</summary>
    private static async Task<Dictionary<int, int?>> BureausAsync(AppDbContext db, List<EntityEntry<Person>> people, CancellationToken cancellationToken)
    {
        var unitIds = people.Select(e => e.Entity.UnitId).Distinct().ToList();
        var units = await db.Organisations.AsNoTracking()
            .Where(o => unitIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Path })
            .ToListAsync(cancellationToken);
        var bureaus = (await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.CityBureau || o.Kind == OrganisationKind.CountyBureau)
                .Select(o => o.Id)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return units.ToDictionary(u => u.Id, u =>
        {
            var chain = u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Append(u.Id);
            return chain.LastOrDefault(bureaus.Contains) is var found && found != 0 ? (int?)found : null;
        });
    }
}
