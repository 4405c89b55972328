using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Zhicheng.Benchmarks.Generation;

namespace Zhicheng.Benchmarks;

/// <summary>
/// The verbs of the bench program:
///   bench [BenchmarkDotNet args]   decisions/s, ours and Microsoft RulesEngine in one BenchmarkDotNet run
///   agree [N] [SEED]               ours and the RulesEngine peer agree per check code (samples + N generated)
///   generate N FILE [SEED]         N application rows as JSON Lines (the scale test's input)
///   throughput [ROUNDS] [N]       ours vs RulesEngine interleaved in one process, wall and thread-CPU time
///   check-costs [N]                ns per check, ours and RulesEngine's per rule (where the time goes)
///   stages FILE [LIMIT] [REPEATS]  where the CLI's time goes on a JSONL file: read, parse, validate, decide, write
///   people-db CONNECTION N OUTDIR [SEED]  fill a migrated, empty database with N people (bench/people/run.sh)
///   sql-plan CONNECTION FILE [REPEATS]    the plan and the fastest time of each SQL statement in FILE
///   applications-db CONNECTION N OUTDIR [SEED] [TOTAL]  N applications at a committee office among TOTAL (bench/applications/run.sh)
///   qualification-batch CONNECTION COMMITTEE YEAR [RUNS] [TSV]  time the office's batch qualification check
///   certificates-db CONNECTION N OUTDIR [SEED]  N titles with certificates and the wrk pairs file (bench/verification/run.sh)
/// </summary>
public static class Cli
{
    public static int Run(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var rest = args.Length > 0 ? args[1..] : [];
        try
        {
            return verb switch
            {
                "bench" => Bench(rest),
                "agree" => Agreement.Run(Int(rest, 0, 5000), Int(rest, 1, 7)),
                "generate" when rest.Length >= 2 => Generate(int.Parse(rest[0], CultureInfo.InvariantCulture), rest[1], Int(rest, 2, 2024)),
                "throughput" => Throughput.Run(Int(rest, 0, 30), Int(rest, 1, 4096)),
                "check-costs" => CheckCosts.Run(Int(rest, 0, 4096)),
                "stages" when rest.Length >= 1 => Stages.Run(rest[0], Int(rest, 1, int.MaxValue), Int(rest, 2, 3)),
                "sql-plan" when rest.Length >= 2 => People.SqlPlan.Run(rest[0], rest[1], Int(rest, 2, 20)),
                "people-db" when rest.Length >= 3 => People.PeopleDb.Run(rest[0], int.Parse(rest[1], CultureInfo.InvariantCulture), rest[2], Int(rest, 3, 2024)),
                "applications-db" when rest.Length >= 3 => Applications.ApplicationsDb.Run(rest[0], int.Parse(rest[1], CultureInfo.InvariantCulture), rest[2], Int(rest, 3, 2024), Int(rest, 4, 100_000)),
                "certificates-db" when rest.Length >= 3 => Verification.CertificatesDb.Run(rest[0], int.Parse(rest[1], CultureInfo.InvariantCulture), rest[2], Int(rest, 3, 2024)),
                "qualification-batch" when rest.Length >= 3 => Applications.QualificationBatch.Run(rest[0], int.Parse(rest[1], CultureInfo.InvariantCulture), int.Parse(rest[2], CultureInfo.InvariantCulture), Int(rest, 3, 3), rest.Length > 4 ? rest[4] : null),
                "ballot-db" or "ballot-load" => Ballot.BallotVerbs.Run(verb, rest),
                _ => Usage(),
            };
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return Usage();
        }
    }

    private static int Bench(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Cli).Assembly).Run(args, BenchConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int Generate(int count, string path, int seed)
    {
        var clock = Stopwatch.StartNew();
        var kinds = GeneratedJson.WriteFile(path, count, seed);
        Console.Error.WriteLine($"wrote {count:N0} rows to {path} ({new FileInfo(path).Length / 1048576.0:F0} MiB) in {clock.Elapsed.TotalSeconds:F1} s, seed {seed}");
        foreach (var (kind, n) in kinds)
        {
            Console.Error.WriteLine($"  {kind,-24} {n,9:N0}");
        }
        return 0;
    }

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: dotnet run -c Release -- VERB …
              bench [BenchmarkDotNet args]   e.g. bench --filter '*'
              agree [N=5000] [SEED=7]        ours vs RulesEngine per check code; exit 1 on any disagreement
              generate N FILE [SEED=2024]    N application rows as JSON Lines
              throughput [ROUNDS=30] [N=4096] ours vs RulesEngine interleaved; decisions/s and the ratio
              check-costs [N=4096]           ns per check (ours) and per rule (RulesEngine)
              stages FILE [LIMIT] [REPEATS=3] time each stage of the CLI pipeline on a JSONL file
              people-db CONNECTION N OUTDIR [SEED=2024]
                                             fill a migrated, empty SQLite file ("Data Source=…") or PostgreSQL
                                             database ("Host=…") with N people, two accounts with API tokens
                                             (OUTDIR/tokens.env) and the wrk query files (bench/people/run.sh)
              sql-plan CONNECTION FILE [REPEATS=20]
                                             each statement's plan (SQLite as the app's SQLite library sees it;
                                             PostgreSQL EXPLAIN ANALYZE) and its fastest time (bench/people/*.sql)
              applications-db CONNECTION N OUTDIR [SEED=2024] [TOTAL=100000]
                                             fill a migrated, empty database with a city, a 2025 committee year set up
                                             through the services, N applications at the committee office among TOTAL,
                                             and accounts with tokens (OUTDIR/tokens.env; bench/applications/run.sh)
              qualification-batch CONNECTION COMMITTEE YEAR [RUNS=3] [TSV]
                                             time QualificationCheck.BatchAsync RUNS times, with where the time goes
              certificates-db CONNECTION N OUTDIR [SEED=2024]
                                             fill a migrated, empty database with the people benchmark's city and N titles,
                                             each with a certificate; OUTDIR/pairs.tsv (number, name) for bench/verification/run.sh
            """);
        return 2;
    }
}
