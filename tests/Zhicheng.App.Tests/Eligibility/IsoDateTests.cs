using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>The contract's dates: YYYY-MM-DD, and only days that exist.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2024-09-30", 2024, 9, 30)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    [InlineData(" 2024-01-01 ", 2024, 1, 1)]
    public void ValidDay_IsRead(string text, int year, int month, int day)
    {
        IsoDate.TryParse(text, out var date, out var error).ShouldBeTrue(text);
        date.ShouldBe(new DateOnly(year, month, day));
        error.ShouldBeNull();
    }

    [Theory]
    [InlineData("2019-02-30")]
    [InlineData("2019-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-09-00")]
    public void DayThatDoesNotExist_IsSaidSo(string text)
    {
        IsoDate.TryParse(text, out _, out var error).ShouldBeFalse(text);
        error.ShouldBe($"日期不存在：{text}");
    }

    [Theory]
    [InlineData("2024/09/30")]
    [InlineData("2024-9-30")]
    [InlineData("20240930")]
    [InlineData("30-09-2024")]
    [InlineData("2024-09-30T00:00:00")]
    [InlineData("2024年9月30日")]
    [InlineData("今天")]
    [InlineData("+024-09-30")]
    public void OtherShape_AsksForYyyyMmDd(string text)
    {
        IsoDate.TryParse(text, out _, out var error).ShouldBeFalse(text);
        error.ShouldBe($"日期格式应为 YYYY-MM-DD，实际为“{text}”");
    }
}
