using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;

namespace Zhicheng.App.Features;

/// <summary>
/// Saves a record whose version column is a concurrency token: done, or — when someone else saved it first —
/// refused with <paramref name="stale"/>, nothing overwritten.
/// </summary>
public static class VersionedSave
{
    public static async Task<Outcome<T>> SaveVersionedAsync<T>(this AppDbContext db, T record, Problem stale, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<T>.Done(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<T>.Refused(stale);
        }
    }
}
