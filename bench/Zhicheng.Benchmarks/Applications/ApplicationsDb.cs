using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Benchmarks.People;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Benchmarks.Applications;

/// <summary>
/// <c>applications-db CONNECTION N OUTDIR [SEED] [TOTAL]</c>: fills a freshly migrated database (SQLite file or
/// PostgreSQL) with a city for the applications benchmark (issue #5):
/// <list type="bullet">
/// <item>运城市's bureau, its 13 county bureaus and ~2,000 employers (<see cref="PeopleData"/>'s organisations), plus the city's
/// health commission (卫健委) and education bureau (教育局) as competent departments of the hospitals/卫生院 and of the schools;</item>
/// <item>through the services (<see cref="BenchYear"/>, on a clock at 2025-03-10): a published 卫生系列 临床医学 副高级 standard,
/// the health commission's senior committee, filed and approved, and its approved 2025 plan (D = 2025-09-30); the same for a
/// 中小学教师 committee of the education bureau; both opened for applications on 2025-08-20;</item>
/// <item><c>N</c> applications to the health committee waiting at the committee-office step (4-step chains: unit → 卫健委 →
/// county bureau → office; 3 steps for city-level employers), each by a person whose record (titles, education,
/// assessments, achievements, integrity archive, other applications) passes about 80% of the time and otherwise fails one
/// of: tenure at 中级, education, achievements, an unqualified annual assessment, an active falsification record, a second
/// application at the same level this year (N2024-3.5c);</item>
/// <item>up to <c>TOTAL</c> applications in all: 1,500 at the unit step of one 盐湖区 hospital (the employer HR's queue)
/// and the rest over both committees, ~1,800 employers and every stage and step;</item>
/// <item>accounts (password <see cref="Password"/>, API tokens in OUTDIR/tokens.env): bench.office (the health committee's
/// office, role CommitteeOffice at 卫健委), bench.hr (that hospital's HR), bench.city, bench.health, bench.education, bench.county.</item>
/// </list>
/// Bulk rows go straight through ADO.NET (one transaction of prepared inserts on SQLite, binary COPY on PostgreSQL),
/// bypassing EF Core and the audit trail, with the columns and values the services write.
/// </summary>
public static class ApplicationsDb
{
    public const int Year = 2025;
    public const string Password = "Bench@2024pass";
    public const int HrQueue = 1500;

    private static readonly DateOnly Deadline = new(Year, 9, 30);
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董薛贾闫杜田任姚卫柴畅裴";
    private const string Given = "建国伟军明华平强志刚勇斌磊涛鹏超杰峰辉丽芳娟敏静艳霞燕红玲娜婷琳雪梅颖倩洁慧萍丹莉晶瑞佳欣怡";

    public static int Run(string connection, int officeCount, string outDir, int seed, int total) =>
        RunAsync(connection, officeCount, outDir, seed, total).GetAwaiter().GetResult();

    private sealed class Table(string name, params string[] columns)
    {
        public string Name { get; } = name;
        public string[] Columns { get; } = columns;
        public List<object?[]> Rows { get; } = [];
        public void Add(params object?[] row) => Rows.Add(row);
    }

    private sealed record Unit(int Id, string Name, int County, int? Department, string Division, string? EmploymentType);

    private sealed record Step(string Kind, int Org);

    private static async Task<int> RunAsync(string connection, int officeCount, string outDir, int seed, int total)
    {
        var postgres = Database.ProviderOf(connection) == DatabaseProvider.PostgreSql;
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);

