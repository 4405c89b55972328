using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Demo;
using Zhicheng.App.Tests.Support;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Demo;

/// <summary>Small demo cities (300 people) on fresh databases: the seed decides the city; only an empty database is seeded.</summary>
public sealed class DemoCityDeterminismTests
{
    private static readonly FixedClock Clock = new(DemoCityFixture.Now);

    [Fact]
    public async Task Seed_SameSeedAndDay_GivesTheSameCity()
    {
        var first = await SeedAndDigest(new DemoCityOptions(People: 300));
        var second = await SeedAndDigest(new DemoCityOptions(People: 300));

        second.ShouldBe(first);
    }

    [Fact]
    public async Task Seed_AnotherSeed_GivesAnotherCity()
    {
        var first = await SeedAndDigest(new DemoCityOptions(People: 300));
        var other = await SeedAndDigest(new DemoCityOptions(Seed: 7, People: 300));

        other.ShouldNotBe(first);
    }

    [Fact]
    public async Task IsDemo_OnAnEmptyDatabase_IsFalse()
    {
        using var database = TestDatabase.Create();
        await using var db = database.Open();

        (await DemoCity.IsDemoAsync(db, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Seed_DatabaseWithAnOrganisation_RefusesAndWritesNothing()
    {
        using var database = TestDatabase.Create();
        await using var db = database.Open("test", Clock);
        await Records.Add(db, Records.Bureau());
        var audit = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);

        var result = await DemoCity.SeedAsync(db, Clock, TestContext.Current.CancellationToken);

        result.Seeded.ShouldBeFalse();
        result.Refusal.ShouldNotBeNull().ShouldContain("空数据库");
        await using var check = database.Open();
        (await check.Organisations.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(audit);
        (await DemoCity.IsDemoAsync(check, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    private static async Task<string> SeedAndDigest(DemoCityOptions options)
    {
        using var database = TestDatabase.Create();
        await using (var db = database.Open("test", Clock))
        {
            (await DemoCity.SeedAsync(db, Clock, options, TestContext.Current.CancellationToken)).Seeded.ShouldBeTrue();
        }
        await using var check = database.Open();
        return await DemoCityFixture.DigestAsync(check);
    }
}
