using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zhicheng.App.Data;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.People;

/// <summary>
/// Keeps <see cref="Person.BureauId"/> true. Runs inside the save's transaction, after the rows are written (a
/// new person's unit, or the unit's bureau, may be saved in the same call and only then has its id): the people
/// that were added or moved to another unit get the nearest bureau at or above their unit, written as one
/// update per bureau. Organisations do not move (their path is fixed when they are placed), so a person's
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

    internal static List<EntityEntry<Person>> Pending(AppDbContext db) =>
        db.ChangeTracker.Entries<Person>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.UnitId).IsModified))
            .ToList();

    internal static async Task AssignAsync(AppDbContext db, List<EntityEntry<Person>> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }
        var unitIds = pending.Select(e => e.Entity.UnitId).Distinct().ToList();
        var units = await db.Organisations.AsNoTracking()
            .Where(o => unitIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Path, o.Kind })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var bureaus = (await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.CityBureau || o.Kind == OrganisationKind.CountyBureau)
                .Select(o => o.Id)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        int? BureauOf(int unitId)
        {
            var unit = units[unitId];
            var chain = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Append(unit.Id);
            return chain.LastOrDefault(bureaus.Contains) is var found && found != 0 ? found : null;
        }
        foreach (var group in pending.GroupBy(e => BureauOf(e.Entity.UnitId)))
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
}