        // ---- organisations ------------------------------------------------------------------------------
        var city = PeopleData.Generate(0, 2000, seed).Organisations;
        var healthId = city.Count + 1;
        var educationId = city.Count + 2;
        var orgs = new Table("organisations", "id", "kind", "name", "parent_id", "path", "credit_code", "division_code", "employment_type", "competent_department_id");
        var healthUnits = new List<Unit>();
        var schoolUnits = new List<Unit>();
        var divisions = city.Where(o => o.Kind != "Employer").ToDictionary(o => o.Id, o => o.DivisionCode!);
        foreach (var o in city)
        {
            int? department = o.KindIndex is 3 or 4 or 5 ? healthId : o.KindIndex is 0 or 1 or 2 ? educationId : null;
            orgs.Add(o.Id, o.Kind, o.Name, o.ParentId, o.Path, o.CreditCode, o.DivisionCode, o.EmploymentType, department);
            if (department is { } d)
            {
                var unit = new Unit(o.Id, o.Name, o.County, d, divisions[o.County == 0 ? 2 : o.County], o.EmploymentType);
                (d == healthId ? healthUnits : schoolUnits).Add(unit);
            }
        }
        orgs.Add(healthId, "Department", "运城市卫生健康委员会", 1, "/1/", null, null, "GovernmentAgency", null);
        orgs.Add(educationId, "Department", "运城市教育局", 1, "/1/", null, null, "GovernmentAgency", null);
        // The departments right after the city bureau: the employers refer to them (SQLite checks each row's keys).
        orgs.Rows.InsertRange(1, orgs.Rows[^2..]);
        orgs.Rows.RemoveRange(orgs.Rows.Count - 2, 2);
        var featured = healthUnits.First(u => u.County == PeopleDb.CountyBureauId && u.Name.Contains("人民医院", StringComparison.Ordinal));
        healthUnits.Remove(featured);
        var healthWeights = Cumulative(healthUnits.Select(_ => Math.Exp(Normal(random))).ToArray());
        var schoolWeights = Cumulative(schoolUnits.Select(_ => Math.Exp(Normal(random))).ToArray());

        // ---- people, their records, and what they apply for ------------------------------------------------
        var people = new Table("people", "id", "id_number", "name", "sex", "birth_date", "phone", "unit_id", "bureau_id", "in_service", "work_start_date", "post_series", "post_specialty", "post_since");
        var titles = new Table("titles", "person_id", "series", "specialty", "level", "obtained_on", "source", "certificate_number", "granted_by");
        var education = new Table("education", "person_id", "degree", "full_time", "obtained_on", "school", "major");
        var assessments = new Table("assessments", "person_id", "year", "grade");
        var achievements = new Table("achievements", "person_id", "title", "obtained_on");
        var integrity = new Table("integrity_entries", "subject", "id_number", "name", "kind", "description", "evidence", "authority_id", "decided_on", "recorded_by", "recorded_at", "version");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var faults = new Dictionary<string, int>(StringComparer.Ordinal);
        var plans = new List<(int Person, Unit Unit, bool Health, string Stage, int StepAt)>();

