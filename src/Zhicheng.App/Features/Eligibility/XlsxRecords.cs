using MiniExcelLibs;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Rows of the first worksheet of an .xlsx file, streamed by MiniExcel. Whatever MiniExcel throws while
/// opening or reading (a zip that is not a workbook, a damaged sheet) means the file cannot be read.
/// </summary>
public static class XlsxRecords
{
    public static IEnumerable<TabularRecord> Read(Stream stream)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw NotXlsx(ex);
        }
        using (rows)
        {
            var row = 0;
            while (true)
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
                    throw NotXlsx(ex);
                }
                row++;
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

    private static InputFileException NotXlsx(Exception inner) =>
        new("无法读取 Excel 文件：文件不是有效的 .xlsx 工作簿（如为 .xls 旧格式，请在 Excel 中另存为 .xlsx）", inner);
}
