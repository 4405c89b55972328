using BenchmarkDotNet.Attributes;
using Zhicheng.Benchmarks.Peer;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks.Benchmarks;

/// <summary>
/// Decisions per second on one thread, ours against the Microsoft RulesEngine peer, on the same
/// pre-validated applications with the same requirements. One operation is one decision; the Ratio
/// column is each method's time over ours, so it reads as "ours is N× faster".
/// </summary>
/// <remarks>
/// <c>samples</c> is the 13 cases of samples/applications.json repeated to <see cref="Count"/>; <c>mix</c> is
/// <see cref="Count"/> generated applications (every route and employment type, every check failing
/// somewhere; the same generator as the scale test).
/// </remarks>
[BenchmarkCategory("decide")]
public class DecisionBenchmarks
{
    public const int Count = 4095;

    private EligibilityEngine _engine = null!;
    private RulesEnginePeer _peer = null!;
    private RulesEnginePeer _peerPassFail = null!;
    private DecidableCase[] _cases = [];
    private PeerApplication[] _facts = [];
    private PeerRequirements[] _requirements = [];

    [Params("samples", "mix")]
    public string Workload { get; set; } = "mix";

    [GlobalSetup]
    public void Setup()
    {
        _engine = new EligibilityEngine(PolicyVersion.N2024);
        _peer = new RulesEnginePeer(PolicyVersion.N2024);
        _peerPassFail = new RulesEnginePeer(PolicyVersion.N2024, messages: false);
        var source = Workload == "samples"
            ? Zhicheng.Benchmarks.Workload.Samples().Cases
            : Zhicheng.Benchmarks.Workload.ValidMix(Count + 64).Cases;
        _cases = [.. Enumerable.Range(0, Count).Select(i => source[i % source.Count])];
        _facts = [.. _cases.Select(c => _peer.Facts(c.Application))];
        _requirements = [.. _cases.Select(c => _peer.Requirements(c.Requirements))];
        // Compile every route's workflow before measuring.
        foreach (var c in _cases.Take(64))
        {
            _peer.Execute(c.Application, c.Requirements);
            _peerPassFail.Execute(c.Application, c.Requirements);
        }
    }

    /// <summary>Our engine: facts, every check of the route with its Chinese message, the explained decision.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Ours()
    {
        var eligible = 0;
        foreach (var c in _cases)
        {
            eligible += _engine.Decide(c.Application, c.Requirements).Eligible ? 1 : 0;
        }
        return eligible;
    }

    /// <summary>RulesEngine: build the facts from the same inputs, run the route's workflow, messages formatted.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int RulesEngine()
    {
        var passed = 0;
        foreach (var c in _cases)
        {
            passed += Passed(_peer.Execute(c.Application, c.Requirements));
        }
        return passed;
    }

    /// <summary>RulesEngine with error-message formatting off: pass/fail only.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int RulesEngine_PassFailOnly()
    {
        var passed = 0;
        foreach (var c in _cases)
        {
            passed += Passed(_peerPassFail.Execute(c.Application, c.Requirements));
        }
        return passed;
    }

    /// <summary>RulesEngine alone, on facts built beforehand: what the workflow execution itself costs.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int RulesEngine_PrebuiltFacts()
    {
        var passed = 0;
        for (var i = 0; i < _cases.Length; i++)
        {
            passed += Passed(_peer.Execute(_cases[i].Application.Route, _facts[i], _requirements[i]));
        }
        return passed;
    }

    private static int Passed(List<global::RulesEngine.Models.RuleResultTree> results)
    {
        var n = 0;
        foreach (var r in results)
        {
            n += r.IsSuccess ? 1 : 0;
        }
        return n;
    }
}