        int AddPerson(Unit unit, bool health, bool office)
        {
            var id = people.Rows.Count + 1;
            var male = random.Next(2) == 0;
            var name = string.Concat(Surnames[random.Next(Surnames.Length)].ToString(), Given[random.Next(Given.Length)].ToString(),
                random.Next(4) == 0 ? "" : Given[random.Next(Given.Length)].ToString());
            var birth = new DateOnly(1968, 1, 1).AddDays(random.Next(20 * 365));
            string number;
            do
            {
                var first17 = string.Create(CultureInfo.InvariantCulture, $"{unit.Division}{birth:yyyyMMdd}{random.Next(500) * 2 + (male ? 1 : 0):000}");
                number = first17 + IdentityNumber.CheckCharacterFor(first17);
            }
            while (!seen.Add(number));
            var workStart = new DateOnly(birth.Year + 23, 7, 1);
            var series = health ? "卫生" : "中小学教师";
            var specialty = health ? "临床医学" : new[] { "语文", "数学", "英语" }[random.Next(3)];
            people.Add(id, number, name, male ? "Male" : "Female", birth, $"13{random.Next(100_000_000, 1_000_000_000)}", unit.Id,
                unit.County == 0 ? 1 : unit.County, true, workStart, series, specialty, workStart);

            var roll = random.NextDouble();
            var fault = roll switch { < 0.80 => "", < 0.85 => "tenure", < 0.89 => "education", < 0.93 => "achievements", < 0.96 => "assessment", < 0.98 => "integrity", _ => "conflict" };
            if (office)
            {
                faults[fault == "" ? "none (should pass)" : fault] = faults.GetValueOrDefault(fault == "" ? "none (should pass)" : fault) + 1;
            }
            var assistant = workStart.AddYears(1).AddDays(random.Next(120));
            var intermediate = fault == "assessment"
                ? new DateOnly(2020, 1, 1).AddDays(random.Next(170))
                : fault == "tenure"
                ? new DateOnly(2021 + random.Next(2), 1, 1).AddDays(random.Next(360))
                : Min(assistant.AddYears(5 + random.Next(5)).AddDays(random.Next(200)), new DateOnly(2020, 6, 30));
            titles.Add(id, series, specialty, "Assistant", assistant, "InitialDetermination", null, unit.Name);
            titles.Add(id, series, specialty, "Intermediate", intermediate, "Evaluation", $"{intermediate.Year}{random.Next(1_000_000):000000}",
                $"运城市{series}中级职称评审委员会");
            var degree = fault == "education" ? "Associate" : random.NextDouble() < 0.2 ? "Master" : "Bachelor";
            education.Add(id, degree, true, new DateOnly(workStart.Year, 7, 1), health ? "山西医科大学" : "山西师范大学", specialty);
            for (var y = intermediate.Year; y < Year; y++)
            {
                var grade = fault == "assessment" && y == Year - 2 ? "Unqualified" : random.NextDouble() < 0.15 ? "Excellent" : "Qualified";
                assessments.Add(id, y, grade);
            }
            if (fault != "achievements")
            {
                for (var a = 0; a < 1 + random.Next(3); a++)
                {
                    achievements.Add(id, $"{specialty}{(health ? "临床技术" : "教学")}项目{a + 1}：{name}主持", intermediate.AddDays(200 + random.Next(1500)) is var d && d < Deadline ? d : Deadline.AddDays(-30));
                }
            }
            if (fault == "integrity")
            {
                integrity.Add("Applicant", number, name, "Falsification", "申报材料中论文系伪造", "核查报告", 1, new DateOnly(Year - 1, 5, 10).AddDays(random.Next(200)),
                    "基准测试 市人社局", new DateTimeOffset(Year - 1, 12, 1, 2, 0, 0, TimeSpan.Zero), 0);
            }
            if (fault == "conflict")
            {
                // The same level in another series this year, still in review at the school's first step (N2024-3.5c).
                plans.Add((id, schoolUnits[Search(schoolWeights, random.NextDouble())], false, "InReview", 1));
            }
            return id;
        }

        for (var i = 0; i < officeCount; i++)
        {
            var unit = healthUnits[Search(healthWeights, random.NextDouble())];
            plans.Add((AddPerson(unit, true, office: true), unit, true, "InReview", int.MaxValue));
        }
        for (var i = 0; i < HrQueue; i++)
        {
            plans.Add((AddPerson(featured, true, office: false), featured, true, "InReview", 1));
        }
        for (var i = 0; i < 300; i++)
        {
            plans.Add((AddPerson(featured, true, office: false), featured, true, i % 3 == 0 ? "Draft" : i % 3 == 1 ? "InReview" : "Accepted", 2 + i % 2));
        }
        while (plans.Count < total)
        {
            var health = random.NextDouble() < 0.4;
            var unit = health ? healthUnits[Search(healthWeights, random.NextDouble())] : schoolUnits[Search(schoolWeights, random.NextDouble())];
            var r = random.NextDouble();
            var (stage, at) = r switch
            {
                < 0.05 => ("Draft", 0), < 0.45 => ("InReview", 1), < 0.60 => ("InReview", 2), < 0.72 => ("InReview", 3),
                < 0.80 => health ? ("Accepted", 9) : ("InReview", 9), < 0.86 => ("Returned", 1 + random.Next(3)), < 0.96 => ("Accepted", 9),
                < 0.98 => ("Withdrawn", 1), _ => ("Rejected", 2),
            };
            plans.Add((AddPerson(unit, health, office: false), unit, health, stage, at));
        }
        Console.Error.WriteLine($"generated {orgs.Rows.Count:N0} organisations, {people.Rows.Count:N0} people, {titles.Rows.Count:N0} titles, {assessments.Rows.Count:N0} assessments, " +
            $"{achievements.Rows.Count:N0} achievements, {integrity.Rows.Count:N0} integrity records in {clock.Elapsed.TotalSeconds:F1} s (seed {seed})");

