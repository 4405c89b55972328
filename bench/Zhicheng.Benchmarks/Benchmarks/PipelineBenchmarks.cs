using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Benchmarks.Benchmarks;

/// <summary>
/// The application service and the CLI's per-row path, stage by stage, on generated applications. One
/// operation is one row. <c>Decide</c> is the baseline, so the Ratio column says how many decisions' worth
/// of time each stage costs.
/// </summary>
/// <remarks>
/// Stages run on <see cref="Count"/> valid rows (every one decided), so their times add up; the last
/// benchmark runs the same path on the scale test's mix, about 2% of whose rows are rejected.
/// </remarks>
[BenchmarkCategory("pipeline")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through [GlobalCleanup].")]
public class PipelineBenchmarks
{
    public const int Count = 4096;

    private EligibilityService _service = null!;
    private EligibilityEngine _engine = null!;
    private byte[][] _lines = [];
    private ApplicationInput[] _inputs = [];
    private DecidableCase[] _cases = [];
    private Decision[] _decisions = [];
    private byte[][] _mixLines = [];
    private ArrayBufferWriter<byte> _buffer = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _service = Workload.Service;
        _engine = Workload.Engine;
        var valid = Workload.ValidMix(Count);
        if (valid.Cases.Count != Count)
        {
            throw new InvalidOperationException($"expected {Count} decidable rows, got {valid.Cases.Count}");
        }
        _lines = [.. valid.Lines];
        _inputs = [.. valid.Inputs];
        _cases = [.. valid.Cases];
        _decisions = [.. _cases.Select(c => _engine.Decide(c.Application, c.Requirements))];
        _mixLines = [.. Workload.Mix(Count, seed: 99).Lines];
        _buffer = new ArrayBufferWriter<byte>(16 * 1024);
        _writer = new Utf8JsonWriter(_buffer, DecisionJson.CompactOptions);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>JSON line → <see cref="ApplicationInput"/> (ApplicationJson.Parse).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Parse()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            n += ApplicationJson.Parse(line).Input is null ? 0 : 1;
        }
        return n;
    }

    /// <summary>ApplicationInput → domain application, every field checked (ApplicationValidator.Validate).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Validate()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += ApplicationValidator.Validate(input).Application is null ? 0 : 1;
        }
        return n;
    }

    /// <summary>The engine alone on pre-validated applications.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Decide()
    {
        var n = 0;
        foreach (var c in _cases)
        {
            n += _engine.Decide(c.Application, c.Requirements).Eligible ? 1 : 0;
        }
        return n;
    }

    /// <summary>Decision → contract JSON (DecisionJson.Write, as the batch writes it).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long Serialize()
    {
        long bytes = 0;
        foreach (var d in _decisions)
        {
            DecisionJson.Write(_writer, d);
            _writer.Flush();
            bytes += _buffer.WrittenCount;
            _buffer.ResetWrittenCount();
            _writer.Reset();
        }
        return bytes;
    }

    /// <summary>The full path of EligibilityService.Check(ApplicationInput): validate, resolve requirements, decide.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ServiceCheck()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += _service.Check(input).Decision is null ? 0 : 1;
        }
        return n;
    }

    /// <summary>One JSONL row as the CLI handles it, minus file I/O: parse, check, write the answer.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long ParseCheckSerialize() => Rows(_lines);

    /// <summary>The same on the scale test's mix (about 2% bad rows of every kind).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long ParseCheckSerialize_Mix() => Rows(_mixLines);

    private long Rows(byte[][] lines)
    {
        long bytes = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var row = new SourceRow(i, i + 1, ApplicationJson.Parse(lines[i]));
            var outcome = _service.Check(row).Outcome;
            if (outcome.Decision is { } decision)
            {
                DecisionJson.Write(_writer, decision);
            }
            else
            {
                DecisionJson.WriteRejected(_writer, row.Index, outcome.Id, row.Row, outcome.Errors);
            }
            _writer.Flush();
            bytes += _buffer.WrittenCount;
            _buffer.ResetWrittenCount();
            _writer.Reset();
        }
        return bytes;
    }
}
