using MiniExcelLibs;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Writes applications as a spreadsheet with the Chinese headers of <see cref="ApplicationColumns"/>:
/// the blank template (with a sheet explaining every column) and files converted from JSON.
/// </summary>
public static class ApplicationSpreadsheet
{
    /// <summary>The first sheet: one header per column, one row per application. A second sheet explains the columns.</summary>
    public static void WriteXlsx(Stream stream, IEnumerable<ApplicationInput> applications)
    {
        var sheets = new Dictionary<string, object>
        {
            ["申报"] = Rows(applications),
            ["填写说明"] = Explanation(),
        };
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    public static void WriteCsv(Stream stream, IEnumerable<ApplicationInput> applications) =>
        stream.SaveAs(Rows(applications), excelType: ExcelType.CSV);

    private static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<ApplicationInput> applications)
    {
        var any = false;
        foreach (var application in applications)
        {
            any = true;
            var row = new Dictionary<string, object?>(ApplicationColumns.All.Count);
            foreach (var column in ApplicationColumns.All)
            {
                row[column.Header] = column.Get(application) ?? "";
            }
            yield return row;
        }
        if (!any)
        {
            // MiniExcel takes the header from the first row: an empty sheet still gets its header, over one blank row.
            yield return ApplicationColumns.All.ToDictionary(c => c.Header, _ => (object?)"");
        }
    }

    private static IEnumerable<Dictionary<string, object?>> Explanation() =>
        ApplicationColumns.All.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.Header,
            ["字段（JSON 路径）"] = c.Path,
            ["也可写作"] = string.Join("、", c.Aliases),
            ["必填"] = ApplicationColumns.Required.Contains(c.Path) ? "是" : RequiredWhen(c.Path),
            ["填写说明"] = ColumnHelp.For(c.Path),
        });

    private static string RequiredWhen(string path) => path switch
    {
        "materialDeadline" => "晋升、破格、转评必填",
        "determinedOn" => "初定必填",
        _ when path.StartsWith("applicant.currentPost", StringComparison.Ordinal) => "晋升、破格、转评必填",
        "applicant.currentTitle.transferredOn" => "否",
        _ when path.StartsWith("applicant.currentTitle", StringComparison.Ordinal) => "晋升、破格、转评必填",
        _ => "否",
    };
}
