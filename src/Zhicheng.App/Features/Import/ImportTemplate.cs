using MiniExcelLibs;
using Zhicheng.Domain.Identity;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// 导入模板 — the workbook people download to fill: the four sheets with their headers and one example row
/// each, and a 说明 sheet listing every column, whether it is required and what it accepts. Cells are written
/// as text, so that identity numbers keep all 18 characters.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "人员信息导入模板.xlsx", GuideSheet = "说明";

    public static byte[] Build()
    {
        var sheets = new Dictionary<string, object>();
        foreach (var sheet in ImportSheets.All)
        {
            var example = Example(sheet);
            var row = new Dictionary<string, object?>();
            foreach (var column in ImportSheets.Columns(sheet))
            {
                row[column.Header] = example.GetValueOrDefault(column.Header);
            }
            sheets[ImportSheets.Name(sheet)] = new[] { row };
        }
        sheets[GuideSheet] = Guide().ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A valid identity number for the examples: born 1990-01-01 in 盐湖区.</summary>
    public static string ExampleIdNumber { get; } = WithCheck("14080219900101123");

    /// <summary>A valid credit code for the examples (not a real unit; replace it with your unit's).</summary>
    public static string ExampleCreditCode { get; } = "12140800MB0000000" + CreditCode.CheckCharacterFor("12140800MB0000000");

    private static string WithCheck(string first17) => first17 + IdentityNumber.CheckCharacterFor(first17);

    private static Dictionary<string, string> Example(ImportSheet sheet) => sheet switch
    {
        ImportSheet.People => new()
        {
            [IdNumber] = ExampleIdNumber, [ImportHeaders.Name] = "张三", [UnitCreditCode] = ExampleCreditCode, [Phone] = "13800000000",
            [Email] = "zhangsan@example.com", [WorkStart] = "2012-07-01", [PostSeries] = "工程", [PostSpecialty] = "土木工程",
            [PostSince] = "2019-01-01", [InService] = "是",
        },
        ImportSheet.Titles => new()
        {
            [IdNumber] = ExampleIdNumber, [Series] = "工程", [Specialty] = "土木工程", [Level] = "中级", [ObtainedOn] = "2018-12-31",
            [Source] = "评审", [CertificateNumber] = "ZC2018000123", [GrantedBy] = "运城市工程系列中级职称评审委员会",
        },
        ImportSheet.Assessments => new() { [IdNumber] = ExampleIdNumber, [Year] = "2023", [Grade] = "优秀" },
        _ => new()
        {
            [IdNumber] = ExampleIdNumber, [ImportHeaders.Degree] = "本科", [FullTime] = "是", [GraduatedOn] = "2012-06-30",
            [School] = "太原理工大学", [Major] = "土木工程",
        },
    };

    private static IEnumerable<Dictionary<string, object?>> Guide()
    {
        foreach (var sheet in ImportSheets.All)
        {
            foreach (var column in ImportSheets.Columns(sheet))
            {
                yield return new()
                {
                    ["工作表"] = ImportSheets.Name(sheet),
                    ["列名"] = column.Header,
                    ["是否必填"] = column.Required ? "必填" : "选填",
                    ["填写说明"] = column.Accepts,
                };
            }
        }
        yield return new()
        {
            ["工作表"] = "全部",
            ["列名"] = "",
            ["是否必填"] = "",
            ["填写说明"] = "表头须在前5行内；可只保留需要的工作表；职称、年度考核、学历中的人员须已在您的管辖范围内，或同时填写在“人员”表中。"
                + "选填列留空则保留已有信息。文件有任何错误时不导入任何数据；重复导入同一文件不会产生变化。",
        };
    }
}
