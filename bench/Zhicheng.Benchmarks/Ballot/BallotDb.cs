using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.Plans;
using Zhicheng.Benchmarks.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// <c>ballot-db CONNECTION OUTDIR [MEETINGS] [APPLICANTS] [EXPERTS] [GROUPS] [SEED]</c>: fills a freshly migrated database
/// (SQLite file or PostgreSQL) with what the secret-ballot load needs (issue #6), and leaves MEETINGS meetings open for
/// voting today:
/// <list type="bullet">
/// <item>the city bureau, its health commission (卫健委) and 12 city-level hospitals; accounts bench.city (CityAdmin),
/// bench.health (DepartmentReviewer) and bench.office (CommitteeOffice of 卫健委, the committee's founding unit), password
/// <see cref="ApplicationsDb.Password"/>;</item>
/// <item>through the services (<see cref="BenchYear"/>): the 卫生系列 临床医学 副高级 standard, the senior committee (filed,
/// approved) and this year's plan (approved). The plan's meeting dates are then given today by a direct update, as the App
/// tests do (an approved plan cannot be edited, and a plan made today could not have its application window in the past);
/// after the evaluation deadline the city bureau records an override (<c>WorkPlanService.OverrideAsync</c>);</item>
/// <item>EXPERTS experts of 临床医学 (副高级 or 正高级, in term, each at a provincial hospital none of the applicants works at)
/// added by the department (<c>CommitteeRoster</c>), each with an Expert account and API token linked by the office
/// (<c>ExpertPool.LinkAccountAsync</c>); BenchYear's 11 experts are set unavailable (<c>ExpertPool</c>), so every draw seats
/// exactly these;</item>
/// <item>MEETINGS × APPLICANTS people at the hospitals, each with one application in stage Accepted (written with EF as
/// the services leave an accepted one: chain steps approved, the office's qualification check passed; no timeline);</item>
/// <item>each meeting through the services as the office (<see cref="BallotMeetings"/>): scheduled today with its
/// APPLICANTS applications, panel of EXPERTS drawn, all present, GROUPS review groups, scored, ballot opened.</item>
/// </list>
/// Writes OUTDIR/ballot.json (<see cref="BallotFile"/>) and OUTDIR/stats.txt.
/// </summary>
public static class BallotDb
{
    public const string Specialty = "临床医学";
    public const int Hospitals = 12;

