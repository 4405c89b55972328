using System.Text.RegularExpressions;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>A JSON path said in Chinese: <c>applicant.assessments[2].grade</c> → 年度考核第3项·等次.</summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Extra = new(StringComparer.Ordinal)
    {
        ["$"] = "整条申报",
        ["target"] = "申报职称",
        ["applicant"] = "申报人",
        ["applicant.currentPost"] = "现岗位",
        ["applicant.currentTitle"] = "现职称",
        ["requirements"] = "评价标准要求",
    };

    private static readonly Dictionary<string, string> ItemFields = new(StringComparer.Ordinal)
    {
        ["degree"] = "学历", ["fullTime"] = "是否全日制", ["obtainedOn"] = "取得日期", ["title"] = "名称",
        ["year"] = "年度", ["grade"] = "等次", ["kind"] = "类别", ["decidedOn"] = "记入日期",
        ["series"] = "系列", ["specialty"] = "专业", ["level"] = "级别",
    };

    public static string Describe(string path)
    {
        var headers = ApplicationColumns.All.ToDictionary(c => c.Path, c => c.Header, StringComparer.Ordinal);
        if (headers.TryGetValue(path, out var header) || Extra.TryGetValue(path, out header))
        {
            return header;
        }
        var match = ItemPath().Match(path);
        if (match.Success && headers.TryGetValue(match.Groups["list"].Value, out var list))
        {
            var item = $"{list}第{int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}项";
            var field = match.Groups["field"].Value;
            return field.Length == 0 ? item : $"{item}·{(ItemFields.TryGetValue(field, out var f) ? f : field)}";
        }
        return path;
    }

    /// <summary>
    /// Where an error is, for people: "H列（身份证号）" when the cell is the field, "W列（年度考核）年度考核第5项·等次"
    /// when the field is inside a list cell, and the field's name alone for JSON input.
    /// </summary>
    public static string Where(InputError error)
    {
        if (error.Column is null)
        {
            return Describe(error.Path);
        }
        var cell = $"{error.Column}列（{error.Header}）";
        return ApplicationColumns.All.Any(c => c.Path == error.Path) ? cell : cell + Describe(error.Path);
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z.]+)\[(?<index>\d+)\](?:\.(?<field>\w+))?$")]
    private static partial Regex ItemPath();
}
