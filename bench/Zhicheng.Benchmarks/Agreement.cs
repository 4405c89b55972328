using Zhicheng.Benchmarks.Peer;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks;

/// <summary>
/// <c>agree [N] [SEED]</c>: decides the 13 samples and N generated applications with our engine and with the
/// RulesEngine peer, and compares, for every application, which check codes ran and whether each passed.
/// Prints how often each check passed and failed (so a check that never fails in the mix shows up) and
/// exits 1 on any disagreement.
/// </summary>
public static class Agreement
{
    public static int Run(int generated, int seed)
    {
        var peer = new RulesEnginePeer(PolicyVersion.N2024);
        var samples = Workload.Samples();
        if (samples.Cases.Count != 13)
        {
            Console.Error.WriteLine($"expected the 13 sample cases to be decided, got {samples.Cases.Count}");
            return 1;
        }
        var mix = Workload.ValidMix(generated, seed);
        var tally = new SortedDictionary<string, (int Passed, int Failed)>(StringComparer.Ordinal);
        var disagreements = 0;
        var eligible = 0;
        foreach (var (name, workload) in new[] { ("samples", samples), ($"generated (seed {seed})", mix) })
        {
            var before = disagreements;
            foreach (var c in workload.Cases)
            {
                var ours = Workload.Engine.Decide(c.Application, c.Requirements);
                eligible += ours.Eligible ? 1 : 0;
                var theirs = RulesEnginePeer.Checks(peer.Execute(c.Application, c.Requirements)).ToDictionary(x => x.Code, StringComparer.Ordinal);
                var problems = new List<string>();
                foreach (var check in ours.Checks)
                {
                    var t = tally.GetValueOrDefault(check.Code);
                    tally[check.Code] = check.Passed ? (t.Passed + 1, t.Failed) : (t.Passed, t.Failed + 1);
                    if (!theirs.Remove(check.Code, out var other))
                    {
                        problems.Add($"{check.Code}: ours {(check.Passed ? "passed" : "failed")}, RulesEngine did not run it");
                    }
                    else if (other.Passed != check.Passed)
                    {
                        problems.Add($"{check.Code}: ours {(check.Passed ? "passed" : "failed")} ({check.Message}); RulesEngine {(other.Passed ? "passed" : "failed")} ({other.Message})");
                    }
                }
                foreach (var extra in theirs.Values)
                {
                    problems.Add($"{extra.Code}: RulesEngine ran it ({(extra.Passed ? "passed" : "failed")}), ours did not");
                }
                if (problems.Count > 0)
                {
                    if (disagreements < 20)
                    {
                        Console.WriteLine($"DISAGREE {c.Source} ({c.Application.Route}):");
                        foreach (var p in problems)
                        {
                            Console.WriteLine($"    {p}");
                        }
                    }
                    disagreements++;
                }
            }
            Console.WriteLine($"{name}: {workload.Cases.Count} applications decided, {disagreements - before} disagreements");
        }
        Console.WriteLine($"{eligible} eligible in all; per check, how often it passed / failed (ours):");
        foreach (var (code, (passed, failed)) in tally)
        {
            Console.WriteLine($"  {code,-22} {passed,7} passed {failed,7} failed");
        }
        var silent = tally.Where(t => t.Value.Failed == 0).Select(t => t.Key).ToList();
        if (silent.Count > 0)
        {
            Console.WriteLine($"note: never failed in this run, so agreement on failure is untested for: {string.Join(", ", silent)}");
        }
        Console.WriteLine(disagreements == 0 ? "AGREE: ours and RulesEngine give the same pass/fail for every check of every application" : $"DISAGREE: {disagreements} applications differ");
        return disagreements == 0 ? 0 : 1;
    }
}
