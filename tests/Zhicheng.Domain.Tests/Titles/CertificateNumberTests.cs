using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Titles;

namespace Zhicheng.Domain.Tests.Titles;

/// <summary>
/// 证书编号: <c>PPPP YYYY L CCCC NNNNN K</c>, 19 characters, K by ISO 7064 MOD 11-2 over the 18 digits (0–9 or X).
/// The check is verified here by the standard's own property — Σ digitᵢ × 2^(18−i) ≡ 1 (mod 11) over all 19
/// characters, X = 10 — not by the production algorithm.
/// </summary>
public class CertificateNumberTests
{
    /// <summary>The MOD 11-2 sum over a full number, computed independently: Σ value(cᵢ) × 2^(18−i) mod 11.</summary>
    private static int Mod11Sum(string number)
    {
        var sum = 0L;
        for (var i = 0; i < number.Length; i++)
        {
            var value = number[i] is 'X' or 'x' ? 10 : number[i] - '0';
            sum += value * (1L << (number.Length - 1 - i));
        }
        return (int)(sum % 11);
    }

    private static string Swap(string text, int i) =>
        string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1, 1), text.AsSpan(i, 1), text.AsSpan(i + 2));

    private static string Replace(string text, int i, char c) =>
        string.Concat(text.AsSpan(0, i), c.ToString(), text.AsSpan(i + 1));

    public static TheoryData<string, int, TitleLevel, int, int, string> Known => new()
    {
        { "1408", 2026, TitleLevel.Senior, 12, 345, "1408202650012003450" },
        { "1408", 2025, TitleLevel.Intermediate, 1, 1, "1408202530001000012" },
        { "0000", 1000, TitleLevel.Clerk, 1, 1, "0000100010001000016" },
        { "9999", 9999, TitleLevel.Senior, 9999, 99999, "9999999959999999992" },
        { "1408", 2024, TitleLevel.AssociateSenior, 7, 100, "1408202440007001009" },
        { "1408", 2026, TitleLevel.Senior, 12, 9, "140820265001200009X" },
        { "1408", 2026, TitleLevel.Intermediate, 3, 3, "1408202630003000030" },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Compose_KnownInputs_PinnedNumber(string prefix, int year, TitleLevel level, int committee, int sequence, string expected) =>
        CertificateNumber.Compose(prefix, year, level, committee, sequence).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Known))]
    public void Compose_KnownInputs_SatisfiesMod11Property(string prefix, int year, TitleLevel level, int committee, int sequence, string _)
    {
        var number = CertificateNumber.Compose(prefix, year, level, committee, sequence);

        Mod11Sum(number).ShouldBe(1);
    }

    [Fact]
    public void Compose_Parts_AtTheirPositions()
    {
        var number = CertificateNumber.Compose("1408", 2026, TitleLevel.AssociateSenior, 37, 1205);

        number.Length.ShouldBe(CertificateNumber.Length);
        number.Length.ShouldBe(19);
        number[..4].ShouldBe("1408");
        number[4..8].ShouldBe("2026");
        number[8..9].ShouldBe("4");
        number[9..13].ShouldBe("0037");
        number[13..18].ShouldBe("01205");
        number[18].ShouldBe(CertificateNumber.CheckCharacter(number.AsSpan(0, 18)));
    }

    [Fact]
    public void Compose_CheckIsTen_X()
    {
        var number = CertificateNumber.Compose("1408", 2026, TitleLevel.Senior, 12, 9);

        number[^1].ShouldBe('X');
        Mod11Sum(number).ShouldBe(1);
    }

    [Fact]
    public void Compose_ManyInputs_AllSatisfyMod11PropertyAndEveryCheckOccurs()
    {
        var checks = new HashSet<char>();
        foreach (var level in Enum.GetValues<TitleLevel>())
        {
            for (var sequence = 1; sequence <= 60; sequence++)
            {
                var number = CertificateNumber.Compose("1408", 2026, level, 5, sequence);
                Mod11Sum(number).ShouldBe(1, number);
                checks.Add(number[^1]);
            }
        }

        checks.ShouldBe("0123456789X".ToHashSet(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(1, 1, Label = "Compose_SmallestCommitteeAndSequence_Padded")]
    [InlineData(9999, 99999, Label = "Compose_LargestCommitteeAndSequence_Fit")]
    [InlineData(10, 10000, Label = "Compose_MiddleCommitteeAndSequence_Padded")]
    public void Compose_CommitteeAndSequenceAtTheirEnds_NineteenCharacters(int committee, int sequence)
    {
        var number = CertificateNumber.Compose("1408", 2026, TitleLevel.Senior, committee, sequence);

        number.Length.ShouldBe(19);
        number[9..13].ShouldBe(committee.ToString("D4"));
        number[13..18].ShouldBe(sequence.ToString("D5"));
    }

    [Theory]
    [InlineData(1000, Label = "Compose_Year1000_Allowed")]
    [InlineData(9999, Label = "Compose_Year9999_Allowed")]
    public void Compose_YearAtItsEnds_Allowed(int year) =>
        CertificateNumber.Compose("1408", year, TitleLevel.Senior, 1, 1)[4..8].ShouldBe(year.ToString("D4"));

    [Theory]
    [InlineData("140", Label = "Compose_PrefixThreeDigits_Throws")]
    [InlineData("14080", Label = "Compose_PrefixFiveDigits_Throws")]
    [InlineData("14a8", Label = "Compose_PrefixWithLetter_Throws")]
    [InlineData("14 8", Label = "Compose_PrefixWithSpace_Throws")]
    [InlineData("１４０８", Label = "Compose_PrefixFullWidthDigits_Throws")]
    [InlineData("", Label = "Compose_PrefixEmpty_Throws")]
    public void Compose_BadPrefix_Throws(string prefix) =>
        Should.Throw<ArgumentException>(() => CertificateNumber.Compose(prefix, 2026, TitleLevel.Senior, 1, 1)).ParamName.ShouldBe("prefix");

    [Theory]
    [InlineData(2026, 0, 1, "committeeId", Label = "Compose_CommitteeZero_Throws")]
    [InlineData(2026, 10000, 1, "committeeId", Label = "Compose_Committee10000_Throws")]
    [InlineData(2026, -1, 1, "committeeId", Label = "Compose_CommitteeNegative_Throws")]
    [InlineData(2026, 1, 0, "sequence", Label = "Compose_SequenceZero_Throws")]
    [InlineData(2026, 1, 100000, "sequence", Label = "Compose_Sequence100000_Throws")]
    [InlineData(999, 1, 1, "year", Label = "Compose_Year999_Throws")]
    [InlineData(10000, 1, 1, "year", Label = "Compose_Year10000_Throws")]
    [InlineData(0, 1, 1, "year", Label = "Compose_YearZero_Throws")]
    public void Compose_NumberOutOfRange_Throws(int year, int committee, int sequence, string parameter) =>
        Should.Throw<ArgumentOutOfRangeException>(() => CertificateNumber.Compose("1408", year, TitleLevel.Senior, committee, sequence))
            .ParamName.ShouldBe(parameter);

    [Theory]
    [InlineData(0, Label = "Compose_LevelZero_Throws")]
    [InlineData(6, Label = "Compose_LevelSix_Throws")]
    [InlineData(10, Label = "Compose_LevelTen_Throws")]
    public void Compose_UndefinedLevel_Throws(int level) =>
        Should.Throw<ArgumentOutOfRangeException>(() => CertificateNumber.Compose("1408", 2026, (TitleLevel)level, 1, 1));

    // ---- IsWellFormed ----

    [Theory]
    [MemberData(nameof(Known))]
    public void IsWellFormed_Composed_True(string prefix, int year, TitleLevel level, int committee, int sequence, string _) =>
        CertificateNumber.IsWellFormed(CertificateNumber.Compose(prefix, year, level, committee, sequence)).ShouldBeTrue();

    [Theory]
    [InlineData("140820265001200009X", true, Label = "IsWellFormed_UpperCaseX_True")]
    [InlineData("140820265001200009x", true, Label = "IsWellFormed_LowerCaseX_True")]
    [InlineData("1408202650012003450", true, Label = "IsWellFormed_DigitCheck_True")]
    [InlineData("1408202650012003451", false, Label = "IsWellFormed_WrongCheckDigit_False")]
    [InlineData("140820265001200009Y", false, Label = "IsWellFormed_CheckNotDigitOrX_False")]
    [InlineData("1408202650012003456", false, Label = "IsWellFormed_CheckSixInsteadOfZero_False")]
    [InlineData("140820265001200345X", false, Label = "IsWellFormed_XInsteadOfRightDigit_False")]
    [InlineData("140820265001200345", false, Label = "IsWellFormed_EighteenCharacters_False")]
    [InlineData("14082026500120034566", false, Label = "IsWellFormed_TwentyCharacters_False")]
    [InlineData(" 1408202650012003450", false, Label = "IsWellFormed_LeadingSpace_False")]
    [InlineData("1408202650012003450 ", false, Label = "IsWellFormed_TrailingSpace_False")]
    [InlineData("A408202650012003450", false, Label = "IsWellFormed_LetterInFront_False")]
    [InlineData("14082026X0012003450", false, Label = "IsWellFormed_XInTheMiddle_False")]
    [InlineData("1408-2026-5-0012-03", false, Label = "IsWellFormed_Dashes_False")]
    [InlineData("１408202650012003450", false, Label = "IsWellFormed_FullWidthDigit_False")]
    [InlineData("", false, Label = "IsWellFormed_Empty_False")]
    [InlineData(null, false, Label = "IsWellFormed_Null_False")]
    public void IsWellFormed_Text_TrueOnlyForNineteenWithRightCheck(string? text, bool wellFormed) =>
        CertificateNumber.IsWellFormed(text).ShouldBe(wellFormed);

    [Theory]
    [MemberData(nameof(Known))]
    public void IsWellFormed_AnySingleCharacterChanged_False(string prefix, int year, TitleLevel level, int committee, int sequence, string _)
    {
        var number = CertificateNumber.Compose(prefix, year, level, committee, sequence);
        for (var i = 0; i < number.Length; i++)
        {
            foreach (var c in "0123456789X")
            {
                if (char.ToUpperInvariant(number[i]) == c)
                {
                    continue;
                }
                var changed = Replace(number, i, c);
                CertificateNumber.IsWellFormed(changed).ShouldBeFalse($"{number} → {changed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Known))]
    public void IsWellFormed_AnyTwoNeighboursSwapped_False(string prefix, int year, TitleLevel level, int committee, int sequence, string _)
    {
        var number = CertificateNumber.Compose(prefix, year, level, committee, sequence);
        var swaps = 0;
        for (var i = 0; i < number.Length - 1; i++)
        {
            if (number[i] == number[i + 1])
            {
                continue;
            }
            var swapped = Swap(number, i);
            CertificateNumber.IsWellFormed(swapped).ShouldBeFalse($"{number} → {swapped}");
            swaps++;
        }
        swaps.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void IsWellFormed_SwapsInManyNumbers_AllDetected()
    {
        for (var sequence = 1; sequence <= 500; sequence += 7)
        {
            var number = CertificateNumber.Compose("1408", 2026, TitleLevel.Intermediate, 42, sequence);
            for (var i = 0; i < number.Length - 1; i++)
            {
                if (number[i] != number[i + 1])
                {
                    CertificateNumber.IsWellFormed(Swap(number, i)).ShouldBeFalse($"{number} swapped at {i}");
                }
            }
        }
    }

    [Theory]
    [InlineData(" 140820265001200009x ", "140820265001200009X", Label = "Normalise_PaddedLowerX_TrimmedUpper")]
    [InlineData("1408202650012003450", "1408202650012003450", Label = "Normalise_AlreadyNormal_Unchanged")]
    [InlineData("\t1408202650012003450\n", "1408202650012003450", Label = "Normalise_TabsAndNewlines_Trimmed")]
    public void Normalise_WhatAPersonTyped_MatchesWhatWasIssued(string typed, string issued)
    {
        var normal = CertificateNumber.Normalise(typed);

        normal.ShouldBe(issued);
        CertificateNumber.IsWellFormed(normal).ShouldBeTrue();
    }

    [Theory]
    [InlineData("11010519491231002", 'X', Label = "CheckCharacter_GB11643SampleIdentity_X")]
    [InlineData("000000000000000000", '1', Label = "CheckCharacter_AllZeros_One")]
    [InlineData("140820244000700100", '9', Label = "CheckCharacter_CertificateDigits_Nine")]
    [InlineData("140820265001200345", '0', Label = "CheckCharacter_CertificateDigits_Zero")]
    public void CheckCharacter_Digits_MakesTheSumOne(string digits, char expected)
    {
        var check = CertificateNumber.CheckCharacter(digits.AsSpan());

        check.ShouldBe(expected);
        Mod11Sum(digits + check).ShouldBe(1);
    }
}
