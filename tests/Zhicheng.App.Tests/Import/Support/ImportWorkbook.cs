using System.Text;
using MiniExcelLibs;
using Zhicheng.App.Features.Import;

namespace Zhicheng.App.Tests.Import.Support;

/// <summary>
/// An import file built in a test: sheets of rows written with MiniExcel. <see cref="Rows"/> puts the sheet's
/// full header in row 1 and each row's cells under it by header; <see cref="Raw"/> writes exactly the rows given.
/// </summary>
internal sealed class ImportWorkbook
{
    private readonly Dictionary<string, List<object?[]>> _sheets = [];

    public ImportWorkbook Rows(ImportSheet sheet, params Dictionary<string, object?>[] rows)
    {
        var headers = ImportSheets.Columns(sheet).Select(c => c.Header).ToArray();
        var unknown = rows.SelectMany(r => r.Keys).Except(headers).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("Not a column of " + sheet + ": " + string.Join(",", unknown));
        }
        return Raw(ImportSheets.Name(sheet), [headers, .. rows.Select(r => headers.Select(h => r.GetValueOrDefault(h)).ToArray())]);
    }

    public ImportWorkbook Raw(string sheet, params object?[][] rows)
    {
        _sheets[sheet] = [.. rows];
        return this;
    }

    public byte[] Bytes()
    {
        var sheets = new Dictionary<string, object>();
        foreach (var (name, rows) in _sheets)
        {
            var width = rows.Count == 0 ? 1 : rows.Max(r => r.Length);
            sheets[name] = rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"c{i}", i => i < r.Length ? r[i] : null)).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public ImportFile File(string name = "人员导入.xlsx") => Of(name, Bytes());

    public static ImportFile Of(string name, byte[] bytes) => ImportFile.Xlsx(name, () => new MemoryStream(bytes, writable: false));

    static ImportWorkbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A CSV of one sheet's rows (header first), UTF-8.</summary>
    public static ImportFile Csv(ImportSheet kind, params Dictionary<string, object?>[] rows) => Csv(kind, Encoding.UTF8, rows);

    /// <summary>A CSV in the given encoding (Excel on a Chinese Windows saves GB18030).</summary>
    public static ImportFile Csv(ImportSheet kind, Encoding encoding, params Dictionary<string, object?>[] rows)
    {
        var headers = ImportSheets.Columns(kind).Select(c => c.Header).ToArray();
        var text = new StringBuilder().AppendLine(string.Join(",", headers));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", headers.Select(h => row.GetValueOrDefault(h)?.ToString() ?? "")));
        }
        var bytes = encoding.GetBytes(text.ToString());
        return ImportFile.Csv(ImportSheets.Code(kind) + ".csv", () => new MemoryStream(bytes, writable: false), kind);
    }
}
