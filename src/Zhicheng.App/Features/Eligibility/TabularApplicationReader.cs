namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Applications from spreadsheet records. The header is the first record that names at least
/// <see cref="HeaderMinimum"/> known columns, within the first <see cref="HeaderSearchRows"/> non-empty
/// records — so a title row such as "2024年度职称申报汇总表" above it is skipped. Every later non-empty
/// record is a row.
/// </summary>
public static class TabularApplicationReader
{
    public const int HeaderMinimum = 3, HeaderSearchRows = 5;

    public static IEnumerable<SourceRow> Read(IEnumerable<TabularRecord> records)
    {
        ColumnMap? columns = null;
        var index = 0;
        var seen = 0;
        foreach (var record in records)
        {
            if (record.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (columns is null)
            {
                seen++;
                if (ColumnMap.KnownColumns(record.Cells) < HeaderMinimum)
                {
                    if (seen < HeaderSearchRows)
                    {
                        continue;
                    }
                    throw NoHeader(seen);
                }
                columns = ColumnMap.FromHeader(record.Cells);
                continue;
            }
            var (map, cells) = (columns, record.Cells);
            yield return SourceRow.Deferred(index++, record.Row, () => map.Read(cells), columns);
        }
        if (columns is null)
        {
            throw seen == 0 ? new InputFileException("表格是空的：第1行应为表头，其后每行一条申报") : NoHeader(seen);
        }
    }

    private static InputFileException NoHeader(int rows) =>
        new($"前{rows}行中没有找到表头；表头应使用模板中的中文列名（如“申报年度”“姓名”“身份证号”）");
}
