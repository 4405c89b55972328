using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Identity;

/// <summary>公民身份号码 per GB 11643-1999: structure, ISO 7064 MOD 11-2 check character, masking, sex.</summary>
public class IdentityNumberTests
{
    [Theory]
    [InlineData("142701199001011237", "142701199001011237", "1990-01-01", Label = "Valid_DigitCheckCharacter")]
    [InlineData("11010519491231002X", "11010519491231002X", "1949-12-31", Label = "Valid_CheckCharacterX")]
    [InlineData("11010519491231002x", "11010519491231002X", "1949-12-31", Label = "Valid_LowerCaseX_IsUpperCased")]
    [InlineData(" 142701199001011237 ", "142701199001011237", "1990-01-01", Label = "Valid_SurroundingSpace_IsTrimmed")]
    public void TryParse_ValidNumber_Succeeds(string text, string value, string birthDate)
    {
        IdentityNumber.TryParse(text, out var number, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        number.Value.ShouldBe(value);
        number.BirthDate.ShouldBe(D(birthDate));
    }

    [Theory]
    [InlineData("20000229", "2000-02-29", Label = "BirthDate_February29In2000_LeapYear")]
    [InlineData("19960229", "1996-02-29", Label = "BirthDate_February29In1996_LeapYear")]
    [InlineData("19001231", "1900-12-31", Label = "BirthDate_LastDayOf1900")]
    public void TryParse_RealBirthDate_Succeeds(string birth, string birthDate)
    {
        IdentityNumber.TryParse(TestIds.Complete("142701" + birth + "123"), out var number, out var error).ShouldBeTrue(error);

        number.BirthDate.ShouldBe(D(birthDate));
    }

    [CulturedFact(["th-TH", "fa-IR", "ar-SA", "ja-JP", "zh-CN"])]
    public void TryParse_UnderAnyCurrentCulture_ReadsTheBirthDateAsGregorian()
    {
        // GB 11643 birth dates are Gregorian YYYYMMDD whatever calendar the server's culture uses.
        IdentityNumber.TryParse("142701199001011237", out var number, out var error).ShouldBeTrue(error);

        number.BirthDate.ShouldBe(new DateOnly(1990, 1, 1));
    }

    [Theory]
    [InlineData("142701199001011238", "校验位", Label = "Invalid_WrongCheckDigit")]
    [InlineData("142701199001011230", "校验位", Label = "Invalid_WrongCheckDigitZero")]
    [InlineData("11010519491231002Y", "第18位", Label = "Invalid_CheckCharacterNeitherDigitNorX")]
    [InlineData("110105194912310021", "校验位", Label = "Invalid_DigitWhereXBelongs")]
    [InlineData("14270119900101123", "18位", Label = "Invalid_SeventeenCharacters")]
    [InlineData("1427011990010112370", "18位", Label = "Invalid_NineteenCharacters")]
    [InlineData("142701900101123", "15位", Label = "Invalid_FifteenDigitOldNumber")]
    [InlineData("14270119900101A237", "第15位", Label = "Invalid_LetterAmongTheFirst17")]
    [InlineData("1427011990０1011237", "第11位", Label = "Invalid_FullWidthDigit")]
    [InlineData("X42701199001011237", "第1位", Label = "Invalid_XAtTheStart")]
    [InlineData("", "不能为空", Label = "Invalid_Empty")]
    [InlineData("   ", "不能为空", Label = "Invalid_Blank")]
    public void TryParse_MalformedNumber_FailsWithReason(string text, string reason)
    {
        IdentityNumber.TryParse(text, out var number, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain(reason);
        number.ShouldBe(default);
    }

    [Fact]
    public void TryParse_Null_FailsWithReason()
    {
        IdentityNumber.TryParse(null, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("不能为空");
    }

    [Theory]
    [InlineData("19900230", Label = "BirthDate_February30")]
    [InlineData("19900229", Label = "BirthDate_February29InACommonYear")]
    [InlineData("19000229", Label = "BirthDate_February29In1900_NotALeapYear")]
    [InlineData("19901301", Label = "BirthDate_Month13")]
    [InlineData("19900001", Label = "BirthDate_Month00")]
    [InlineData("19900100", Label = "BirthDate_Day00")]
    [InlineData("19900431", Label = "BirthDate_April31")]
    [InlineData("18991231", Label = "BirthDate_Before1900")]
    public void TryParse_ImpossibleBirthDate_Fails(string birth)
    {
        // The check character is right, so only the date can be wrong.
        var text = TestIds.Complete("142701" + birth + "123");

        IdentityNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("出生日期");
    }

    [Theory]
    [InlineData("00", Label = "Province_00")]
    [InlineData("10", Label = "Province_10")]
    [InlineData("16", Label = "Province_16")]
    [InlineData("20", Label = "Province_20")]
    [InlineData("24", Label = "Province_24")]
    [InlineData("66", Label = "Province_66")]
    [InlineData("99", Label = "Province_99")]
    public void TryParse_UnknownProvinceCode_Fails(string province)
    {
        var text = TestIds.Complete(province + "2701199001011" + "23");

        IdentityNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("行政区划代码");
    }

    [Theory]
    [InlineData("11", Label = "Province_Beijing")]
    [InlineData("14", Label = "Province_Shanxi")]
    [InlineData("65", Label = "Province_Xinjiang")]
    [InlineData("71", Label = "Province_Taiwan")]
    [InlineData("81", Label = "Province_HongKong")]
    [InlineData("82", Label = "Province_Macao")]
    public void TryParse_KnownProvinceCode_Succeeds(string province)
    {
        IdentityNumber.TryParse(TestIds.Complete(province + "0101199001011" + "23"), out _, out var error).ShouldBeTrue(error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheReason()
    {
        Should.Throw<FormatException>(() => IdentityNumber.Parse("142701199001011238")).Message.ShouldContain("校验位");
    }

    [Theory]
    [InlineData("14270119900101123", '7')]
    [InlineData("11010519491231002", 'X')]
    [InlineData("14270119900101124", '5')]
    [InlineData("14270119900101121", '0')]
    public void CheckCharacterFor_First17_IsIso7064Mod112(string first17, char check)
    {
        IdentityNumber.CheckCharacterFor(first17).ShouldBe(check);
    }

    [Theory]
    [InlineData("1427011990010112")]
    [InlineData("142701199001011237")]
    public void CheckCharacterFor_NotSeventeenDigits_Throws(string text)
    {
        Should.Throw<ArgumentException>(() => IdentityNumber.CheckCharacterFor(text));
    }

    [Fact]
    public void CheckCharacterFor_EveryCompletedNumber_Parses()
    {
        for (var sequence = 100; sequence < 1000; sequence += 7)
        {
            var text = TestIds.Complete($"14270119850615{sequence}");
            IdentityNumber.TryParse(text, out _, out var error).ShouldBeTrue(error);
        }
    }

    [Theory]
    [InlineData("142701199001011237", "142701**********37")]
    [InlineData("11010519491231002x", "110105**********2X")]
    public void Masked_KeepsSixAndTwo(string text, string masked)
    {
        var number = IdentityNumber.Parse(text);

        number.Masked.ShouldBe(masked);
        number.ToString().ShouldBe(masked);
        $"{number}".ShouldBe(masked);
        number.ToString().ShouldNotContain(number.Value);
        number.ToString().ShouldNotContain(number.Value[6..16]);
    }

    [Fact]
    public void Masked_Default_IsEmpty()
    {
        default(IdentityNumber).Masked.ShouldBe(string.Empty);
        default(IdentityNumber).ToString().ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("14270119900101123", Sex.Male, Label = "Sex_OddSeventeenthDigit_Male")]
    [InlineData("14270119900101121", Sex.Male, Label = "Sex_SeventeenthDigitOne_Male")]
    [InlineData("14270119900101124", Sex.Female, Label = "Sex_EvenSeventeenthDigit_Female")]
    [InlineData("14270119900101120", Sex.Female, Label = "Sex_SeventeenthDigitZero_Female")]
    public void Sex_FromTheSeventeenthDigit(string first17, Sex sex)
    {
        TestIds.FromFirst17(first17).Sex.ShouldBe(sex);
    }

    [Fact]
    public void Equality_LowerAndUpperCaseX_AreTheSameNumber()
    {
        var upper = IdentityNumber.Parse("11010519491231002X");
        var lower = IdentityNumber.Parse("11010519491231002x");

        (upper == lower).ShouldBeTrue();
        upper.Equals((object)lower).ShouldBeTrue();
        upper.GetHashCode().ShouldBe(lower.GetHashCode());
        (upper != IdentityNumber.Parse("142701199001011237")).ShouldBeTrue();
    }
}
