using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zhicheng.App.Data;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.App.Features.Standards;

/// <summary>
/// The requirements source of the eligibility engine (N2024-1.2): the published standard versions in the database,
/// the one in force for an application's year and series. A series with no published standard at all falls back
/// to the built-in sample table (<see cref="SampleEngineeringStandard"/>, 工程系列 only, labelled as sample data in
/// every decision), exactly as the engine answered before standards were stored. Kept in memory and reloaded after every publication on this node and every minute by
/// <see cref="PublishedStandardsRefresh"/>, so other web nodes follow within a minute.
/// </summary>
public sealed class PublishedStandards : IRequirementsSource
{
    private volatile StandardCatalogue _database = new([]);
    private volatile HashSet<string> _seriesInDatabase = [];
    private static readonly SampleEngineeringStandard BuiltIn = new();

    public Requirements? Find(TitleTarget target, int year) =>
        _seriesInDatabase.Any(s => Names.SameSeries(s, target.Series)) ? _database.Find(target, year) : BuiltIn.Find(target, year);

    /// <summary>The stored version in force for a target and year, or null (none stored, or only the built-in sample applies).</summary>
    public PublishedStandard? InForce(TitleTarget target, int year) => _database.InForce(target, year);

    public async Task RefreshAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Standards.AsNoTracking().Where(s => s.PublishedAt != null).ToListAsync(cancellationToken);
        var published = rows.Select(ToPublished).Where(p => p is not null).Select(p => p!).ToList();
        _database = new StandardCatalogue(published);
        _seriesInDatabase = [.. published.Select(p => p.Series)];
    }

    /// <summary>A stored version as the catalogue reads it (null if its content no longer parses, which publishing prevents).</summary>
    public static PublishedStandard? ToPublished(EvaluationStandard s) =>
        StandardJson.Parse(s.ContentJson).Content is { } content
            ? new PublishedStandard(s.Id, s.Series, s.Specialty, s.Level, s.InForceFrom, s.Version, s.Title, content)
            : null;
}

/// <summary>Reloads <see cref="PublishedStandards"/> at start and every minute.</summary>
public sealed class PublishedStandardsRefresh(IServiceScopeFactory scopes, PublishedStandards standards, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await standards.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be migrating or briefly away; the next tick tries again, the last catalogue stands.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
