using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zhicheng.Domain.Identity;

/// <summary>
/// 公民身份号码 — a citizen identity number per GB 11643-1999: six digits of address code,
/// eight of birth date (YYYYMMDD), three of sequence (odd for men, even for women) and a check
/// character computed by ISO 7064 MOD 11-2 (0–9 or X).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns the masked form so that a number interpolated into a log line or a
/// message never leaks; use <see cref="Value"/> only where the viewer needs the whole number.
/// </remarks>
public readonly struct IdentityNumber : IEquatable<IdentityNumber>
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Province-level codes (the first two digits) defined by GB/T 2260.</summary>
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private IdentityNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The full 18 characters, check character upper-cased.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>The 17th digit: odd for men, even for women.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The masked form shown to viewers who do not need the number: <c>142701**********34</c>.</summary>
    public string Masked => Value is null ? string.Empty : string.Concat(Value.AsSpan(0, 6), "**********", Value.AsSpan(16, 2));

    public static IdentityNumber Parse(string text) =>
        TryParse(text, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>Parses and verifies an identity number; on failure <paramref name="error"/> says why, in Chinese.</summary>
    public static bool TryParse(string? text, out IdentityNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            error = "身份证号码不能为空";
            return false;
        }
        if (s.Length == 15 && s.All(char.IsAsciiDigit))
        {
            error = "15位旧身份证号码不再受理，请填写18位号码";
            return false;
        }
        if (s.Length != 18)
        {
            error = $"身份证号码应为18位，实际为{s.Length}位";
            return false;
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = $"身份证号码第{i + 1}位应为数字";
                return false;
            }
        }
        var last = char.ToUpperInvariant(s[17]);
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = "身份证号码第18位应为数字或X";
            return false;
        }
        if (!ProvinceCodes.Contains((s[0] - '0') * 10 + (s[1] - '0')))
        {
            error = "身份证号码前两位不是有效的省级行政区划代码";
            return false;
        }
        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            error = "身份证号码中的出生日期无效";
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (s[i] - '0') * Weights[i];
        }
        if (CheckCharacters[sum % 11] != last)
        {
            error = "身份证号码校验位错误";
            return false;
        }
        number = new IdentityNumber(string.Concat(s.AsSpan(0, 17), [last]), birth);
        error = null;
        return true;
    }

    /// <summary>The check character for the first 17 digits (used to build valid test numbers).</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要17位数字", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    public bool Equals(IdentityNumber other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is IdentityNumber other && Equals(other);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public static bool operator ==(IdentityNumber left, IdentityNumber right) => left.Equals(right);

    public static bool operator !=(IdentityNumber left, IdentityNumber right) => !left.Equals(right);

    /// <summary>The masked form; never the whole number.</summary>
    public override string ToString() => Masked;
}
