using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// The header row of one sheet matched to its <see cref="ImportSheets.Columns"/>. The header is the first of
/// the first <see cref="HeaderSearchRows"/> non-empty rows that names at least <see cref="HeaderMinimum"/> known
/// columns, so a title row above it is skipped. Headers match the Chinese name or the English property name;
/// an unknown header is a problem (a renamed column would otherwise be dropped without a word), except
/// <see cref="ImportSheets.Ignored"/> ones.
/// </summary>
internal sealed class SheetLayout
{
    public const int HeaderSearchRows = 5, HeaderMinimum = 2;

    private readonly int[] _cells;

    private SheetLayout(ImportSheet sheet, int headerRow, int[] cells)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
        _cells = cells;
    }

    public ImportSheet Sheet { get; }

    public int HeaderRow { get; }

    public IReadOnlyList<ImportColumn> Columns => ImportSheets.Columns(Sheet);

    public bool Has(int column) => _cells[column] >= 0;

    /// <summary>The trimmed text of a column in a row; null when the column is absent or the cell blank.</summary>
    public string? Text(TabularRecord record, int column)
    {
        var cell = _cells[column];
        return cell >= 0 && cell < record.Cells.Count && !string.IsNullOrWhiteSpace(record.Cells[cell]) ? record.Cells[cell]!.Trim() : null;
    }

    /// <summary>
    /// Reads the header from the start of <paramref name="records"/>; null, with the problems added, when there is
    /// none or it lacks a required column. <paramref name="required"/> says which columns this importer must give.
    /// </summary>
    public static async Task<SheetLayout?> FindAsync(ImportSheet sheet, IAsyncEnumerator<TabularRecord> records, Func<ImportColumn, bool> required, ImportProblems problems)
    {
        var columns = ImportSheets.Columns(sheet);
        var seen = 0;
        while (await records.MoveNextAsync())
        {
            var record = records.Current;
            if (record.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            seen++;
            if (record.Cells.Count(c => IndexOf(columns, c) >= 0) >= HeaderMinimum)
            {
                return FromHeader(sheet, record, required, problems);
            }
            if (seen == HeaderSearchRows)
            {
                break;
            }
        }
        problems.Add(sheet, null, null, seen == 0
            ? "工作表是空的：应有表头行，其后每行一条记录；不导入此表请删除该工作表"
            : $"前{seen}行中没有找到表头；本表的列为：{Describe(columns, required)}");
        return null;
    }

    private static SheetLayout? FromHeader(ImportSheet sheet, TabularRecord header, Func<ImportColumn, bool> required, ImportProblems problems)
    {
        var columns = ImportSheets.Columns(sheet);
        var cells = Enumerable.Repeat(-1, columns.Count).ToArray();
        var ok = true;
        for (var cell = 0; cell < header.Cells.Count; cell++)
        {
            var text = header.Cells[cell]?.Trim();
            if (string.IsNullOrEmpty(text) || ImportSheets.Ignored.Contains(text))
            {
                continue;
            }
            var column = IndexOf(columns, text);
            if (column < 0)
            {
                problems.Add(sheet, header.Row, text, $"无法识别的列名“{text}”；本表的列为：{Describe(columns, required)}");
                ok = false;
            }
            else if (cells[column] >= 0)
            {
                problems.Add(sheet, header.Row, text, $"“{columns[column].Header}”列出现了两次，请只保留一列");
                ok = false;
            }
            else
            {
                cells[column] = cell;
            }
        }
        for (var column = 0; column < columns.Count; column++)
        {
            if (cells[column] < 0 && required(columns[column]))
            {
                problems.Add(sheet, header.Row, columns[column].Header,
                    $"缺少必填列“{columns[column].Header}”；本表的列为：{Describe(columns, required)}");
                ok = false;
            }
        }
        return ok ? new SheetLayout(sheet, header.Row, cells) : null;
    }

    private static int IndexOf(IReadOnlyList<ImportColumn> columns, string? header)
    {
        var text = header?.Trim().Trim('*', '＊').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return -1;
        }
        for (var i = 0; i < columns.Count; i++)
        {
            if (text == columns[i].Header || string.Equals(text, columns[i].Property, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Describe(IReadOnlyList<ImportColumn> columns, Func<ImportColumn, bool> required) =>
        string.Join("、", columns.Select(c => required(c) ? $"{c.Header}（必填）" : c.Header));
}
