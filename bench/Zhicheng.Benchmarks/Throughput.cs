using System.Globalization;
using Zhicheng.Benchmarks.Peer;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks;

/// <summary>
/// <c>throughput [ROUNDS] [N]</c>: ours and the RulesEngine peer on the same N generated applications,
/// interleaved in one process — round after round, each method decides all N in turn — so that whatever else
/// the machine is doing falls on both alike. Prints decisions per second of wall time and per second of
/// this thread's CPU time (median and best round), and ours ÷ RulesEngine as the median of the per-round
/// ratios. A companion to the BenchmarkDotNet run for machines too busy for its sequential measurements.
/// </summary>
public static class Throughput
{
    public static int Run(int rounds, int count)
    {
        var engine = Workload.Engine;
        var peer = new RulesEnginePeer(PolicyVersion.N2024);
        var passFail = new RulesEnginePeer(PolicyVersion.N2024, messages: false);
        foreach (var (name, cases) in new[] { ("samples", Workload.Samples().Cases), ("mix", Workload.ValidMix(count).Cases) })
        {
            var methods = new (string Name, Action Run)[]
            {
                ("Ours", () => { foreach (var c in cases) { engine.Decide(c.Application, c.Requirements); } }),
                ("RulesEngine", () => { foreach (var c in cases) { peer.Execute(c.Application, c.Requirements); } }),
                ("RulesEngine_PassFailOnly", () => { foreach (var c in cases) { passFail.Execute(c.Application, c.Requirements); } }),
            };
            // Enough repetitions of a small set (the 13 samples) for each timed block to last ~50 ms.
            var repeat = Math.Max(1, 4096 / cases.Count);
            var wall = methods.Select(_ => new List<double>()).ToArray();
            var cpu = methods.Select(_ => new List<double>()).ToArray();
            // Warm up for a second per method: tiered compilation reaches optimized code only after its delay.
            foreach (var (_, run) in methods)
            {
                var warm = System.Diagnostics.Stopwatch.StartNew();
                while (warm.Elapsed.TotalSeconds < 1)
                {
                    run();
                }
            }
            for (var round = 0; round < rounds; round++)
            {
                for (var m = 0; m < methods.Length; m++)
                {
                    var run = methods[m].Run;
                    var (w, c) = ThreadClock.Time(() =>
                    {
                        for (var i = 0; i < repeat; i++)
                        {
                            run();
                        }
                    });
                    wall[m].Add(repeat * cases.Count / w);
                    cpu[m].Add(repeat * cases.Count / c);
                }
            }
            Console.WriteLine($"{name}: {cases.Count} applications × {repeat}, {rounds} interleaved rounds");
            Console.WriteLine($"  {"method",-26} {"decisions/s (wall) median",26} {"best",10} {"decisions/CPU-s median",24} {"best",10}");
            for (var m = 0; m < methods.Length; m++)
            {
                Console.WriteLine($"  {methods[m].Name,-26} {Median(wall[m]),26:N0} {wall[m].Max(),10:N0} {Median(cpu[m]),24:N0} {cpu[m].Max(),10:N0}");
            }
            for (var m = 1; m < methods.Length; m++)
            {
                var wallRatio = Median(wall[0].Zip(wall[m], (a, b) => a / b).ToList());
                var cpuRatio = Median(cpu[0].Zip(cpu[m], (a, b) => a / b).ToList());
                Console.WriteLine($"  ours ÷ {methods[m].Name}: {wallRatio.ToString("F1", CultureInfo.InvariantCulture)}× (wall), {cpuRatio.ToString("F1", CultureInfo.InvariantCulture)}× (CPU)");
            }
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v) && !double.IsInfinity(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
