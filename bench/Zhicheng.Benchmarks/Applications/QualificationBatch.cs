using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks.Applications;

/// <summary>
/// <c>qualification-batch CONNECTION COMMITTEE YEAR [RUNS] [TSV]</c>: the committee office's batch qualification check
/// (<see cref="QualificationCheck.BatchAsync"/>) as the office's account (role CommitteeOffice, the first such account),
/// with the services built as dependency injection builds them (as tests/Shared/TestYear.cs's Desk does), RUNS times in one
/// process, each on a fresh context. Per run: wall time, per-chunk times (from the progress reports), and where the time
/// went as EF Core's interceptors see it — query time (command executed until its reader is disposed, outside SaveChanges),
/// EF's SaveChanges (SavingChanges → SavedChanges: the UPDATEs and INSERTs), and the rest (the engine, change tracking,
/// the audit trail's capture and append, the commit). Then one "replica" pass doing what a chunk does, step by step with a
/// stopwatch each (load the chunk; build the inputs and run the engine; SaveChanges with the audit trail), to split the rest.
/// Appends one line per run to TSV when given.
/// </summary>
public static class QualificationBatch
{
    public static int Run(string connection, int committeeId, int year, int runs, string? tsv) =>
        RunAsync(connection, committeeId, year, runs, tsv).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string connection, int committeeId, int year, int runs, string? tsv)
    {
        var provider = Database.ProviderOf(connection);
        var db0 = provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";
        var time = TimeProvider.System;
        var policy = PolicyVersion.N2024;
        var published = new PublishedStandards();
        Viewer viewer;
        await using (var db = Database.Open(connection, "bench"))
        {
            await published.RefreshAsync(db);
            var account = await db.Users.AsNoTracking().Where(a => a.Role == AccountRole.CommitteeOffice).OrderBy(a => a.Id).FirstAsync();
            viewer = new Viewer(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.PersonId);
        }
        Console.WriteLine($"# {db0}: committee {committeeId}, year {year}, as {viewer.Name} (account {viewer.AccountId}, organisation {viewer.OrganisationId}); chunk {QualificationCheck.ChunkSize}");
        Console.WriteLine("run\tapplications\tpassed\twall_s\tchunks\tchunk_min_ms\tchunk_median_ms\tchunk_max_ms\tqueries_s\tef_save_s\trest_s\tgc_alloc_mb");
        IReadOnlyList<QualificationRow> last = [];
        for (var run = 1; run <= runs; run++)
        {
            var probe = new Probe();
            await using var db = Open(connection, viewer.Name, time, probe);
            var jurisdiction = await Jurisdiction.ForAsync(db, viewer);
            var check = Services(db, policy, published, time);
            var marks = new List<double>();
            var clock = Stopwatch.StartNew();
            var progress = new Inline(p => marks.Add(clock.Elapsed.TotalMilliseconds));
            probe.Reset();
            var allocated = GC.GetTotalAllocatedBytes();
            var outcome = await check.BatchAsync(jurisdiction, committeeId, year, progress);
            var wall = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine($"refused: {string.Join("; ", outcome.Problems.Select(p => p.Text))}");
                return 1;
            }
            last = outcome.Value!;
            var chunks = marks.Zip(marks.Skip(1), (a, b) => b - a).Order().ToArray();
            var line = string.Join('\t', run, last.Count, last.Count(r => r.Passed), F(wall), chunks.Length,
                F0(chunks.FirstOrDefault()), F0(chunks.Length > 0 ? chunks[chunks.Length / 2] : 0), F0(chunks.LastOrDefault()),
                F(probe.QuerySeconds), F(probe.SaveSeconds), F(wall - probe.QuerySeconds - probe.SaveSeconds), F0(allocated / 1048576.0));
            Console.WriteLine(line);
            if (tsv is not null)
            {
                File.AppendAllText(tsv, $"{db0}\t{line}\n");
            }
            if (run == runs)
            {
                Console.WriteLine("# statements of the last run outside SaveChanges (reader open to disposed, overlapping), by total time:");
                foreach (var (text, (ticks, count)) in probe.Statements.OrderByDescending(x => x.Value.Ticks).Take(8))
                {
                    Console.WriteLine($"#   {ticks / (double)Stopwatch.Frequency,6:F2} s  {count,4}×  {text}");
                }
            }
        }

        // Why the failures failed: the first words of each failed check, counted.
        Console.WriteLine("# outcomes (first line of the summary, up to the colon):");
        foreach (var group in last.GroupBy(r => r.Passed ? "passed" : r.Summary.Split('\n')[0].Split('：')[0]).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"#   {group.Key,-30} {group.Count(),7:N0}");
        }

        if (Environment.GetEnvironmentVariable("QB_EXPERIMENT") == "1")
        {
            await ExperimentAsync(connection);
        }
        await ReplicaAsync(connection, committeeId, year, viewer, policy, published, time, separate: false);
        await ReplicaAsync(connection, committeeId, year, viewer, policy, published, time, separate: true);
        return 0;
    }

    /// <summary>QB_EXPERIMENT=1: the chunk's people query, its parts and variants, on the first 500 office applicants.</summary>
    private static async Task ExperimentAsync(string connection)
    {
        await using var db = Database.Open(connection, "bench");
        var personIds = await db.Applications.Where(a => a.StepKind == ReviewStepKind.CommitteeOffice && a.Stage == ApplicationStage.InReview)
            .OrderBy(a => a.Id).Select(a => a.PersonId).Take(QualificationCheck.ChunkSize).ToListAsync();
        async Task Time(string what, Func<Task<int>> query)
        {
            for (var i = 0; i < 3; i++)
            {
                var bytes = GC.GetTotalAllocatedBytes();
                var clock = Stopwatch.StartNew();
                var rows = await query();
                Console.WriteLine($"# experiment {what,-40} try {i + 1}: {clock.Elapsed.TotalMilliseconds,7:F1} ms, {(GC.GetTotalAllocatedBytes() - bytes) / 1048576.0,7:F1} MiB, {rows} rows");
            }
        }
        await Time("people split, 5 includes", async () => (await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
            .Include(p => p.Education).Include(p => p.Achievements).Where(p => personIds.Contains(p.Id)).ToListAsync()).Count);
        await Time("people single query, 5 includes", async () => (await db.People.AsNoTracking().AsSingleQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
            .Include(p => p.Education).Include(p => p.Achievements).Where(p => personIds.Contains(p.Id)).ToListAsync()).Count);
        await Time("people split, ids as one parameter", async () => (await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
            .Include(p => p.Education).Include(p => p.Achievements).Where(p => EF.Parameter(personIds).Contains(p.Id)).ToListAsync()).Count);
        await Time("people + unit only", async () => (await db.People.AsNoTracking().Include(p => p.Unit).Where(p => personIds.Contains(p.Id)).ToListAsync()).Count);
        await Time("titles by person_id", async () => (await db.Set<App.Features.People.TitleHeld>().AsNoTracking().Where(t => personIds.Contains(t.PersonId)).ToListAsync()).Count);
        await Time("assessments by person_id", async () => (await db.Set<App.Features.People.PersonAssessment>().AsNoTracking().Where(t => personIds.Contains(t.PersonId)).ToListAsync()).Count);
        Console.WriteLine("# experiment SQL (split, titles): " + db.People.AsNoTracking().AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Where(p => personIds.Contains(p.Id)).ToQueryString().ReplaceLineEndings(" "));
    }

    /// <summary>What CheckChunkAsync does, a stopwatch around each part.</summary>
    /// <remarks>
    /// With <paramref name="separate"/>, the load as proposed for src: each id list sent as one parameter (EF.Parameter: a JSON
    /// array, json_each / unnest) instead of one parameter per id (EF Core 10's default), and the person's collections read
    /// straight from their tables by person_id (four short queries) instead of a split query joining people and units again
    /// for each collection.
    /// </remarks>
    private static async Task ReplicaAsync(string connection, int committeeId, int year, Viewer viewer, PolicyVersion policy, PublishedStandards published, TimeProvider time, bool separate)
    {
        await using var db = Database.Open(connection, viewer.Name, time);
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer);
        var eligibility = new EligibilityService(new EligibilityEngine(policy), published);
        var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.CommitteeId == committeeId && p.Year == year && p.Status == PlanStatus.Approved);
        var deadline = plan.MaterialDeadline!.Value;
        var office = viewer.OrganisationId;
        var total = Stopwatch.StartNew();
        var ids = await db.Applications.Where(a => a.CommitteeId == committeeId && a.Year == year && a.Stage == ApplicationStage.InReview
                && a.StepKind == ReviewStepKind.CommitteeOffice && a.ReviewerOrganisationId == office).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var idsTime = total.Elapsed.TotalSeconds;
        double load = 0, engine = 0, save = 0, detect = 0, peopleTime = 0;
        long loadBytes = 0, peopleBytes = 0, engineBytes = 0, saveBytes = 0;
        var actor = jurisdiction.Home is { } home ? $"{viewer.Name}（{home.Name}）" : viewer.Name;
        foreach (var chunk in ids.Chunk(QualificationCheck.ChunkSize))
        {
            var t = Stopwatch.StartNew();
            var bytes = GC.GetTotalAllocatedBytes();
            var batch = separate
                ? await db.Applications.Where(a => EF.Parameter(chunk).Contains(a.Id)).ToListAsync()
                : await db.Applications.Where(a => chunk.Contains(a.Id)).ToListAsync();
            var personIds = batch.Select(a => a.PersonId).Distinct().ToList();
            var tp = Stopwatch.StartNew();
            var bp = GC.GetTotalAllocatedBytes();
            var people = separate
                ? await LoadPeopleAsync(db, personIds)
                : await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
                    .Include(p => p.Education).Include(p => p.Achievements).Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            peopleTime += tp.Elapsed.TotalSeconds;
            peopleBytes += GC.GetTotalAllocatedBytes() - bp;
            var numbers = people.Values.Select(p => p.IdNumber).ToList();
            var since = deadline.AddYears(-policy.Settings.IntegrityRecordYears);
            var records = (separate
                    ? await db.IntegrityEntries.AsNoTracking().Where(r => EF.Parameter(numbers).Contains(r.IdNumber) && r.DecidedOn <= deadline && r.DecidedOn > since).ToListAsync()
                    : await db.IntegrityEntries.AsNoTracking().Where(r => numbers.Contains(r.IdNumber) && r.DecidedOn <= deadline && r.DecidedOn > since).ToListAsync())
                .ToLookup(r => r.IdNumber);
            var others = (separate
                    ? await db.Applications.AsNoTracking().Where(a => EF.Parameter(personIds).Contains(a.PersonId) && a.Year == year
                        && a.Stage != ApplicationStage.Withdrawn && a.Stage != ApplicationStage.Rejected && a.Stage != ApplicationStage.Disqualified).ToListAsync()
                    : await db.Applications.AsNoTracking().Where(a => personIds.Contains(a.PersonId) && a.Year == year
                        && a.Stage != ApplicationStage.Withdrawn && a.Stage != ApplicationStage.Rejected && a.Stage != ApplicationStage.Disqualified).ToListAsync())
                .ToLookup(a => a.PersonId);
            load += t.Elapsed.TotalSeconds;
            loadBytes += GC.GetTotalAllocatedBytes() - bytes;
            bytes = GC.GetTotalAllocatedBytes();
            t.Restart();
            foreach (var application in batch.OrderBy(a => a.Id))
            {
                var person = people[application.PersonId];
                var outcome = eligibility.Check(ApplicationCheck.Input(person, ApplicationCheck.RequestOf(application), year, deadline,
                    records[person.IdNumber], others[person.Id].Where(o => o.Id != application.Id)));
                application.QualificationCheckedAt = time.GetUtcNow();
                application.QualificationPassed = outcome.Decision?.Eligible == true;
                application.QualificationSummary = ApplicationCheck.Summary(outcome);
                application.Events.Add(new ApplicationEvent
                {
                    At = time.GetUtcNow(), Actor = actor, ActorAccountId = viewer.AccountId, Action = ApplicationAction.QualificationChecked,
                    FromStage = ApplicationStage.InReview, ToStage = ApplicationStage.InReview, StepKind = ReviewStepKind.CommitteeOffice,
                    Note = application.QualificationPassed == true ? "资格审查通过" : "资格审查未通过", Items = application.QualificationSummary,
                });
                application.UpdatedAt = time.GetUtcNow();
                application.Version++;
            }
            engine += t.Elapsed.TotalSeconds;
            engineBytes += GC.GetTotalAllocatedBytes() - bytes;
            t.Restart();
            db.ChangeTracker.DetectChanges();
            detect += t.Elapsed.TotalSeconds;
            t.Restart();
            bytes = GC.GetTotalAllocatedBytes();
            await db.SaveChangesAsync();
            save += t.Elapsed.TotalSeconds;
            saveBytes += GC.GetTotalAllocatedBytes() - bytes;
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"# replica of the batch{(separate ? " with the proposed load" : ", as in src")}, {ids.Count:N0} applications: total {F(total.Elapsed.TotalSeconds)} s = ids {F(idsTime)} + load {F(load)} + engine and recording {F(engine)} " +
            $"+ DetectChanges {F(detect)} + SaveChanges with the audit trail {F(save)} (s); " +
            $"the people with their records {F(peopleTime)} s of the load; allocated: load {loadBytes >> 20} MiB (people {peopleBytes >> 20}), engine {engineBytes >> 20}, save {saveBytes >> 20}");
    }

    private static async Task<Dictionary<int, App.Features.People.Person>> LoadPeopleAsync(AppDbContext db, List<int> personIds)
    {
        var people = await db.People.AsNoTracking().Include(p => p.Unit).Where(p => EF.Parameter(personIds).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        foreach (var t in await db.Set<App.Features.People.TitleHeld>().AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId)).ToListAsync())
        {
            people[t.PersonId].Titles.Add(t);
        }
        foreach (var a in await db.Set<App.Features.People.PersonAssessment>().AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId)).ToListAsync())
        {
            people[a.PersonId].Assessments.Add(a);
        }
        foreach (var e in await db.Set<App.Features.People.PersonEducation>().AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId)).ToListAsync())
        {
            people[e.PersonId].Education.Add(e);
        }
        foreach (var a in await db.Set<App.Features.People.PersonAchievement>().AsNoTracking().Where(x => EF.Parameter(personIds).Contains(x.PersonId)).ToListAsync())
        {
            people[a.PersonId].Achievements.Add(a);
        }
        return people;
    }

    private static QualificationCheck Services(AppDbContext db, PolicyVersion policy, PublishedStandards published, TimeProvider time)
    {
        var rules = new ApplicationRules(db, policy, time);
        var eligibility = new EligibilityService(new EligibilityEngine(policy), published);
        var applications = new ApplicationService(db, rules, eligibility, time);
        var review = new ApplicationReview(db, applications, rules, policy, time);
        return new QualificationCheck(db, applications, review, eligibility, policy, time);
    }

    /// <summary>A context as <see cref="Database.Open"/> makes it, with the probe's interceptors.</summary>
    private static AppDbContext Open(string connection, string actor, TimeProvider time, Probe probe)
    {
        var provider = Database.ProviderOf(connection);
        if (provider == DatabaseProvider.PostgreSql)
        {
            var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>();
            Database.Configure(options, provider, connection).AddInterceptors(probe.Commands, probe.Saves);
            return new PostgreSqlAppDbContext(options.Options, AuditActor.Of(actor), time);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
        Database.Configure(sqlite, provider, connection).AddInterceptors(probe.Commands, probe.Saves);
        return new SqliteAppDbContext(sqlite.Options, AuditActor.Of(actor), time);
    }

    private static string F(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);

    private static string F0(double value) => value.ToString("F0", CultureInfo.InvariantCulture);

    private sealed class Inline(Action<QualificationProgress> report) : IProgress<QualificationProgress>
    {
        public void Report(QualificationProgress value) => report(value);
    }

    /// <summary>Query time outside SaveChanges, and EF's own SaveChanges time.</summary>
    private sealed class Probe
    {
        private long _query;
        private long _save;
        private long _saveStart;
        private readonly Dictionary<DbCommand, long> _open = [];

        public Probe()
        {
            Commands = new CommandProbe(this);
            Saves = new SaveProbe(this);
        }

        public IInterceptor Commands { get; }
        public IInterceptor Saves { get; }
        public bool Saving { get; private set; }
        public double QuerySeconds => _query / (double)Stopwatch.Frequency;
        public double SaveSeconds => _save / (double)Stopwatch.Frequency;

        public void Reset() => _query = _save = 0;

        private int _depth;
        private long _since;

        /// <summary>Time per statement (its first 90 characters), over the runs: where the queries' time goes.</summary>
        public Dictionary<string, (long Ticks, int Count)> Statements { get; } = [];

        // Split queries keep one reader open while the next runs: count the time when at least one is open, once.
        private void Start(DbCommand command)
        {
            var now = Stopwatch.GetTimestamp();
            _open[command] = now;
            if (_depth++ == 0)
            {
                _since = now;
            }
        }

        private void End(DbCommand command)
        {
            if (!_open.Remove(command, out var start))
            {
                return;
            }
            var now = Stopwatch.GetTimestamp();
            if (--_depth == 0 && !Saving)
            {
                _query += now - _since;
            }
            if (!Saving)
            {
                var key = command.CommandText.ReplaceLineEndings(" ");
                key = key[..Math.Min(key.Length, 90)];
                var (ticks, count) = Statements.GetValueOrDefault(key);
                Statements[key] = (ticks + now - start, count + 1);
            }
        }

        private sealed class CommandProbe(Probe probe) : DbCommandInterceptor
        {
            public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
            {
                probe.Start(command);
                return result;
            }

            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                probe.Start(command);
                return ValueTask.FromResult(result);
            }

            public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
            {
                probe.End(command);
                return result;
            }
        }

        private sealed class SaveProbe(Probe probe) : SaveChangesInterceptor
        {
            public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            {
                probe.Saving = true;
                probe._saveStart = Stopwatch.GetTimestamp();
                return ValueTask.FromResult(result);
            }

            public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
            {
                probe._save += Stopwatch.GetTimestamp() - probe._saveStart;
                probe.Saving = false;
                return ValueTask.FromResult(result);
            }

            public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
            {
                probe.Saving = false;
                return Task.CompletedTask;
            }
        }
    }
}
