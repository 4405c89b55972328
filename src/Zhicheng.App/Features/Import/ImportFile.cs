using MiniExcelLibs;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// The file being imported, opened afresh for each pass (the import reads it twice: to validate, then to
/// write): an .xlsx workbook with sheets named 人员, 职称, 年度考核, 学历, or one .csv sheet of a kind the
/// caller names (UTF-8 or GB18030, as <see cref="CsvRecords"/> reads it).
/// </summary>
public sealed class ImportFile
{
    private readonly Func<Stream> _open;
    private readonly ImportSheet? _csvKind;

    private ImportFile(string name, Func<Stream> open, ImportSheet? csvKind)
    {
        Name = name;
        _open = open;
        _csvKind = csvKind;
    }

    /// <summary>The file's name as the user knows it (for messages and the audit entry).</summary>
    public string Name { get; }

    public static ImportFile Xlsx(string name, Func<Stream> open) => new(name, open, null);

    public static ImportFile Csv(string name, Func<Stream> open, ImportSheet kind) => new(name, open, kind);

    /// <summary>A file on disk, by its extension; a CSV needs <paramref name="csvKind"/>.</summary>
    public static ImportFile FromPath(string path, ImportSheet? csvKind = null)
    {
        var name = System.IO.Path.GetFileName(path);
        Stream Open() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => Xlsx(name, Open),
            ".csv" when csvKind is { } kind => Csv(name, Open, kind),
            ".csv" => throw new InputFileException("CSV 文件只含一张表，请指明其内容：people（人员）、titles（职称）、assessments（年度考核）或 education（学历）"),
            var other => throw new InputFileException($"不支持的文件类型“{(other.Length == 0 ? name : other)}”，请使用 .xlsx 或 .csv"),
        };
    }

    /// <summary>
    /// The sheets present, in the catalogue's order, each with the name it has in the file; a file that is
    /// empty or not a workbook is a problem and has none. Sheets with other names are ignored.
    /// </summary>
    internal IReadOnlyList<(ImportSheet Sheet, string NameInFile)> Sheets(ImportProblems problems)
    {
        using var stream = _open();
        if (IsEmpty(stream))
        {
            problems.Add(null, null, null, "文件是空的（0 字节），请重新选择文件");
            return [];
        }
        if (_csvKind is { } kind)
        {
            return [(kind, ImportSheets.Name(kind))];
        }
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            problems.Add(null, null, null, NotXlsx);
            return [];
        }
        var found = new List<(ImportSheet, string)>();
        foreach (var sheet in ImportSheets.All)
        {
            if (names.FirstOrDefault(n => ImportSheets.TryParse(n, out var s) && s == sheet) is { } name)
            {
                found.Add((sheet, name));
            }
        }
        if (found.Count == 0)
        {
            problems.Add(null, null, null, $"工作簿中没有可导入的工作表（现有：{string.Join("、", names)}）；工作表应命名为 人员、职称、年度考核、学历");
        }
        return found;
    }

    /// <summary>
    /// The records of one sheet, each turned into what <paramref name="select"/> makes of it (null ones left out),
    /// read on a thread of their own ahead of the caller (<see cref="ReadAhead"/>).
    /// </summary>
    internal IAsyncEnumerable<T> ReadAheadAsync<T>(string nameInFile, Func<TabularRecord, T?> select, CancellationToken cancellationToken)
        where T : class => ReadAhead.Select(() => Records(nameInFile), select, cancellationToken);

    /// <summary>The records of one sheet, streamed; row numbers are those Excel shows.</summary>
    private IEnumerable<TabularRecord> Records(string nameInFile)
    {
        using var stream = _open();
        var records = _csvKind is null ? XlsxSheet(stream, nameInFile) : CsvRecords.Read(stream);
        foreach (var record in records)
        {
            yield return record;
        }
    }

    private const string NotXlsx = "无法读取 Excel 文件：文件不是有效的 .xlsx 工作簿（如为 .xls 旧格式，请在 Excel 中另存为 .xlsx）";

    private static bool IsEmpty(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream.Length == 0;
        }
        throw new InvalidOperationException("导入文件须可随机读取（文件或内存流）");
    }

    private static IEnumerable<TabularRecord> XlsxSheet(Stream stream, string sheetName)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new InputFileException(NotXlsx, ex);
        }
        using (rows)
        {
            for (var row = 1; ; row++)
            {
                IDictionary<string, object?> cells;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }
                    cells = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
                {
                    throw new InputFileException($"无法读取工作表“{sheetName}”：文件已损坏或不完整，请在 Excel 中重新保存后再导入", ex);
                }
                var values = new string?[cells.Count];
                var i = 0;
                foreach (var value in cells.Values)
                {
                    values[i++] = SpreadsheetValues.CellText(value);
                }
                yield return new TabularRecord(row, values);
            }
        }
    }
}
