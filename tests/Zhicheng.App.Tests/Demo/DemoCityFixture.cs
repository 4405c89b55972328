using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Demo;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Demo;

/// <summary>One full demo city (5,000 people), seeded once for all the tests that only read it.</summary>
public sealed class DemoCityFixture : IAsyncLifetime
{
    /// <summary>2 March 2026, 10:00 in 运城: assessments run to 2025, titles up to this day.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public DemoSeedResult Result { get; private set; } = new("未播种");

    public TimeSpan Elapsed { get; private set; }

    public AppDbContext Open() => Database.Open("test", new FixedClock(Now));

    public async ValueTask InitializeAsync()
    {
        await using var db = Open();
        var watch = Stopwatch.StartNew();
        Result = await DemoCity.SeedAsync(db, new FixedClock(Now), TestContext.Current.CancellationToken);
        Elapsed = watch.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"演示数据（{TestDatabase.Provider}）用时 {Elapsed.TotalSeconds:0.0} 秒");
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A fingerprint of everything seeded that the seed decides: organisations and people with their ids, names,
    /// codes, units and histories (not password hashes or security stamps, which are random by design).
    /// </summary>
    public static async Task<string> DigestAsync(AppDbContext db)
    {
        var text = new StringBuilder();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Kind, o.Name, o.Path, o.CreditCode, o.DivisionCode, o.EmploymentType, o.CompetentDepartmentId }).ToListAsync();
        organisations.ForEach(o => text.AppendLine(CultureInfo.InvariantCulture, $"{o}"));
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id)
            .Include(p => p.Titles).Include(p => p.Assessments).Include(p => p.Education).Include(p => p.Achievements).AsSplitQuery().ToListAsync();
        foreach (var p in people)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{p.Id}|{p.IdNumber}|{p.Name}|{p.UnitId}|{p.EmploymentType}|{p.Phone}|{p.WorkStartDate}|{p.PostSeries}|{p.PostSpecialty}|{p.PostSince}");
            text.AppendJoin(";", p.Titles.OrderBy(t => t.Id).Select(t => $"{t.Series}/{t.Specialty}/{t.Level}/{t.ObtainedOn}/{t.Source}/{t.TransferredOn}/{t.GrantedBy}")).AppendLine();
            text.AppendJoin(";", p.Assessments.OrderBy(a => a.Year).Select(a => $"{a.Year}/{a.Grade}")).AppendLine();
            text.AppendJoin(";", p.Education.OrderBy(e => e.Id).Select(e => $"{e.Degree}/{e.FullTime}/{e.ObtainedOn}/{e.School}/{e.Major}")).AppendLine();
            text.AppendJoin(";", p.Achievements.OrderBy(a => a.Id).Select(a => $"{a.Title}/{a.ObtainedOn}")).AppendLine();
        }
        var accounts = await db.Users.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.UserName, a.Role, a.OrganisationId, a.PersonId }).ToListAsync();
        accounts.ForEach(a => text.AppendLine(CultureInfo.InvariantCulture, $"{a}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>A clock stopped at one moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
