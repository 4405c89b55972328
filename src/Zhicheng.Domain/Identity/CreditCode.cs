using System.Diagnostics.CodeAnalysis;

namespace Zhicheng.Domain.Identity;

/// <summary>
/// 统一社会信用代码 — an organisation's unified social credit code per GB 32100-2015: one character of
/// registering authority, one of organisation type, six of the registering place's division code (GB/T 2260),
/// nine of organisation code (GB 11714) and a check character, all drawn from the 31 characters
/// <c>0-9 A-H J-N P-R T-U W-Y</c> (no I, O, Z, S, V).
/// </summary>
/// <remarks>
/// The check character: each of the first 17 characters has the value of its place in the alphabet,
/// multiplied by 3^i mod 31 for its position i; the check value is 31 − (sum mod 31), with 31 written as 0.
/// </remarks>
public readonly struct CreditCode : IEquatable<CreditCode>
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The six-digit division code of the place where the organisation registered.</summary>
    public string DivisionCode => Value.Substring(2, 6);

    public static CreditCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Parses and verifies a credit code; on failure <paramref name="error"/> says why, in Chinese.</summary>
    public static bool TryParse(string? text, out CreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var s = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (s.Length == 0)
        {
            error = "统一社会信用代码不能为空";
            return false;
        }
        if (s.Length != 18)
        {
            error = $"统一社会信用代码应为18位，实际为{s.Length}位";
            return false;
        }
        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(s[i], StringComparison.Ordinal))
            {
                error = $"统一社会信用代码第{i + 1}位“{s[i]}”不是允许的字符（不使用I、O、Z、S、V）";
                return false;
            }
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = "统一社会信用代码第3至8位应为行政区划代码（数字）";
                return false;
            }
        }
        if (s[17] != CheckCharacterFor(s.AsSpan(0, 17)))
        {
            error = "统一社会信用代码校验位错误";
            return false;
        }
        code = new CreditCode(s);
        error = null;
        return true;
    }

    /// <summary>The check character for the first 17 characters (also used to build valid codes for demo data and tests).</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要17位字符", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"“{first17[i]}”不是统一社会信用代码的字符", nameof(first17));
            }
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    public bool Equals(CreditCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CreditCode other && Equals(other);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public static bool operator ==(CreditCode left, CreditCode right) => left.Equals(right);

    public static bool operator !=(CreditCode left, CreditCode right) => !left.Equals(right);

    public override string ToString() => Value ?? string.Empty;
}
