using Zhicheng.Domain.Identity;

namespace Zhicheng.Domain.Tests.Identity;

/// <summary>统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet, MOD 31 check character.</summary>
public class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", Label = "Valid_StandardsExample")]
    [InlineData("91110000802100433B", Label = "Valid_LetterCheckCharacter")]
    [InlineData("91440300708461136T", Label = "Valid_AnotherLetterCheckCharacter")]
    [InlineData("91350100m000100y43", Label = "Valid_LowerCase_IsUpperCased")]
    public void TryParse_ValidCode_Succeeds(string text)
    {
        CreditCode.TryParse(text, out var code, out var error).ShouldBeTrue(error);
        code.Value.ShouldBe(text.ToUpperInvariant());
        code.DivisionCode.ShouldBe(text.Substring(2, 6));
    }

    [Theory]
    [InlineData("", "统一社会信用代码不能为空")]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位，实际为17位")]
    [InlineData("91350100M000100Y44", "统一社会信用代码校验位错误")]
    [InlineData("91350100M000100I43", "统一社会信用代码第16位“I”不是允许的字符（不使用I、O、Z、S、V）")]
    [InlineData("9135O100M000100Y43", "统一社会信用代码第5位“O”不是允许的字符（不使用I、O、Z、S、V）")]
    [InlineData("913A0100M000100Y43", "统一社会信用代码第3至8位应为行政区划代码（数字）")]
    public void TryParse_BadCode_SaysWhy(string text, string message)
    {
        CreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(message);
    }

    [Fact]
    public void CheckCharacterFor_EveryValue_RoundTrips()
    {
        // Every possible check value 0…30 is reachable and accepted back.
        var seen = new HashSet<char>();
        for (var serial = 0; serial < 2000 && seen.Count < 31; serial++)
        {
            var first17 = $"91140802M{serial:D8}";
            var check = CreditCode.CheckCharacterFor(first17);
            seen.Add(check);
            CreditCode.TryParse(first17 + check, out _, out var error).ShouldBeTrue(error);
        }
        seen.Count.ShouldBe(31);
    }

    [Fact]
    public void Parse_BadCode_Throws() => Should.Throw<FormatException>(() => CreditCode.Parse("123"));
}
