using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Integrity;

namespace Zhicheng.App.Features.Applications;

/// <summary>The filters several services share, written once so that the database reads them the same everywhere.</summary>
public static class ApplicationQueries
{
    /// <summary>The applications that still count as the person's this year (N2024-3.5c): not withdrawn, rejected or disqualified.</summary>
    public static IQueryable<TitleApplication> StillCounting(this IQueryable<TitleApplication> applications) =>
        applications.Where(a => a.Stage != ApplicationStage.Withdrawn && a.Stage != ApplicationStage.Rejected && a.Stage != ApplicationStage.Disqualified);

    /// <summary>The records active on <paramref name="on"/> (N2024-4.4, <see cref="IntegrityPeriod"/>) as one date range.</summary>
    public static IQueryable<IntegrityEntry> ActiveOn(this IQueryable<IntegrityEntry> entries, DateOnly on, int years)
    {
        var since = IntegrityPeriod.ActiveSince(on, years);
        return entries.Where(e => e.DecidedOn > since && e.DecidedOn <= on);
    }
}
