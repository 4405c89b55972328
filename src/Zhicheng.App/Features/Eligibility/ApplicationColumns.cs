using System.Globalization;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// The columns of an application spreadsheet (CSV or XLSX): each maps a Chinese header (or its English
/// JSON path, or an alias) to a field of <see cref="ApplicationInput"/>. Lists go in one cell, items
/// separated by ';' (or '；' or a line break), an item's fields by '|' — documented in docs/input-formats.md.
/// </summary>
public static class ApplicationColumns
{
    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        Text("id", "编号", [], i => i.Id, (i, v) => i.Id = v),
        Number("applicationYear", "申报年度", [], i => i.ApplicationYear, (i, v) => i.ApplicationYear = v),
        Date("materialDeadline", "材料截止日", ["申报材料收审截止日", "收审截止日"], i => i.MaterialDeadline, (i, v) => i.MaterialDeadline = v),
        Text("route", "申报类型", ["申报方式"], i => Label(Codes.Route, i.Route), (i, v) => i.Route = v),
        Text("target.series", "申报系列", [], i => i.Target?.Series, (i, v) => Target(i).Series = v),
        Text("target.specialty", "申报专业", [], i => i.Target?.Specialty, (i, v) => Target(i).Specialty = v),
        Text("target.level", "申报级别", ["申报层级"], i => Label(Codes.Level, i.Target?.Level), (i, v) => Target(i).Level = v),
        new("applicant.idNumber", "身份证号", ["身份证号码", "公民身份号码"], i => i.Applicant?.IdNumber, (input, cell, spec) =>
        {
            // Excel turns an 18-digit number typed into a General cell into 1.40802198803121E+17 and loses digits.
            if (cell.Contains("E+", StringComparison.OrdinalIgnoreCase) && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return [new InputError(spec.Path, $"身份证号被 Excel 存成了数字（{cell}），末几位已丢失；请把该列设为“文本”格式后重新填写")];
            }
            Applicant(input).IdNumber = cell;
            return [];
        }),
        Text("applicant.name", "姓名", [], i => i.Applicant?.Name, (i, v) => Applicant(i).Name = v),
        Flag("applicant.inService", "在职在岗", ["是否在职在岗"], i => i.Applicant?.InService, (i, v) => Applicant(i).InService = v),
        Text("applicant.employmentType", "单位性质", [], i => Label(Codes.EmploymentType, i.Applicant?.EmploymentType), (i, v) => Applicant(i).EmploymentType = v),
        Text("applicant.channel", "报送渠道", [], i => Label(Codes.Channel, i.Applicant?.Channel), (i, v) => Applicant(i).Channel = v),
        Date("applicant.workStartDate", "参加工作时间", ["参加工作日期"], i => i.Applicant?.WorkStartDate, (i, v) => Applicant(i).WorkStartDate = v),
        Text("applicant.currentPost.series", "现岗位系列", [], i => i.Applicant?.CurrentPost?.Series, (i, v) => Post(i).Series = v),
        Text("applicant.currentPost.specialty", "现岗位专业", [], i => i.Applicant?.CurrentPost?.Specialty, (i, v) => Post(i).Specialty = v),
        Date("applicant.currentPost.since", "现岗位起始日", ["现岗位开始时间", "现岗位起始时间"], i => i.Applicant?.CurrentPost?.Since, (i, v) => Post(i).Since = v),
        Text("applicant.currentTitle.series", "现职称系列", [], i => i.Applicant?.CurrentTitle?.Series, (i, v) => Held(i).Series = v),
        Text("applicant.currentTitle.specialty", "现职称专业", [], i => i.Applicant?.CurrentTitle?.Specialty, (i, v) => Held(i).Specialty = v),
        Text("applicant.currentTitle.level", "现职称级别", [], i => Label(Codes.Level, i.Applicant?.CurrentTitle?.Level), (i, v) => Held(i).Level = v),
        Date("applicant.currentTitle.obtainedOn", "现级别取得时间", ["现职称取得时间", "现职称取得日期"], i => i.Applicant?.CurrentTitle?.ObtainedOn, (i, v) => Held(i).ObtainedOn = v),
        Date("applicant.currentTitle.transferredOn", "转评时间", ["转评日期"], i => i.Applicant?.CurrentTitle?.TransferredOn, (i, v) => Held(i).TransferredOn = v),
        ListCells.Education,
        ListCells.Achievements,
        ListCells.Assessments,
        ListCells.Integrity,
        ListCells.OtherApplications,
        Number("requirements.tenureYears", "任职年限要求", [], i => i.Requirements?.TenureYears, (i, v) => Requirements(i).TenureYears = v),
        Number("requirements.exceptionalTenureYears", "破格任职年限要求", [], i => i.Requirements?.ExceptionalTenureYears, (i, v) => Requirements(i).ExceptionalTenureYears = v),
        Text("requirements.minEducation", "最低学历要求", [], i => Label(Codes.Degree, i.Requirements?.MinEducation), (i, v) => Requirements(i).MinEducation = v),
        Number("requirements.minAchievements", "业绩成果要求", [], i => i.Requirements?.MinAchievements, (i, v) => Requirements(i).MinAchievements = v),
        Number("requirements.exceptionalMinAchievements", "破格业绩成果要求", [], i => i.Requirements?.ExceptionalMinAchievements, (i, v) => Requirements(i).ExceptionalMinAchievements = v),
        Number("requirements.transferPostYears", "转评岗位年限要求", [], i => i.Requirements?.TransferPostYears, (i, v) => Requirements(i).TransferPostYears = v),
        Date("determinedOn", "初定日期", [], i => i.DeterminedOn, (i, v) => i.DeterminedOn = v),
    ];

    /// <summary>Columns a file must have whatever the route: without them no row could be decided.</summary>
    public static IReadOnlySet<string> Required { get; } = new HashSet<string>
    {
        "applicationYear", "route", "target.series", "target.specialty", "target.level", "applicant.idNumber",
        "applicant.name", "applicant.inService", "applicant.employmentType", "applicant.channel", "applicant.workStartDate",
    };

    /// <summary>A code written back as its Chinese label, as people fill spreadsheets; anything unknown as it was.</summary>
    public static string? Label<T>(CodeTable<T> table, string? value) where T : struct, Enum =>
        table.TryParse(value, out var parsed) ? table.Label(parsed) : value;

    private static TitleInput Target(ApplicationInput i) => i.Target ??= new TitleInput();
    private static ApplicantInput Applicant(ApplicationInput i) => i.Applicant ??= new ApplicantInput();
    private static PostInput Post(ApplicationInput i) => Applicant(i).CurrentPost ??= new PostInput();
    private static TitleInput Held(ApplicationInput i) => Applicant(i).CurrentTitle ??= new TitleInput();
    private static RequirementsInput Requirements(ApplicationInput i) => i.Requirements ??= new RequirementsInput();

    private static ColumnSpec Text(string path, string header, string[] aliases, Func<ApplicationInput, string?> get, Action<ApplicationInput, string> set) =>
        new(path, header, aliases, get, (input, cell, _) =>
        {
            set(input, cell);
            return [];
        });

    private static ColumnSpec Date(string path, string header, string[] aliases, Func<ApplicationInput, string?> get, Action<ApplicationInput, string> set) =>
        new(path, header, aliases, get, (input, cell, _) =>
        {
            set(input, SpreadsheetValues.NormalizeDate(cell));
            return [];
        });

    private static ColumnSpec Number(string path, string header, string[] aliases, Func<ApplicationInput, int?> get, Action<ApplicationInput, int> set) =>
        new(path, header, aliases, i => get(i)?.ToString(CultureInfo.InvariantCulture), (input, cell, spec) =>
        {
            if (SpreadsheetValues.TryInteger(cell, out var value))
            {
                set(input, value);
                return [];
            }
            return [new InputError(spec.Path, $"应为整数，实际为“{cell}”")];
        });

    private static ColumnSpec Flag(string path, string header, string[] aliases, Func<ApplicationInput, bool?> get, Action<ApplicationInput, bool> set) =>
        new(path, header, aliases, i => get(i) switch { true => "是", false => "否", null => null }, (input, cell, spec) =>
        {
            if (SpreadsheetValues.TryFlag(cell, out var value))
            {
                set(input, value);
                return [];
            }
            return [new InputError(spec.Path, $"应为“是”或“否”，实际为“{cell}”")];
        });
}

/// <summary>
/// One spreadsheet column: its JSON path, its Chinese header and accepted aliases, how to read a cell
/// into an input (returning the cell's errors) and how to write an input's value back to a cell.
/// </summary>
public sealed record ColumnSpec(
    string Path,
    string Header,
    string[] Aliases,
    Func<ApplicationInput, string?> Get,
    Func<ApplicationInput, string, ColumnSpec, IReadOnlyList<InputError>> Set);
