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
/// parsed input or the errors that stopped it. Errors of a spreadsheet row carry their column. Readers
/// may defer the parse, so that rows framed on one thread are parsed on the threads that decide them.
/// </summary>
public sealed class SourceRow
{
    private Func<ParsedInput>? _parse;
    private ParsedInput? _parsed;

    public SourceRow(int index, int? row, ParsedInput parsed, ColumnMap? columns = null)
        : this(index, row, columns) => _parsed = parsed;

    private SourceRow(int index, int? row, ColumnMap? columns)
    {
        Index = index;
        Row = row;
        Columns = columns;
    }

    /// <summary>A row parsed when first asked for (once; a row is handled by one thread at a time).</summary>
    public static SourceRow Deferred(int index, int? row, Func<ParsedInput> parse, ColumnMap? columns = null) =>
        new(index, row, columns) { _parse = parse };

    public int Index { get; }

    /// <summary>The line (JSON Lines) or spreadsheet row (CSV, XLSX; the header is row 1), when there is one.</summary>
    public int? Row { get; }

    public ColumnMap? Columns { get; }

    public ParsedInput Parsed
    {
        get
        {
            if (_parsed is null)
            {
                _parsed = _parse!();
                _parse = null;
            }
            return _parsed;
        }
    }

    /// <summary>Errors found later (validation) named by column too, when the row came from a spreadsheet.</summary>
    public IReadOnlyList<InputError> Locate(IReadOnlyList<InputError> errors) => Columns is null ? errors : Columns.Locate(errors);
}

/// <summary>The whole file cannot be read (wrong type, not a spreadsheet, no usable header): nothing is decided.</summary>
public sealed class InputFileException(string message, Exception? inner = null) : Exception(message, inner);
