namespace Zhicheng.Domain.Eligibility;

/// <summary>How decisions write dates, titles and lists in Chinese.</summary>
public static class Wording
{
    /// <summary>2024年9月30日, formatted straight into the message that holds it.</summary>
    public static ChineseDate Date(DateOnly date) => new(date);

    /// <summary>工程系列电气工程专业 (a series already ending in 系列 keeps its own), formatted in place.</summary>
    public static SeriesSpecialtyText SeriesSpecialty(string series, string specialty) => new(series, specialty);

    /// <summary>工程系列电气工程专业副高级.</summary>
    public static string Title(TitleTarget target) =>
        $"{SeriesSpecialty(target.Series, target.Specialty)}{Codes.Level.Label(target.Level)}";

    public static string Years(IEnumerable<int> years) => string.Join("、", years.Select(y => $"{y}年度"));

}

/// <summary>
/// Series and specialty names compared as people write them: surrounding space and a trailing
/// 系列 / 专业 do not make two names different ("工程" is "工程系列").
/// </summary>
public static class Names
{
    public static bool SameSeries(string a, string b) => Same(a, b, "系列");

    public static bool SameSpecialty(string a, string b) => Same(a, b, "专业");

    public static bool SameField(string seriesA, string specialtyA, string seriesB, string specialtyB) =>
        SameSeries(seriesA, seriesB) && SameSpecialty(specialtyA, specialtyB);

    private static bool Same(string a, string b, string suffix)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }
        return Core(a, suffix).SequenceEqual(Core(b, suffix));
    }

    private static ReadOnlySpan<char> Core(string name, string suffix)
    {
        var span = name.AsSpan().Trim();
        return span.EndsWith(suffix, StringComparison.Ordinal) ? span[..^suffix.Length].TrimEnd() : span;
    }
}

/// <summary>A date written the Chinese way (2024年9月30日); formats into an interpolated string without allocating.</summary>
public readonly struct ChineseDate(DateOnly date) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日", out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}

/// <summary>A series and specialty written as 工程系列电气工程专业; formats into a message without allocating.</summary>
public readonly struct SeriesSpecialtyText(string series, string specialty) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(provider, $"{series}{Suffix(series, "系列")}{specialty}{Suffix(specialty, "专业")}", out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => $"{series}{Suffix(series, "系列")}{specialty}{Suffix(specialty, "专业")}";

    private static string Suffix(string name, string suffix) => name.EndsWith(suffix, StringComparison.Ordinal) ? "" : suffix;
}
