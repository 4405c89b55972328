using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Decides a stream of rows and writes the answers in the order the rows came. Rows are taken in chunks:
/// with more than one worker, chunks are parsed, decided and serialized in parallel while the calling
/// thread writes finished chunks in order; a bounded number of chunks is in flight, so a file of any size
/// runs in constant memory. A bad row's place holds its errors; every other row is decided.
/// </summary>
public sealed class EligibilityBatch(EligibilityService service)
{
    private const int ChunkRows = 256;

    /// <param name="workers">Threads that decide rows; 1 decides on the calling thread.</param>
    public BatchSummary Run(IEnumerable<SourceRow> rows, Stream output, OutputShape shape, Action<int>? afterRow = null, int workers = 1)
    {
        var summary = new BatchSummary();
        using var source = rows.GetEnumerator();
        // Read the first row before writing anything: a file that cannot be read at all fails here, with nothing written.
        var first = source.MoveNext() ? source.Current : null;
        var array = shape != OutputShape.JsonLines;
        if (array)
        {
            output.Write("["u8);
        }
        var chunks = Chunks(first, source);
        var rendered = workers <= 1 ? chunks.Select(c => Render(c, shape)) : Parallel(chunks, shape, workers);
        foreach (var chunk in rendered)
        {
            if (array)
            {
                output.Write(summary.Total == 0 ? "\n"u8 : ",\n"u8);
            }
            output.Write(chunk.Bytes.WrittenSpan);
            chunk.Bytes.Dispose();
            summary.Add(chunk.Summary);
            afterRow?.Invoke(summary.Total);
        }
        if (array)
        {
            output.Write(summary.Total == 0 ? "]\n"u8 : "\n]\n"u8);
        }
        output.Flush();
        return summary;
    }

    private static IEnumerable<List<SourceRow>> Chunks(SourceRow? first, IEnumerator<SourceRow> rest)
    {
        if (first is null)
        {
            yield break;
        }
        var chunk = new List<SourceRow>(ChunkRows) { first };
        while (rest.MoveNext())
        {
            if (chunk.Count == ChunkRows)
            {
                yield return chunk;
                chunk = new List<SourceRow>(ChunkRows);
            }
            chunk.Add(rest.Current);
        }
        yield return chunk;
    }

    /// <summary>
    /// Chunks decided by <paramref name="workers"/> threads and handed back in input order. A reader thread
    /// frames rows into chunks; at most a few chunks per worker are in flight. An exception while reading
    /// (the file broke) surfaces here after the chunks before it.
    /// </summary>
    private IEnumerable<RenderedChunk> Parallel(IEnumerable<List<SourceRow>> chunks, OutputShape shape, int workers)
    {
        var capacity = workers * 4;
        using var work = new BlockingCollection<PendingChunk>(capacity);
        using var inOrder = new BlockingCollection<PendingChunk>(capacity);
        ExceptionDispatchInfo? readFailure = null;
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var rows in chunks)
                {
                    var pending = new PendingChunk(rows);
                    inOrder.Add(pending);
                    work.Add(pending);
                }
            }
            catch (Exception ex)
            {
                readFailure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                work.CompleteAdding();
                inOrder.CompleteAdding();
            }
        });
        var deciders = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            foreach (var pending in work.GetConsumingEnumerable())
            {
                try
                {
                    pending.Result = Render(pending.Rows, shape);
                }
                catch (Exception ex)
                {
                    pending.Failure = ExceptionDispatchInfo.Capture(ex);
                }
                pending.Done.Set();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            foreach (var pending in inOrder.GetConsumingEnumerable())
            {
                pending.Done.Wait();
                pending.Done.Dispose();
                pending.Failure?.Throw();
                yield return pending.Result!;
            }
            reader.Wait();
            readFailure?.Throw();
        }
        finally
        {
            // Stop the reader if the consumer gave up early, then let the deciders drain.
            while (!reader.IsCompleted)
            {
                foreach (var _ in inOrder.GetConsumingEnumerable())
                {
                }
            }
            Task.WaitAll(deciders);
        }
    }

    private RenderedChunk Render(List<SourceRow> rows, OutputShape shape)
    {
        var bytes = new PooledBufferWriter(rows.Count * 2048);
        using var writer = new Utf8JsonWriter(bytes, shape == OutputShape.IndentedArray ? DecisionJson.IndentedOptions : DecisionJson.CompactOptions);
        var summary = new BatchSummary();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                writer.Flush();
                writer.Reset();
                bytes.Write(shape == OutputShape.JsonLines ? "\n"u8 : ",\n"u8);
            }
            var row = rows[i];
            var outcome = service.Check(row).Outcome;
            summary.Count(outcome);
            if (outcome.Decision is { } decision)
            {
                DecisionJson.Write(writer, decision);
            }
            else
            {
                DecisionJson.WriteRejected(writer, row.Index, outcome.Id, row.Row, outcome.Errors);
            }
        }
        writer.Flush();
        if (shape == OutputShape.JsonLines)
        {
            bytes.Write("\n"u8);
        }
        return new RenderedChunk(bytes, summary);
    }

    /// <summary>A chunk's output; its buffer goes back to the pool once written.</summary>
    private sealed record RenderedChunk(PooledBufferWriter Bytes, BatchSummary Summary);

    private sealed class PendingChunk(List<SourceRow> rows)
    {
        public List<SourceRow> Rows { get; } = rows;
        public ManualResetEventSlim Done { get; } = new();
        public RenderedChunk? Result { get; set; }
        public ExceptionDispatchInfo? Failure { get; set; }
    }
}

public enum OutputShape
{
    /// <summary>A JSON array, one element per line.</summary>
    Array,
    /// <summary>A JSON array, each element indented for reading.</summary>
    IndentedArray,
    /// <summary>JSON Lines: one element per line, no enclosing array.</summary>
    JsonLines,
}

/// <summary>How a batch went: rows seen, decided eligible or ineligible, and rejected as bad input.</summary>
public sealed class BatchSummary
{
    public int Total { get; set; }
    public int Eligible { get; set; }
    public int Ineligible { get; set; }
    public int Rejected { get; set; }

    public void Count(CheckOutcome outcome)
    {
        Total++;
        if (outcome.Decision is null)
        {
            Rejected++;
        }
        else if (outcome.Decision.Eligible)
        {
            Eligible++;
        }
        else
        {
            Ineligible++;
        }
    }

    public void Add(BatchSummary other)
    {
        Total += other.Total;
        Eligible += other.Eligible;
        Ineligible += other.Ineligible;
        Rejected += other.Rejected;
    }
}
