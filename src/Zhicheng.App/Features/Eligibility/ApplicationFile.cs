namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Reads application files as a stream of rows: JSON (an array, or one or more objects), JSON Lines, CSV
/// and XLSX. Rows are parsed one at a time, so memory does not grow with the file; a row that cannot be
/// read becomes a row with errors, and reading goes on.
/// </summary>
public static class ApplicationFile
{
    public static InputFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => InputFormat.Json,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".csv" => InputFormat.Csv,
        ".xlsx" => InputFormat.Xlsx,
        var other => throw new InputFileException(
            $"不支持的文件类型“{(other.Length == 0 ? fileName : other)}”，请使用 .json、.jsonl、.csv 或 .xlsx"),
    };

    public static IEnumerable<SourceRow> Read(Stream stream, InputFormat format) => format switch
    {
        InputFormat.Json => JsonApplicationReader.ReadDocument(stream),
        InputFormat.JsonLines => JsonApplicationReader.ReadLines(stream),
        InputFormat.Csv => TabularApplicationReader.Read(CsvRecords.Read(stream)),
        InputFormat.Xlsx => TabularApplicationReader.Read(XlsxRecords.Read(stream)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}

public enum InputFormat
{
    Json,
    JsonLines,
    Csv,
    Xlsx,
}

/// <summary>
/// One row of an input file: its place (0-based index among rows; line or spreadsheet row number) and its
/// parsed input or the errors that stopped it. Errors of a spreadsheet row carry their column.
/// </summary>
public sealed record SourceRow(int Index, int? Row, ParsedInput Parsed, ColumnMap? Columns = null)
{
    /// <summary>Errors found later (validation) named by column too, when the row came from a spreadsheet.</summary>
    public IReadOnlyList<InputError> Locate(IReadOnlyList<InputError> errors) => Columns is null ? errors : Columns.Locate(errors);
}

/// <summary>The whole file cannot be read (wrong type, not a spreadsheet, no usable header): nothing is decided.</summary>
public sealed class InputFileException(string message, Exception? inner = null) : Exception(message, inner);
