using System.Buffers;
using System.Text.Json;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Decides a stream of rows and writes the answers in the same order as they come, one at a time, so
/// that a file of any size runs in constant memory. A bad row's place holds its errors; every other row
/// is decided.
/// </summary>
public sealed class EligibilityBatch(EligibilityService service)
{
    public BatchSummary Run(IEnumerable<SourceRow> rows, Stream output, OutputShape shape, Action<int>? afterRow = null)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, shape == OutputShape.IndentedArray ? DecisionJson.IndentedOptions : DecisionJson.CompactOptions);
        var summary = new BatchSummary();
        var array = shape != OutputShape.JsonLines;
        if (array)
        {
            output.Write("["u8);
        }
        foreach (var row in rows)
        {
            if (array)
            {
                output.Write(summary.Total == 0 ? "\n"u8 : ",\n"u8);
            }
            Decide(row, writer, summary);
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
            writer.Reset();
            if (!array)
            {
                output.Write("\n"u8);
            }
            afterRow?.Invoke(summary.Total);
        }
        if (array)
        {
            output.Write(summary.Total == 0 ? "]\n"u8 : "\n]\n"u8);
        }
        output.Flush();
        return summary;
    }

    private void Decide(SourceRow row, Utf8JsonWriter writer, BatchSummary summary)
    {
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
}
