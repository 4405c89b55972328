using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Committees;

/// <summary>
/// A service test of the evaluation year (committees, plans, standards, the dashboard) on a database of its own
/// (SQLite, or PostgreSQL when the run says so) holding <see cref="TestWorld"/>, with a clock the test moves. The
/// clock starts on <see cref="Start"/> (10 March 2025), so <see cref="Year"/> is the year under way.
/// </summary>
public abstract class YearServiceTest : IAsyncLifetime
{
    public static readonly DateOnly Start = new(2025, 3, 10);

    public const int Year = 2025;

    protected TestDatabase Database { get; } = TestDatabase.Create();

    protected TestClock Clock { get; } = new(Start);

    protected TestWorld World { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync() => World = await TestWorld.BuildAsync(Database);

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected Task<Desk> As(AccountRole role, PolicyVersion? policy = null) => Desk.OpenAsync(Database, World, role, Clock, policy: policy);

    protected Task<Desk> As(Viewer viewer) => Desk.OpenAsync(Database, viewer, Clock);

    /// <summary>Staff of 永济市人社局: a county bureau with none of 盐湖区 or the city's departments in its jurisdiction.</summary>
    protected Viewer YongjiStaff => new(9_001, "永济市人社局经办人", AccountRole.CountyStaff, World.Yongji.Id, null);

    /// <summary>A second 盐湖区 account, so that one person's submission can be decided by another.</summary>
    protected Viewer OtherYanhuStaff => new(9_002, "盐湖区人社局另一经办人", AccountRole.CountyStaff, World.Yanhu.Id, null);

    /// <summary>The year set up through the services on this database and clock.</summary>
    protected Task<TestYear> BuildYearAsync() => TestYear.BuildAsync(Database, World, Clock, Year);

    /// <summary>A fresh context, to read what was really stored.</summary>
    protected Data.AppDbContext Read() => Database.Open("test:read", Clock);

    /// <summary>The audit entries of one record, oldest first.</summary>
    protected async Task<List<AuditEntry>> AuditOf(string entityType, int id)
    {
        await using var db = Read();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == key).OrderBy(e => e.Id).ToListAsync();
    }
}

/// <summary>Assertions on a service's <see cref="Outcome{T}"/>.</summary>
public static class OutcomeAssertions
{
    public static T ShouldSucceed<T>(this Outcome<T> outcome)
    {
        outcome.Succeeded.ShouldBeTrue(string.Join("；", outcome.Problems.Select(p => $"{p.Field}: {p.Text}")));
        return outcome.Value!;
    }

    /// <summary>The one problem of a refusal (not a "not found"), checked for its field and clause.</summary>
    public static Problem ShouldBeRefused<T>(this Outcome<T> outcome, string field, string? clause)
    {
        outcome.IsNotFound.ShouldBeFalse("应为拒绝，而不是“不存在”");
        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe(field);
        problem.ClauseId.ShouldBe(clause);
        return problem;
    }

    public static void ShouldBeNotFound<T>(this Outcome<T> outcome) => outcome.IsNotFound.ShouldBeTrue(string.Join("；", outcome.Problems.Select(p => p.Text)));
}
