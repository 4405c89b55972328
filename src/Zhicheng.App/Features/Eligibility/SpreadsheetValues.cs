using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>How spreadsheet cells become the contract's text: dates, whole numbers and yes/no as people type them.</summary>
public static partial class SpreadsheetValues
{
    /// <summary>A cell as text: Excel dates as <c>YYYY-MM-DD</c>, whole numbers without ".0", everything else trimmed.</summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when Math.Abs(d % 1) < double.Epsilon && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim(),
    };

    /// <summary>
    /// 2024/9/30, 2024.9.30, 2024年9月30日 and 20240930 become 2024-09-30 — also when the day does not exist,
    /// so that the validator says "日期不存在" rather than "wrong format". A midnight time (what Excel and WPS add to dates) is
    /// dropped; any other time of day, and anything else, is passed through for the validator to name.
    /// </summary>
    public static string NormalizeDate(string cell)
    {
        var s = cell.Trim();
        var match = DatePattern().Match(s);
        return match.Success
            ? $"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}"
            : s;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日?|(?<m>\d{2})(?<d>\d{2}))(?:\s+0{1,2}:00(?::00)?)?$")]
    private static partial Regex DatePattern();

    public static bool TryInteger(string cell, out int value) =>
        int.TryParse(cell.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)
        || (double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && Math.Abs(d % 1) < double.Epsilon && d is >= int.MinValue and <= int.MaxValue && (value = (int)d) == d);

    public static bool TryFlag(string cell, out bool value)
    {
        switch (cell.Trim().ToUpperInvariant())
        {
            case "是" or "Y" or "YES" or "TRUE" or "1" or "在职在岗" or "在职":
                value = true;
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0" or "不在职" or "离岗" or "退休":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryFullTime(string cell, out bool value)
    {
        switch (cell.Trim())
        {
            case "全日制":
                value = true;
                return true;
            case "非全日制" or "在职" or "业余" or "函授" or "自考":
                value = false;
                return true;
            default:
                return TryFlag(cell, out value);
        }
    }
}