        // ---- load the city, then the year through the services ---------------------------------------------
        clock.Restart();
        await using (var db = Connect(connection))
        {
            RequireEmpty(db);
            if (!postgres)
            {
                Exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
            }
            await using var tx = await db.BeginTransactionAsync();
            foreach (var table in new[] { orgs, people, titles, education, assessments, achievements, integrity })
            {
                Load(db, tx, table);
            }
            if (postgres)
            {
                foreach (var t in new[] { "organisations", "people" })
                {
                    Exec(db, $"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))", tx);
                }
            }
            await tx.CommitAsync();
        }
        Console.Error.WriteLine($"loaded the city in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        var viewers = new Dictionary<string, Viewer>(StringComparer.Ordinal);
        await using (var db = Database.Open(connection, "bench:setup"))
        {
            foreach (var (key, role, display, org) in new[]
            {
                ("CITY", AccountRole.CityAdmin, "基准测试 市人社局管理员", 1),
                ("HEALTH", AccountRole.DepartmentReviewer, "基准测试 卫健委审核人", healthId),
                ("OFFICE", AccountRole.CommitteeOffice, "基准测试 卫生高评委办公室", healthId),
                ("HR", AccountRole.EmployerHr, $"基准测试 {featured.Name}人事科", featured.Id),
                ("EDUCATION", AccountRole.DepartmentReviewer, "基准测试 教育局审核人", educationId),
                ("COUNTY", AccountRole.CountyStaff, "基准测试 盐湖区人社局经办人", PeopleDb.CountyBureauId),
            })
            {
                var token = $"zc_bench_{key.ToLowerInvariant()}_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
                var userName = "bench." + key.ToLowerInvariant();
                var account = new Account
                {
                    UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = display, Role = role, OrganisationId = org,
                    LockoutEnabled = true, EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    ApiTokenHash = ApiTokens.HashOf(token), ApiTokenIssuedAt = DateTime.UtcNow,
                };
                account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
                db.Users.Add(account);
                await db.SaveChangesAsync();
                tokens[key] = token;
                viewers[key] = new Viewer(account.Id, display, role, org, null);
            }
        }
        var time = new FixedClock(new DateOnly(Year, 3, 10));
        var (healthCommittee, _, _) = await BenchYear.BuildAsync(connection, BenchYear.Health, viewers["HEALTH"], viewers["CITY"], Year, time);
        var (schoolCommittee, _, _) = await BenchYear.BuildAsync(connection, BenchYear.Schools, viewers["EDUCATION"], viewers["CITY"], Year, time);
        time.Today = new DateOnly(Year, 8, 20);
        await BenchYear.OpenApplicationsAsync(connection, viewers["HEALTH"], healthCommittee, Year, time);
        await BenchYear.OpenApplicationsAsync(connection, viewers["EDUCATION"], schoolCommittee, Year, time);
        Console.Error.WriteLine($"standards, committees and plans through the services in {clock.Elapsed.TotalSeconds:F1} s (committees {healthCommittee}, {schoolCommittee})");

        // ---- applications, their chains and timelines ---------------------------------------------------------
        clock.Restart();
        var applications = new Table("applications", "id", "number", "person_id", "committee_id", "year", "route", "series", "specialty", "level", "channel", "unit_id",
            "stage", "step_index", "reviewer_organisation_id", "step_kind", "publicity_start", "publicity_end", "qualification_checked_at", "qualification_passed",
            "qualification_summary", "created_by", "created_at", "submitted_at", "updated_at", "version");
        var steps = new Table("application_steps", "application_id", "\"order\"", "kind", "organisation_id", "approved_at", "approved_by");
        var events = new Table("application_events", "application_id", "at", "actor", "actor_account_id", "action", "step_kind", "from_stage", "to_stage", "note", "items");
        var names = orgs.Rows.ToDictionary(r => (int)r[0]!, r => (string)r[2]!);
        var actorOf = new Dictionary<int, (string Name, int? Account)>
        {
            [healthId] = ($"{viewers["HEALTH"].Name}（运城市卫生健康委员会）", viewers["HEALTH"].AccountId),
            [educationId] = ($"{viewers["EDUCATION"].Name}（运城市教育局）", viewers["EDUCATION"].AccountId),
            [featured.Id] = ($"{viewers["HR"].Name}（{featured.Name}）", viewers["HR"].AccountId),
            [PeopleDb.CountyBureauId] = ($"{viewers["COUNTY"].Name}（{names[PeopleDb.CountyBureauId]}）", viewers["COUNTY"].AccountId),
        };
        (string Name, int? Account) Actor(int org) => actorOf.TryGetValue(org, out var a) ? a : ($"人事干部（{names[org]}）", null);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var (person, unit, health, stage, stepAt) in plans)
        {
            id++;
            var committee = health ? healthCommittee : schoolCommittee;
            var department = health ? healthId : educationId;
            var chain = new List<Step> { new("Unit", unit.Id) };
            if (unit.Department is { } d)
            {
                chain.Add(new Step("Department", d));
            }
            if (unit.County != 0)
            {
                chain.Add(new Step("CountyBureau", unit.County));
            }
            chain.Add(new Step("CommitteeOffice", department));
            var created = new DateTimeOffset(Year, 8, 20, 1, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(30 * 24 * 60));
            var at = created;
            var applicant = people.Rows[person - 1][2];
            var creator = $"{applicant}";
            events.Add(id, at, creator, null, "Created", null, "Draft", "Draft", null, null);
            // Only the office's own N wait at the health committee's office step; the others stop short of it.
            var index = stage == "Draft" ? 0 : Math.Min(stepAt, health && stage == "InReview" && stepAt != int.MaxValue ? chain.Count - 1 : chain.Count);
            string? kind = null;
            int? reviewer = null;
            DateOnly? publicityStart = null, publicityEnd = null;
            DateTimeOffset? submitted = null, checkedAt = null;
            bool? passed = null;
            string? summary = null;
            if (stage != "Draft")
            {
                at = at.AddHours(2);
                submitted = at;
                events.Add(id, at, creator, null, "Submitted", "Unit", "Draft", "InReview", null, null);
                for (var s = 0; s < chain.Count; s++)
                {
                    var approved = s + 1 < index || stage == "Accepted" && s + 1 == index;
                    DateTimeOffset? approvedAt = null;
                    string? approvedBy = null;
                    if (approved)
                    {
                        if (chain[s].Kind == "Unit")
                        {
                            publicityStart = DateOnly.FromDateTime(at.UtcDateTime).AddDays(1);
                            publicityEnd = publicityStart.Value.AddDays(6);
                            events.Add(id, at.AddHours(1), Actor(chain[s].Org).Name, Actor(chain[s].Org).Account, "PublicityStarted", "Unit", "InReview", "InReview", "单位公示 5 个工作日", null);
                            at = at.AddDays(8);
                        }
                        else
                        {
                            at = at.AddDays(1 + random.Next(4));
                        }
                        approvedAt = at;
                        approvedBy = Actor(chain[s].Org).Name;
                        if (chain[s].Kind == "CommitteeOffice")
                        {
                            checkedAt = at.AddHours(-1);
                            passed = true;
                            summary = $"符合申报条件（{(health ? BenchYear.Health : BenchYear.Schools).StandardTitle}）";
                            events.Add(id, checkedAt.Value, approvedBy, Actor(chain[s].Org).Account, "QualificationChecked", "CommitteeOffice", "InReview", "InReview", "资格审查通过", summary);
                        }
                        var to = stage == "Accepted" && s + 1 == index ? "Accepted" : "InReview";
                        events.Add(id, at, approvedBy, Actor(chain[s].Org).Account, to == "Accepted" ? "Accepted" : "Approved", chain[s].Kind, "InReview", to, "同意", null);
                    }
                    steps.Add(id, s + 1, chain[s].Kind, chain[s].Org, approvedAt, approvedBy);
                }
                kind = chain[index - 1].Kind;
                if (stage == "InReview")
                {
                    reviewer = chain[index - 1].Org;
                }
                else if (stage == "Returned")
                {
                    events.Add(id, at.AddDays(1), Actor(chain[index - 1].Org).Name, Actor(chain[index - 1].Org).Account, "Returned", kind, "InReview", "Returned",
                        "请补正后重新提交", "年度考核表缺少2023年度\n学历证书扫描件不清晰");
                }
                else if (stage is "Withdrawn" or "Rejected")
                {
                    events.Add(id, at.AddDays(1), stage == "Withdrawn" ? creator : Actor(chain[index - 1].Org).Name, null, stage, kind, "InReview", stage,
                        stage == "Withdrawn" ? "个人原因" : "不符合申报条件", null);
                }
            }
            var key = stage == "InReview" ? $"InReview at {kind} ({(health ? "卫生" : "中小学教师")})" : stage;
            counts[key] = counts.GetValueOrDefault(key) + 1;
            applications.Add(id, $"SB{Year}-{id:D6}", person, committee, Year, "Promotion", health ? BenchYear.Health.Series : BenchYear.Schools.Series,
                health ? BenchYear.Health.Specialty : people.Rows[person - 1][11], "AssociateSenior", "Employer", unit.Id, stage, index, reviewer, kind,
                publicityStart, publicityEnd, checkedAt, passed, summary, creator, created, submitted, at, 1 + events.Rows.Count % 7);
        }
        await using (var db = Connect(connection))
        {
            if (!postgres)
            {
                Exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
            }
            await using var tx = await db.BeginTransactionAsync();
            foreach (var table in new[] { applications, steps, events })
            {
                Load(db, tx, table);
            }
            if (postgres)
            {
                Exec(db, "SELECT setval(pg_get_serial_sequence('applications', 'id'), (SELECT max(id) FROM applications))", tx);
            }
            await tx.CommitAsync();
            Exec(db, postgres ? "VACUUM (ANALYZE)" : "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        Console.Error.WriteLine($"loaded {applications.Rows.Count:N0} applications, {steps.Rows.Count:N0} steps, {events.Rows.Count:N0} events and analysed in {clock.Elapsed.TotalSeconds:F1} s");

        var stats = new StringBuilder();
        stats.AppendLine(CultureInfo.InvariantCulture, $"applications {applications.Rows.Count:N0}; people {people.Rows.Count:N0}; organisations {orgs.Rows.Count:N0}");
        foreach (var (k, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            stats.AppendLine(CultureInfo.InvariantCulture, $"  {k,-40} {n,8:N0}");
        }
        stats.AppendLine(CultureInfo.InvariantCulture, $"office queue (卫健委, CommitteeOffice): {officeCount:N0}; HR queue ({featured.Name}): {HrQueue:N0}");
        stats.AppendLine("records of the office's applicants, by the fault generated:");
        foreach (var (k, n) in faults.OrderByDescending(f => f.Value))
        {
            stats.AppendLine(CultureInfo.InvariantCulture, $"  {k,-24} {n,8:N0}");
        }
        File.WriteAllText(Path.Combine(outDir, "stats.txt"), stats.ToString());
        Console.Error.Write(stats.ToString());
        File.WriteAllText(Path.Combine(outDir, "tokens.env"),
            string.Concat(tokens.Select(t => $"{t.Key}_TOKEN={t.Value}\n")) +
            $"PASSWORD={Password}\nOFFICE_USER=bench.office\nHR_USER=bench.hr\nCOMMITTEE_ID={healthCommittee}\nYEAR={Year}\nOFFICE_QUEUE={officeCount}\nHR_QUEUE={HrQueue}\n");
        return 0;
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private static DbConnection Connect(string connection)
    {
        DbConnection db = Database.ProviderOf(connection) == DatabaseProvider.PostgreSql ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
        db.Open();
        return db;
    }

    private static void Load(DbConnection db, DbTransaction tx, Table table)
    {
        if (db is NpgsqlConnection pg)
        {
            using var copy = pg.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in table.Rows)
            {
                copy.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: copy.WriteNull(); break;
                        case int i: copy.Write(i, NpgsqlDbType.Integer); break;
                        case string s: copy.Write(s, NpgsqlDbType.Varchar); break;
                        case bool b: copy.Write(b, NpgsqlDbType.Boolean); break;
                        case DateOnly d: copy.Write(d, NpgsqlDbType.Date); break;
                        case DateTimeOffset t: copy.Write(t.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
                        default: throw new InvalidOperationException($"{table.Name}: {value.GetType()}");
                    }
                }
            }
            copy.Complete();
            return;
        }
        using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var parameters = table.Columns.Select((_, i) => { var p = command.CreateParameter(); p.ParameterName = "$p" + i; command.Parameters.Add(p); return p; }).ToArray();
        command.Prepare();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    private static void RequireEmpty(DbConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM organisations) + (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM accounts)";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0)
        {
            throw new InvalidOperationException("the database already has organisations, people or accounts: give applications-db a freshly migrated, empty database");
        }
    }

    private static void Exec(DbConnection db, string sql, DbTransaction? tx = null)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var result = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            result[i] = running / total;
        }
        result[^1] = 1;
        return result;
    }

    private static int Search(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
