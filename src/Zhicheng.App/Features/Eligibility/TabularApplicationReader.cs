namespace Zhicheng.App.Features.Eligibility;

/// <summary>Applications from spreadsheet records: the first non-empty record is the header, every later non-empty record a row.</summary>
public static class TabularApplicationReader
{
    public static IEnumerable<SourceRow> Read(IEnumerable<TabularRecord> records)
    {
        ColumnMap? columns = null;
        var index = 0;
        foreach (var record in records)
        {
            if (record.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (columns is null)
            {
                columns = ColumnMap.FromHeader(record.Cells);
                continue;
            }
            var (map, cells) = (columns, record.Cells);
            yield return SourceRow.Deferred(index++, record.Row, () => map.Read(cells), columns);
        }
        if (columns is null)
        {
            throw new InputFileException("表格是空的：第1行应为表头，其后每行一条申报");
        }
    }
}
