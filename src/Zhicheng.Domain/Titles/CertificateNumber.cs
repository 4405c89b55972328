using System.Globalization;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Titles;

/// <summary>
/// 证书编号 of a certificate this system issues: 19 characters, <c>PPPP YYYY L CCCC NNNNN K</c> without spaces —
/// the city's 4-digit area prefix (a setting; 运城 is 1408), the year of the evaluation, the level (1 员级 … 5 正高级,
/// the <see cref="TitleLevel"/> value), the committee's id in 4 digits, the certificate's sequence within that
/// committee and year in 5 digits, and a check character by ISO 7064 MOD 11-2 over the 18 digits before it (0–9 or X,
/// as in GB 11643). Prefix, year, committee and sequence make a number unique across the system; the check character
/// catches a mistyped digit or two swapped neighbours on the public verification page.
/// </summary>
public static class CertificateNumber
{
    public const int Length = 19;

    public static string Compose(string prefix, int year, TitleLevel level, int committeeId, int sequence)
    {
        if (prefix.Length != 4 || !prefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("证书编号前缀须为4位数字", nameof(prefix));
        }
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "未定义的职称级别");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(committeeId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(committeeId, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99999);
        var digits = string.Create(CultureInfo.InvariantCulture, $"{prefix}{year:D4}{(int)level:D1}{committeeId:D4}{sequence:D5}");
        return digits + CheckCharacter(digits);
    }

    /// <summary>Whether <paramref name="text"/> is 18 digits and the right check character (X in either case).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length }
        && text.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9') is false
        && char.ToUpperInvariant(text[^1]) == CheckCharacter(text.AsSpan(0, Length - 1));

    /// <summary>Upper-cases the check character and trims, so that what a person typed matches what was issued.</summary>
    public static string Normalise(string text) => text.Trim().ToUpperInvariant();

    /// <summary>ISO 7064 MOD 11-2 over ASCII digits: 0–9, or X for 10.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> digits)
    {
        var p = 0;
        foreach (var c in digits)
        {
            p = (p + (c - '0')) * 2 % 11;
        }
        var check = (12 - p) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
