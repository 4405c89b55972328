using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>The contract's dates: <c>YYYY-MM-DD</c>, and only days that exist.</summary>
public static class IsoDate
{
    public static bool TryParse(string value, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        var s = value.AsSpan().Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = null;
            return true;
        }
        var shaped = s.Length == 10 && s[4] == '-' && s[7] == '-'
            && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(s[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(s[8..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        error = shaped ? $"日期不存在：{value.Trim()}" : $"日期格式应为 YYYY-MM-DD，实际为“{value.Trim()}”";
        return false;
    }
}
