using System.Globalization;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// The list columns of an application spreadsheet. A cell holds items separated by ';', '；' or a line
/// break; an item's fields are separated by '|' (or '｜'):
/// 学历 <c>本科|全日制|2012-06-30</c>, 业绩成果 <c>名称|2023-05-01</c>, 年度考核 <c>2023|合格</c>,
/// 诚信记录 <c>弄虚作假|2023-03-01</c>, 本年度其他申报 <c>经济|人力资源|副高级</c>.
/// </summary>
public static class ListCells
{
    private static readonly char[] ItemSeparators = [';', '；', '\n', '\r'];
    private static readonly char[] FieldSeparators = ['|', '｜'];

    public static ColumnSpec Education { get; } = Make("applicant.education", "学历", ["学历学位"], "学历|全日制或非全日制|取得日期",
        i => i.Applicant?.Education?.Select(e => e is null ? "" : Join(ApplicationColumns.Label(Codes.Degree, e.Degree), e.FullTime switch { true => "全日制", false => "非全日制", null => "" }, e.ObtainedOn)),
        (i, items) => (i.Applicant ??= new()).Education = items, fields =>
        {
            if (fields.Length is < 2 or > 3)
            {
                return null;
            }
            var item = new EducationInput { Degree = fields[0], ObtainedOn = SpreadsheetValues.NormalizeDate(fields[^1]) };
            if (fields.Length == 3 && fields[1].Length > 0)
            {
                if (!SpreadsheetValues.TryFullTime(fields[1], out var fullTime))
                {
                    return null;
                }
                item.FullTime = fullTime;
            }
            return item;
        });

    public static ColumnSpec Achievements { get; } = Make("applicant.achievements", "业绩成果", [], "名称|取得日期",
        i => i.Applicant?.Achievements?.Select(a => a is null ? "" : Join(a.Title, a.ObtainedOn)),
        (i, items) => (i.Applicant ??= new()).Achievements = items,
        fields => fields.Length == 2 ? new AchievementInput { Title = fields[0], ObtainedOn = SpreadsheetValues.NormalizeDate(fields[1]) } : null);

    public static ColumnSpec Assessments { get; } = Make("applicant.assessments", "年度考核", [], "年度|等次",
        i => i.Applicant?.Assessments?.Select(a => a is null ? "" : Join(a.Year?.ToString(CultureInfo.InvariantCulture), ApplicationColumns.Label(Codes.Grade, a.Grade))),
        (i, items) => (i.Applicant ??= new()).Assessments = items,
        fields => fields.Length == 2 && SpreadsheetValues.TryInteger(fields[0].TrimEnd('年', '度'), out var year)
            ? new AssessmentInput { Year = year, Grade = fields[1] }
            : null);

    public static ColumnSpec Integrity { get; } = Make("applicant.integrity", "诚信记录", ["失信记录"], "类别|记入日期",
        i => i.Applicant?.Integrity?.Select(r => r is null ? "" : Join(ApplicationColumns.Label(Codes.IntegrityKind, r.Kind), r.DecidedOn)),
        (i, items) => (i.Applicant ??= new()).Integrity = items,
        fields => fields.Length == 2 ? new IntegrityInput { Kind = fields[0], DecidedOn = SpreadsheetValues.NormalizeDate(fields[1]) } : null);

    public static ColumnSpec OtherApplications { get; } = Make("otherApplicationsThisYear", "本年度其他申报", [], "系列|专业|级别",
        i => i.OtherApplicationsThisYear?.Select(t => t is null ? "" : Join(t.Series, t.Specialty, ApplicationColumns.Label(Codes.Level, t.Level))),
        (i, items) => i.OtherApplicationsThisYear = items,
        fields => fields.Length == 3 ? new TitleInput { Series = fields[0], Specialty = fields[1], Level = fields[2] } : null);

    private static ColumnSpec Make<T>(string path, string header, string[] aliases, string shape,
        Func<ApplicationInput, IEnumerable<string>?> items, Action<ApplicationInput, List<T?>> set, Func<string[], T?> parse) where T : class =>
        new(path, header, aliases, i => items(i) is { } list ? string.Join("; ", list) : null, (input, cell, spec) =>
        {
            var parts = cell.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = new List<T?>(parts.Length);
            List<InputError>? errors = null;
            for (var n = 0; n < parts.Length; n++)
            {
                var fields = parts[n].Split(FieldSeparators, StringSplitOptions.TrimEntries);
                if (parse(fields) is { } item)
                {
                    result.Add(item);
                }
                else
                {
                    (errors ??= []).Add(new InputError($"{spec.Path}[{n}]", $"第{n + 1}项“{parts[n]}”应写作“{shape}”"));
                }
            }
            set(input, result);
            return errors ?? (IReadOnlyList<InputError>)[];
        });

    private static string Join(params string?[] fields) => string.Join("|", fields.Select(f => f ?? ""));
}