    public static int Run(string connection, string outDir, int meetings, int applicants, int experts, int groups, int seed) =>
        RunAsync(connection, outDir, meetings, applicants, experts, groups, seed).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string connection, string outDir, int meetingCount, int applicants, int expertCount, int groups, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(meetingCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(groups, expertCount);
        Directory.CreateDirectory(outDir);
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var time = TimeProvider.System;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var year = today.Year;
        // The server's policy: N2024 with the "Policy" settings of its environment (Policy__…), as the web app reads them.
        var policy = EligibilityServices.PolicyFrom(new ConfigurationBuilder().AddEnvironmentVariables().Build());

        // ---- the city and its accounts -------------------------------------------------------------------------
        int healthId;
        var hospitals = new List<(int Id, string Name)>();
        Viewer city, health, office;
        string officeToken;
        await using (var db = Database.Open(connection, "bench:ballot", time))
        {
            if (await db.Organisations.AnyAsync() || await db.People.AnyAsync() || await db.Users.AnyAsync())
            {
                throw new InvalidOperationException("the database already has organisations, people or accounts: give ballot-db a freshly migrated, empty database");
            }
            var bureau = new Organisation { Kind = OrganisationKind.CityBureau, Name = "运城市人力资源和社会保障局", DivisionCode = "140800" };
            db.Organisations.Add(bureau);
            await db.SaveChangesAsync();
            var department = new Organisation { Kind = OrganisationKind.Department, Name = "运城市卫生健康委员会", EmploymentType = EmploymentType.GovernmentAgency };
            department.PlaceUnder(bureau);
            db.Organisations.Add(department);
            await db.SaveChangesAsync();
            healthId = department.Id;
            var codes = new HashSet<string>(StringComparer.Ordinal);
            var units = Enumerable.Range(1, Hospitals).Select(h =>
            {
                var unit = new Organisation
                {
                    Kind = OrganisationKind.Employer, Name = $"运城市第{BallotApplicants.Chinese(h)}人民医院", CreditCode = BallotApplicants.CreditCodeOf(random, codes),
                    EmploymentType = EmploymentType.PublicInstitution, CompetentDepartmentId = department.Id,
                };
                unit.PlaceUnder(bureau);
                return unit;
            }).ToList();
            db.Organisations.AddRange(units);
            await db.SaveChangesAsync();
            hospitals.AddRange(units.Select(u => (u.Id, u.Name)));
            (city, _) = await AccountAsync(db, "bench.city", "基准测试 市人社局管理员", AccountRole.CityAdmin, bureau.Id, password: true);
            (health, _) = await AccountAsync(db, "bench.health", "基准测试 卫健委审核人", AccountRole.DepartmentReviewer, healthId, password: true);
            (office, officeToken) = await AccountAsync(db, "bench.office", "基准测试 卫生高评委办公室", AccountRole.CommitteeOffice, healthId, password: true);
        }
        Console.Error.WriteLine($"city: bureau, 卫健委, {Hospitals} hospitals, 3 accounts in {clock.Elapsed.TotalSeconds:F1} s");

        // ---- the year: standard, committee, plan (BenchYear), then the meeting day in the plan ---------------------
        clock.Restart();
        var setupDay = today < new DateOnly(year, 3, 10) ? today : new DateOnly(year, 3, 10);
        var (committeeId, planId, _) = await BenchYear.BuildAsync(connection, BenchYear.Health, health, city, year, new FixedClock(setupDay));
        await using (var db = Database.Open(connection, city.AuditName, time))
        {
            var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == planId);
            var dates = string.Join(",", plan.Meetings.Append(today).Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            await db.WorkPlans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.MeetingDates, dates));
            if (today > policy.Settings.EvaluationDeadline.In(year))
            {
                var j = await Jurisdiction.ForAsync(db, city);
                Must(await new WorkPlanService(db, new CommitteeService(db, policy, time), policy, time).OverrideAsync(j, planId,
                    "基准测试：评审会议在评审截止日期之后举行"), "批准突破年度时限");
            }
        }
        Console.Error.WriteLine($"year {year}: committee {committeeId} filed, plan {planId} approved, meeting day {today:yyyy-MM-dd} in {clock.Elapsed.TotalSeconds:F1} s");

        // ---- the roster: EXPERTS experts with accounts; BenchYear's own set unavailable ----------------------------
        clock.Restart();
        var experts = new List<BallotExpert>();
        await using (var db = Database.Open(connection, office.AuditName, time))
        {
            var j = await Jurisdiction.ForAsync(db, office);
            var pool = new ExpertPool(db, new CommitteeService(db, policy, time));
            foreach (var id in await db.CommitteeMembers.Where(m => m.CommitteeId == committeeId).Select(m => m.Id).ToListAsync())
            {
                Must(await pool.SetAvailableAsync(j, committeeId, id, available: false), "设为本次不能参加");
            }
        }
        var members = new List<(int Id, string Name)>();
        await using (var db = Database.Open(connection, health.AuditName, time))
        {
            var j = await Jurisdiction.ForAsync(db, health);
            var roster = new CommitteeRoster(db, new CommitteeService(db, policy, time), policy);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var termStart = today.AddYears(-1);
            for (var i = 1; i <= expertCount; i++)
            {
                string name;
                do
                {
                    name = BallotApplicants.NameOf(random);
                }
                while (!names.Add(name));
                var member = Must(await roster.AddAsync(j, committeeId, new MemberForm(name, $"山西省第{BallotApplicants.Chinese(i)}人民医院", Specialty,
                    i % 3 == 0 ? TitleLevel.Senior : TitleLevel.AssociateSenior, termStart, termStart.AddYears(3).AddDays(-1))), "添加评审专家");
                members.Add((member.Id, member.Name));
            }
        }
        await using (var db = Database.Open(connection, office.AuditName, time))
        {
            var j = await Jurisdiction.ForAsync(db, office);
            var pool = new ExpertPool(db, new CommitteeService(db, policy, time));
            foreach (var (member, i) in members.Select((m, i) => (m, i + 1)))
            {
                var userName = $"bench.expert{i:00}";
                var (_, token) = await AccountAsync(db, userName, member.Name, AccountRole.Expert, null, password: false);
                Must(await pool.LinkAccountAsync(j, committeeId, member.Id, userName), "关联专家账号");
                experts.Add(new BallotExpert(member.Id, member.Name, userName, token));
            }
        }
        Console.Error.WriteLine($"roster: {expertCount} experts with accounts and tokens in {clock.Elapsed.TotalSeconds:F1} s");

        // ---- the applications: APPLICANTS per meeting, accepted -------------------------------------------------------
        clock.Restart();
        var lists = new List<List<int>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        for (var m = 0; m < meetingCount; m++)
        {
            await using var db = Database.Open(connection, "bench:ballot", time);
            var people = Enumerable.Range(0, applicants).Select(_ => BallotApplicants.PersonOf(random, hospitals[random.Next(hospitals.Count)].Id, seen)).ToList();
            db.People.AddRange(people);
            await db.SaveChangesAsync();
            var accepted = people.Select(p => BallotApplicants.AcceptedOf(p, hospitals.Single(h => h.Id == p.UnitId).Name, ++number, committeeId, healthId, year, random)).ToList();
            db.Applications.AddRange(accepted);
            await db.SaveChangesAsync();
            lists.Add([.. accepted.Select(a => a.Id)]);
        }
        Console.Error.WriteLine($"applications: {number:N0} people with an accepted application in {clock.Elapsed.TotalSeconds:F1} s");

        // ---- the meetings, through the services, up to 投票中 -----------------------------------------------------------
        clock.Restart();
        var meetings = new List<BallotMeeting>();
        foreach (var list in lists)
        {
            meetings.Add(await BallotMeetings.OpenAsync(connection, office, committeeId, today, list, expertCount, groups, policy, time));
            Console.Error.WriteLine($"  {meetings[^1].Number}: {list.Count} candidates, panel {expertCount}, {groups} groups, ballot open ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        Console.Error.WriteLine($"meetings: {meetings.Count} open for voting in {clock.Elapsed.TotalSeconds:F1} s");

        var file = new BallotFile(Database.ProviderOf(connection) == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite", committeeId, today, expertCount, seed,
            policy.Settings.PassNumerator, policy.Settings.PassDenominator, officeToken, experts, meetings);
        file.Write(Path.Combine(outDir, "ballot.json"));
        var stats = string.Create(CultureInfo.InvariantCulture,
            $"committee {committeeId}, meeting day {today:yyyy-MM-dd}; {meetings.Count} meetings × {applicants} candidates ({number:N0} applications); panel {expertCount} in {groups} groups; loaded in {total.Elapsed.TotalSeconds:F1} s\n");
        File.WriteAllText(Path.Combine(outDir, "stats.txt"), stats);
        Console.Error.Write(stats);
        return 0;
    }

    private static async Task<(Viewer Viewer, string Token)> AccountAsync(AppDbContext db, string userName, string display, AccountRole role, int? organisation, bool password)
    {
        var account = new Account
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = display, Role = role, OrganisationId = organisation,
            LockoutEnabled = true, EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        if (password)
        {
            account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, ApplicationsDb.Password);
        }
        db.Users.Add(account);
        await db.SaveChangesAsync();
        var token = await ApiTokens.IssueAsync(db, account);
        return (new Viewer(account.Id, display, role, organisation, null), token);
    }

    internal static T Must<T>(Outcome<T> outcome, string step) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException($"{step}被拒绝：{string.Join("；", outcome.Problems.Select(p => $"{p.Field} {p.Text}"))}");
}
