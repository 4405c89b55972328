using System.Globalization;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>
/// An application spreadsheet as a clerk fills it in, written by the tests themselves (not by the
/// app's writer): the template's Chinese headers in the template's order, so column letters are fixed
/// (A 编号 … H 身份证号 … X 年度考核 … AA 任职年限要求 … AG 初定日期), and list cells such as
/// <c>2022|合格；2023|优秀</c>.
/// </summary>
internal static class ApplicationSheet
{
    private static readonly (string Header, Func<ApplicationInput, string?> Cell)[] Columns =
    [
        ("编号", a => a.Id),
        ("申报年度", a => Number(a.ApplicationYear)),
        ("材料截止日", a => a.MaterialDeadline),
        ("申报类型", a => a.Route),
        ("申报系列", a => a.Target?.Series),
        ("申报专业", a => a.Target?.Specialty),
        ("申报级别", a => a.Target?.Level),
        ("身份证号", a => a.Applicant?.IdNumber),
        ("姓名", a => a.Applicant?.Name),
        ("在职在岗", a => a.Applicant?.InService switch { true => "是", false => "否", null => null }),
        ("单位性质", a => a.Applicant?.EmploymentType),
        ("报送渠道", a => a.Applicant?.Channel),
        ("参加工作时间", a => a.Applicant?.WorkStartDate),
        ("现岗位系列", a => a.Applicant?.CurrentPost?.Series),
        ("现岗位专业", a => a.Applicant?.CurrentPost?.Specialty),
        ("现岗位起始日", a => a.Applicant?.CurrentPost?.Since),
        ("现职称系列", a => a.Applicant?.CurrentTitle?.Series),
        ("现职称专业", a => a.Applicant?.CurrentTitle?.Specialty),
        ("现职称级别", a => a.Applicant?.CurrentTitle?.Level),
        ("现级别取得时间", a => a.Applicant?.CurrentTitle?.ObtainedOn),
        ("转评时间", a => a.Applicant?.CurrentTitle?.TransferredOn),
        ("学历", a => List(a.Applicant?.Education, e => e.FullTime is { } f
            ? $"{e.Degree}|{(f ? "全日制" : "非全日制")}|{e.ObtainedOn}"
            : $"{e.Degree}|{e.ObtainedOn}")),
        ("业绩成果", a => List(a.Applicant?.Achievements, x => $"{x.Title}|{x.ObtainedOn}")),
        ("年度考核", a => List(a.Applicant?.Assessments, x => $"{Number(x.Year)}|{x.Grade}")),
        ("诚信记录", a => List(a.Applicant?.Integrity, x => $"{x.Kind}|{x.DecidedOn}")),
        ("本年度其他申报", a => List(a.OtherApplicationsThisYear, x => $"{x.Series}|{x.Specialty}|{x.Level}")),
        ("任职年限要求", a => Number(a.Requirements?.TenureYears)),
        ("破格任职年限要求", a => Number(a.Requirements?.ExceptionalTenureYears)),
        ("最低学历要求", a => a.Requirements?.MinEducation),
        ("业绩成果要求", a => Number(a.Requirements?.MinAchievements)),
        ("破格业绩成果要求", a => Number(a.Requirements?.ExceptionalMinAchievements)),
        ("转评岗位年限要求", a => Number(a.Requirements?.TransferPostYears)),
        ("初定日期", a => a.DeterminedOn),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    /// <summary>The header row, then one row per application.</summary>
    public static List<string?[]> Rows(params ApplicationInput[] applications) =>
        [[.. Headers], .. applications.Select(a => Columns.Select(c => c.Cell(a)).ToArray())];

    /// <summary>Sets one cell of a data row (1 = the first application) by its header.</summary>
    public static List<string?[]> Set(this List<string?[]> rows, int row, string header, string? value)
    {
        var column = Array.IndexOf(rows[0], header);
        if (column < 0)
        {
            throw new ArgumentException($"no column “{header}”", nameof(header));
        }
        rows[row][column] = value;
        return rows;
    }

    /// <summary>Drops columns by header from every row.</summary>
    public static List<string?[]> Without(this List<string?[]> rows, params string[] headers)
    {
        var keep = Enumerable.Range(0, rows[0].Length).Where(i => !headers.Contains(rows[0][i])).ToArray();
        return [.. rows.Select(r => keep.Select(i => r[i]).ToArray())];
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? List<T>(List<T?>? items, Func<T, string> item) where T : class =>
        items is null or { Count: 0 } ? null : string.Join("；", items.Select(i => i is null ? "" : item(i)));
}
