using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Demo;

/// <summary>How large a demo city to draw, and from which seed; the same seed and day give the same city.</summary>
public sealed record DemoCityOptions(int Seed = DemoCity.DefaultSeed, int People = DemoCity.DefaultPeople);

/// <summary>What seeding did: refused (and why), or how many records it wrote.</summary>
public sealed record DemoSeedResult(string? Refusal, int Organisations = 0, int People = 0, int Titles = 0, int Assessments = 0, int Education = 0, int Achievements = 0, int Accounts = 0)
{
    public bool Seeded => Refusal is null;
}

/// <summary>
/// 演示数据 — a realistic 运城市 for trying the system out (<c>zhicheng seed --demo</c>): the city bureau and its
/// 13 county bureaus, industry departments, about 200 employers, labour-dispatch units and talent-service agencies,
/// about 5,000 people with their education, titles, assessments and achievements (one in twenty without an
/// employer), the year's committees and plans, about 110 applications at every step of their review chain, and one
/// account per role. Drawn from a fixed seed, so every demo database is the same city;
/// written only into an empty database, in one transaction, with the audit trail as any other change.
/// </summary>
public static class DemoCity
{
    public const int DefaultSeed = 2024_12;
    public const int DefaultPeople = 5000;
    public const string SettingKey = "demo";

    /// <summary>People saved per SaveChanges; the tracker is cleared between batches to keep change detection cheap.</summary>
    private const int BatchSize = 500;

    /// <summary>The demo accounts, all with the password <c>Zhicheng@2024</c>, for a sign-in page to show.</summary>
    public static IReadOnlyList<DemoAccount> Accounts => DemoAccounts.All;

    public static Task<bool> IsDemoAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.SystemSettings.AnyAsync(s => s.Key == SettingKey && s.Value == "true", cancellationToken);

    public static Task<DemoSeedResult> SeedAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken = default) =>
        SeedAsync(db, time, new DemoCityOptions(), cancellationToken);

    public static async Task<DemoSeedResult> SeedAsync(AppDbContext db, TimeProvider time, DemoCityOptions options, CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(cancellationToken) || await db.People.AnyAsync(cancellationToken))
        {
            return new DemoSeedResult("数据库中已有机构或人员数据，演示数据只能写入空数据库。请通过 ZHICHENG_DB 指定一个新的数据库后重试。");
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var random = new Random(options.Seed);
        var codes = new DemoCodes(random);
        var careers = new DemoCareers(random, codes, today);
        var counts = new Counter();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisations = await DemoOrganisations.CreateAsync(db, random, codes, cancellationToken);

        var applicant = DemoAccounts.Applicant(organisations.Named(DemoAccounts.Hospital).Id, codes, today);
        var batch = new List<Person>(BatchSize);
        foreach (var person in People(organisations, careers, random, applicant, options.People))
        {
            batch.Add(person);
            if (batch.Count == BatchSize)
            {
                await SaveAsync(db, batch, counts, cancellationToken);
            }
        }
        await SaveAsync(db, batch, counts, cancellationToken);

        await DemoCommittees.CreateAsync(db, organisations, today, random, cancellationToken);
        await DemoApplications.CreateAsync(db, organisations, today, cancellationToken);
        var accounts = DemoAccounts.Create(organisations, applicant).ToList();
        db.Users.AddRange(accounts);
        db.SystemSettings.Add(new SystemSetting { Key = SettingKey, Value = "true" });
        await db.SaveChangesAsync(cancellationToken);
        await DemoCommittees.SeatExpertAsync(db, accounts.Single(a => a.Role == Zhicheng.Domain.Organisations.AccountRole.Expert), today, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new DemoSeedResult(null, organisations.Count, counts.People, counts.Titles, counts.Assessments, counts.Education, counts.Achievements, accounts.Count);
    }

    /// <summary>
    /// Everyone, in the order they are saved: the demo applicant, then employees spread over the units by weight,
    /// then one in twenty without an employer — individual businesses, flexible workers and freelancers, their
    /// records held by a talent-service agency (seven in ten) or a county bureau.
    /// </summary>
    private static IEnumerable<Person> People(DemoOrganisations organisations, DemoCareers careers, Random random, Person applicant, int count)
    {
        yield return applicant;
        var units = organisations.Units;
        var cumulative = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            cumulative[i] = units[i].Weight + (i == 0 ? 0 : cumulative[i - 1]);
        }
        var withoutEmployer = count / 20;
        for (var i = 1; i < count - withoutEmployer; i++)
        {
            var index = Array.BinarySearch(cumulative, random.Next(cumulative[^1]) + 1);
            var unit = units[index < 0 ? ~index : index];
            yield return careers.Draw(unit.Organisation.Id, unit.Organisation.Name, unit.Area, unit.Profile, unit.Profile.Type);
        }
        for (var i = 0; i < withoutEmployer; i++)
        {
            var holders = random.Next(10) < 7 ? organisations.TalentAgencies : organisations.CountyBureaus;
            var (holder, area) = holders[random.Next(holders.Count)];
            var type = (EmploymentType)random.Next((int)EmploymentType.IndividualBusiness, (int)EmploymentType.Freelancer + 1);
            yield return careers.Draw(holder.Id, holder.Name, area, DemoProfiles.Unemployed, type);
        }
    }

    private static async Task SaveAsync(AppDbContext db, List<Person> batch, Counter counts, CancellationToken cancellationToken)
    {
        db.People.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        counts.People += batch.Count;
        counts.Titles += batch.Sum(p => p.Titles.Count);
        counts.Assessments += batch.Sum(p => p.Assessments.Count);
        counts.Education += batch.Sum(p => p.Education.Count);
        counts.Achievements += batch.Sum(p => p.Achievements.Count);
        batch.Clear();
    }

    private sealed class Counter
    {
        public int People;
        public int Titles;
        public int Assessments;
        public int Education;
        public int Achievements;
    }
}
