namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// The ballots the load casts, known in advance: one <see cref="Random"/> per (seed, meeting, expert) draws each
/// candidate's choice, so the tallies the server must report are computed here without asking it. A candidate's chance
/// of a yes depends on the candidate (45–95%), so that some pass and some fail; the rest are no and abstain, 2 : 1.
/// </summary>
internal static class BallotChoices
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Abstain = "abstain";

    /// <summary>One expert's ballot on a meeting: candidate id → yes / no / abstain.</summary>
    public static Dictionary<int, string> Of(int seed, int meetingId, int memberId, IReadOnlyList<int> candidateIds)
    {
        var random = new Random(unchecked(seed * 1_000_003 + meetingId * 10_007 + memberId));
        var ballot = new Dictionary<int, string>(candidateIds.Count);
        foreach (var candidate in candidateIds)
        {
            var r = random.NextDouble();
            var yes = YesChance(candidate);
            ballot[candidate] = r < yes ? Yes : r < yes + (1 - yes) * 2 / 3 ? No : Abstain;
        }
        return ballot;
    }

    /// <summary>The counts the ballots add up to, per candidate.</summary>
    public static Dictionary<int, Tally> Count(IEnumerable<IReadOnlyDictionary<int, string>> ballots)
    {
        var tallies = new Dictionary<int, Tally>();
        foreach (var ballot in ballots)
        {
            foreach (var (candidate, choice) in ballot)
            {
                var t = tallies.GetValueOrDefault(candidate);
                tallies[candidate] = choice switch
                {
                    Yes => t with { Yes = t.Yes + 1 },
                    No => t with { No = t.No + 1 },
                    _ => t with { Abstain = t.Abstain + 1 },
                };
            }
        }
        return tallies;
    }

    private static double YesChance(int candidateId) => 0.45 + (candidateId * 7919 % 101) / 202.0;
}

/// <summary>A candidate's counts.</summary>
internal readonly record struct Tally(int Yes, int No, int Abstain)
{
    public int Total => Yes + No + Abstain;
}
