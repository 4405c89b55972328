using System.Diagnostics;
using RulesEngine.Models;
using Zhicheng.Benchmarks.Peer;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks;

/// <summary>
/// <c>check-costs [N]</c>: where a decision's time goes, check by check, on N generated applications — for our
/// engine (the facts, then each check's Evaluate with its message) and for the RulesEngine peer (each rule
/// run alone as a one-rule workflow, and the empty workflow's own overhead). Nanoseconds per application
/// that the check applies to; rough (Stopwatch over whole passes), meant for finding the expensive parts.
/// </summary>
public static class CheckCosts
{
    public static int Run(int count)
    {
        var policy = PolicyVersion.N2024;
        var cases = Workload.ValidMix(count).Cases;
        var facts = cases.Select(c => new EligibilityFacts(c.Application, c.Requirements, policy)).ToArray();
        const int Passes = 7;

        Console.WriteLine($"ours, {cases.Count} applications, best of {Passes} passes, ns per application the step applies to:");
        Report("Decide (whole)", cases.Count, Passes, () => { foreach (var c in cases) { Workload.Engine.Decide(c.Application, c.Requirements); } });
        Report("facts (EligibilityFacts)", cases.Count, Passes, () => { foreach (var c in cases) { _ = new EligibilityFacts(c.Application, c.Requirements, policy); } });
        foreach (var check in policy.Checks)
        {
            var applicable = facts.Where(f => check.AppliesTo(f.Application.Route)).ToArray();
            Report($"  {check.Code}", applicable.Length, Passes, () => { foreach (var f in applicable) { check.Evaluate(f); } });
        }

        var peer = new RulesEnginePeer(policy);
        var prebuilt = cases.Select(c => (Facts: peer.Facts(c.Application), Requirements: peer.Requirements(c.Requirements), c.Application.Route)).ToArray();
        var p = new RuleParameter("p", PeerPolicy.From(policy));
        Console.WriteLine($"RulesEngine, same applications, facts built beforehand:");
        Report("workflow of the route (whole)", cases.Count, Passes, () => { foreach (var x in prebuilt) { peer.Execute(x.Route, x.Facts, x.Requirements); } });
        var rules = RulesEnginePeer.LoadWorkflows().SelectMany(w => w.Rules).DistinctBy(r => r.RuleName).ToList();
        foreach (var rule in rules.Prepend(new Rule { RuleName = "(a rule that is just 'true')", Expression = "true" }))
        {
            var check = policy.Checks.FirstOrDefault(c => c.Code == rule.RuleName);
            var engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = "one", Rules = [rule] }], new ReSettings { EnableExceptionAsErrorMessage = false, CustomTypes = [typeof(PeerText)] });
            var applicable = prebuilt.Where(x => check?.AppliesTo(x.Route) ?? true).ToArray();
            Report($"  {rule.RuleName}", applicable.Length, Passes, () =>
            {
                foreach (var x in applicable)
                {
                    engine.ExecuteAllRulesAsync("one", new RuleParameter("f", x.Facts), new RuleParameter("r", x.Requirements), p).AsTask().GetAwaiter().GetResult();
                }
            });
        }
        return 0;
    }

    private static void Report(string name, int count, int passes, Action pass)
    {
        // Long enough for tiered compilation to reach optimized code (it waits ~100 ms after the last new method).
        var warm = Stopwatch.StartNew();
        var repeat = 0;
        while (warm.Elapsed.TotalMilliseconds < 400)
        {
            pass();
            repeat++;
        }
        repeat = Math.Max(1, repeat / 8); // each timed pass: ~50 ms
        var best = double.MaxValue;
        for (var i = 0; i < passes; i++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < repeat; r++)
            {
                pass();
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalNanoseconds / repeat / Math.Max(1, count));
        }
        Console.WriteLine($"  {name,-40} {best,8:N0} ns  ({count} applications)");
    }
}
