using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// 导入表 — the four kinds of sheet a people import reads: 人员 (who and where), 职称 (titles held),
/// 年度考核 (yearly assessments) and 学历 (degrees). A workbook holds any subset, named by the Chinese name
/// or the English code; a CSV file holds one, whose kind the caller names.
/// </summary>
public enum ImportSheet
{
    People,
    Titles,
    Assessments,
    Education,
}

/// <summary>One column of an import sheet: its Chinese header, the English property name also accepted, and what it takes.</summary>
public sealed record ImportColumn(string Header, string Property, bool Required, string Accepts);

/// <summary>The catalogue of sheets and their columns, in the order the template lays them out.</summary>
public static class ImportSheets
{
    public static IReadOnlyList<ImportSheet> All { get; } = [ImportSheet.People, ImportSheet.Titles, ImportSheet.Assessments, ImportSheet.Education];


    /// <summary>Headers that may stand in a sheet without meaning anything to the import (a row counter, a remark).</summary>
    public static IReadOnlySet<string> Ignored { get; } = new HashSet<string>(["序号", "备注"], StringComparer.Ordinal);

    private const string DateText = "日期，如 2024-09-30、2024/9/30、2024.9.30 或 Excel 日期单元格";

    private static readonly ImportColumn IdColumn = new(IdNumber, "idNumber", true, "18位公民身份号码（GB 11643），请设为文本格式");

    private static readonly IReadOnlyList<ImportColumn> PeopleColumns =
    [
        IdColumn,
        new(ImportHeaders.Name, "name", true, "姓名，不超过50字；性别和出生日期由身份证号得出"),
        new(UnitCreditCode, "unitCreditCode", true, "18位统一社会信用代码，须为您管辖范围内的单位；用人单位人事导入本单位人员时可留空"),
        new(Phone, "phone", false, "手机或座机号码"),
        new(Email, "email", false, "电子邮箱地址"),
        new(WorkStart, "workStartDate", false, DateText),
        new(PostSeries, "postSeries", false, "如 工程、卫生"),
        new(PostSpecialty, "postSpecialty", false, "如 土木工程"),
        new(PostSince, "postSince", false, DateText),
        new(InService, "inService", false, "是 或 否；新人员留空为 是"),
        new(ImportHeaders.EmploymentType, "employmentType", false, "仅当单位不是用人单位（人才服务机构等）时填写：" + Labels(Codes.EmploymentType)),
    ];

    private static readonly IReadOnlyList<ImportColumn> TitleColumns =
    [
        IdColumn,
        new(Series, "series", true, "职称系列，如 工程"),
        new(Specialty, "specialty", true, "专业，如 土木工程"),
        new(Level, "level", true, Labels(Codes.Level)),
        new(ObtainedOn, "obtainedOn", true, "首次取得该层级的" + DateText),
        new(Source, "source", true, Labels(OrganisationCodes.Source)),
        new(TransferredOn, "transferredOn", false, "取得方式为转评时必填，不早于取得时间；" + DateText),
        new(CertificateNumber, "certificateNumber", false, "证书编号"),
        new(GrantedBy, "grantedBy", false, "评审委员会或认定机构名称"),
    ];

    private static readonly IReadOnlyList<ImportColumn> AssessmentColumns =
    [
        IdColumn,
        new(Year, "year", true, "考核年度，如 2023；不能晚于今年"),
        new(Grade, "grade", true, Labels(Codes.Grade)),
    ];

    private static readonly IReadOnlyList<ImportColumn> EducationColumns =
    [
        IdColumn,
        new(ImportHeaders.Degree, "degree", true, Labels(Codes.Degree)),
        new(FullTime, "fullTime", true, "是 或 否（全日制 / 非全日制）"),
        new(GraduatedOn, "obtainedOn", true, DateText),
        new(School, "school", false, "毕业学校"),
        new(Major, "major", false, "所学专业"),
    ];

    public static IReadOnlyList<ImportColumn> Columns(ImportSheet sheet) => sheet switch
    {
        ImportSheet.People => PeopleColumns,
        ImportSheet.Titles => TitleColumns,
        ImportSheet.Assessments => AssessmentColumns,
        ImportSheet.Education => EducationColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(sheet)),
    };

    /// <summary>The sheet's Chinese name, as the workbook and every problem name it.</summary>
    public static string Name(ImportSheet sheet) => sheet switch
    {
        ImportSheet.People => "人员",
        ImportSheet.Titles => "职称",
        ImportSheet.Assessments => "年度考核",
        _ => "学历",
    };

    /// <summary>The English code (CLI <c>--kind</c>, also accepted as a sheet name).</summary>
    public static string Code(ImportSheet sheet) => sheet.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ImportSheet sheet)
    {
        var s = text?.Trim() ?? "";
        foreach (var candidate in All)
        {
            if (s == Name(candidate) || string.Equals(s, Code(candidate), StringComparison.OrdinalIgnoreCase))
            {
                sheet = candidate;
                return true;
            }
        }
        sheet = default;
        return false;
    }

    private static string Labels<T>(CodeTable<T> table) where T : struct, Enum => string.Join("、", table.Entries.Select(e => e.Label));
}

/// <summary>The Chinese column headers (the names the template uses and problems give).</summary>
public static class ImportHeaders
{
    public const string IdNumber = "身份证号", Name = "姓名", UnitCreditCode = "单位统一社会信用代码", Phone = "联系电话", Email = "电子邮箱",
        WorkStart = "参加工作时间", PostSeries = "现岗位系列", PostSpecialty = "现岗位专业", PostSince = "现岗位聘任时间", InService = "在职在岗",
        EmploymentType = "单位性质", Series = "系列", Specialty = "专业", Level = "层级", ObtainedOn = "取得时间", Source = "取得方式",
        TransferredOn = "转评时间", CertificateNumber = "证书编号", GrantedBy = "评审机构", Year = "年度", Grade = "等次", Degree = "学历",
        FullTime = "全日制", GraduatedOn = "毕业时间", School = "学校", Major = "专业";
}
