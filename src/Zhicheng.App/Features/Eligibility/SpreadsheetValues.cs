using System.Globalization;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>How spreadsheet cells become the contract's text: dates, whole numbers and yes/no as people type them.</summary>
public static class SpreadsheetValues
{
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

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
    /// 2024/9/30, 2024.9.30, 2024年9月30日 and 20240930 become 2024-09-30; text that is no date (or a date
    /// that does not exist) is passed through for the validator to name.
    /// </summary>
    public static string NormalizeDate(string cell)
    {
        var s = cell.Trim();
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            return s;
        }
        return DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && dt.TimeOfDay == TimeSpan.Zero
                ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : s;
    }

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
