using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Zhicheng.Benchmarks;

/// <summary>
/// One job for every benchmark (so ratios come from one run on one runtime): 1 process, 20 warm-up
/// iterations (RulesEngine's compiled rules take a few seconds to reach full speed) and 15 measured ones,
/// each about 250 ms; allocations per operation; the fastest iteration (Min: the least
/// disturbed by a busy machine) and operations per second (from the mean) beside the mean.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(15)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).AsDefault())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Min, StatisticColumn.OperationsPerSecond)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
        .WithOptions(ConfigOptions.JoinSummary);
}
