using System.Diagnostics;
using System.Runtime;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Benchmarks;

/// <summary>
/// <c>stages FILE [LIMIT]</c>: where the CLI's time goes on a JSON Lines file. Reads the file once per pass,
/// each pass doing one more stage of what <c>zhicheng check FILE --format jsonl --output OUT</c> does per row
/// (the App code itself, on one thread): split lines; parse JSON; validate; check (validate, resolve
/// requirements, decide); write the answers to nowhere, first with one reused buffer (the plain loop), then
/// with EligibilityBatch; write them to a file. The difference between
/// consecutive passes is that stage's cost. EligibilityBatch runs with one worker here (its default). Not included: process start, DI setup and the progress bar.
/// The passes run round-robin REPEATS times and the fastest of each is kept, so that a burst of load on a
/// shared machine lands on one repetition rather than on one stage.
/// </summary>
public static class Stages
{
    /// <summary>
    /// The answers written the plain way, for comparison with EligibilityBatch: one buffer and one JSON writer
    /// reused for every row, each answer copied to the output as soon as it is written.
    /// </summary>
    private static long ReferenceLoop(IEnumerable<SourceRow> rows, EligibilityService service, Stream output)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer, DecisionJson.CompactOptions);
        long n = 0;
        foreach (var row in rows)
        {
            var outcome = service.Check(row).Outcome;
            if (outcome.Decision is { } decision)
            {
                DecisionJson.Write(writer, decision);
            }
            else
            {
                DecisionJson.WriteRejected(writer, row.Index, outcome.Id, row.Row, outcome.Errors);
            }
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            output.Write("\n"u8);
            buffer.ResetWrittenCount();
            writer.Reset();
            n++;
        }
        return n;
    }

    public static int Run(string path, int limit, int repeats)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"no such file: {path}");
            return 2;
        }
        var service = Workload.Service;
        var batch = new EligibilityBatch(service);
        var output = Path.Combine(Path.GetTempPath(), $"zhicheng-stages-{Environment.ProcessId}.jsonl");
        var passes = new (string Name, Func<Stream, long> Run)[]
        {
            ("split lines", s => JsonApplicationReader.Utf8Lines(s).Take(limit).LongCount()),
            ("+ parse JSON (ApplicationJson.Parse)", s =>
            {
                long n = 0;
                foreach (var row in JsonApplicationReader.ReadLines(s).Take(limit))
                {
                    n += row.Parsed.Input is null ? 0 : 1; // a reader may defer the parse to first use
                }
                return n;
            }),
            ("+ validate (ApplicationValidator)", s =>
            {
                long n = 0;
                foreach (var row in JsonApplicationReader.ReadLines(s).Take(limit))
                {
                    n += row.Parsed.Input is { } input && ApplicationValidator.Validate(input).Application is not null ? 1 : 0;
                }
                return n;
            }),
            ("+ resolve, decide (EligibilityService.Check)", s =>
            {
                long n = 0;
                foreach (var row in JsonApplicationReader.ReadLines(s).Take(limit))
                {
                    n += service.Check(row).Outcome.Decision is null ? 0 : 1;
                }
                return n;
            }),
            ("+ write JSONL to Stream.Null (one reused buffer)", s => ReferenceLoop(JsonApplicationReader.ReadLines(s).Take(limit), service, Stream.Null)),
            ("+ write JSONL to Stream.Null (EligibilityBatch)", s => batch.Run(JsonApplicationReader.ReadLines(s).Take(limit), Stream.Null, OutputShape.JsonLines).Total),
            ("+ write JSONL to a file", s =>
            {
                using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                return batch.Run(JsonApplicationReader.ReadLines(s).Take(limit), file, OutputShape.JsonLines).Total;
            }),
        };
        Console.WriteLine($"{path}: {new FileInfo(path).Length / 1048576.0:F0} MiB; GC {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"pass",-50} {"rows",10} {"wall s",8} {"CPU s",7} {"µs/row",7} {"stage µs/row",13} {"alloc B/row",12} {"gen0",6} {"gen2",5}");
        var best = new (double Wall, double Cpu, long Rows, double Allocated, int Gen0, int Gen2)[passes.Length];
        Array.Fill(best, (double.MaxValue, 0, 0, 0, 0, 0));
        try
        {
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                for (var p = 0; p < passes.Length; p++)
                {
                    var run = passes[p].Run;
                    GC.Collect();
                    var gen0 = GC.CollectionCount(0);
                    var gen2 = GC.CollectionCount(2);
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    long rows = 0;
                    var (wall, cpu) = ThreadClock.Time(() =>
                    {
                        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                        rows = run(input);
                    });
                    if (wall < best[p].Wall)
                    {
                        best[p] = (wall, cpu, rows, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
                    }
                }
            }
        }
        finally
        {
            File.Delete(output);
        }
        double previous = 0;
        for (var p = 0; p < passes.Length; p++)
        {
            var (wall, cpu, rows, allocated, gen0, gen2) = best[p];
            var lines = Math.Max(1, best[0].Rows);
            var perRow = wall * 1e6 / lines;
            Console.WriteLine($"{passes[p].Name,-50} {rows,10:N0} {wall,8:F2} {cpu,7:F2} {perRow,7:F2} {perRow - previous,13:F2} {allocated / lines,12:N0} {gen0,6} {gen2,5}");
            previous = perRow;
        }
        Console.WriteLine($"(rows: lines read, or rows that got that far; µs/row and B/row are per line read; fastest of {repeats} round-robin repetitions)");
        Console.WriteLine($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        return 0;
    }
}
