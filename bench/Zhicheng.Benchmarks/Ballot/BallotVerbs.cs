using System.Globalization;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// The secret-ballot benchmark's two verbs (bench/ballot/run.sh):
///   ballot-db CONNECTION OUTDIR [MEETINGS=8] [APPLICANTS=300] [EXPERTS=25] [GROUPS=5] [SEED=2024]
///   ballot-load URL FILE [TSV] [LABEL] [CONNECTION]
/// </summary>
public static class BallotVerbs
{
    public static int Run(string verb, string[] args)
    {
        try
        {
            return verb switch
            {
                "ballot-db" when args.Length >= 2 => BallotDb.Run(args[0], args[1], Int(args, 2, 8), Int(args, 3, 300), Int(args, 4, 25), Int(args, 5, 5), Int(args, 6, 2024)),
                "ballot-load" when args.Length >= 2 => BallotLoad.Run(args[0], args[1], Text(args, 2), Text(args, 3), Text(args, 4)),
                _ => Usage(),
            };
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return Usage();
        }
    }

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, int index) => args.Length > index && args[index].Length > 0 ? args[index] : null;

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              ballot-db CONNECTION OUTDIR [MEETINGS=8] [APPLICANTS=300] [EXPERTS=25] [GROUPS=5] [SEED=2024]
                  fill a migrated, empty database with a committee, EXPERTS experts with API tokens and MEETINGS meetings of
                  APPLICANTS accepted applications each, taken through the services to 投票中 today; writes OUTDIR/ballot.json
              ballot-load URL FILE [TSV] [LABEL] [CONNECTION]
                  every expert votes at once on each meeting of FILE over HTTP, the office closes it; checks the tallies (and,
                  with CONNECTION, the stored counters); prints latencies; appends the totals to TSV; exit 1 on anything wrong
            """);
        return 2;
    }
}
