using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>How a spreadsheet cell becomes the contract's text: dates, whole numbers and yes/no as people type them.</summary>
public sealed class SpreadsheetValuesTests
{
    [Theory]
    [InlineData("Iso", "2024-09-30", "2024-09-30")]
    [InlineData("IsoImpossibleIsKept", "2019-02-30", "2019-02-30")]
    [InlineData("Slashes", "2024/9/30", "2024-09-30")]
    [InlineData("Dots", "2024.9.30", "2024-09-30")]
    [InlineData("Chinese", "2024年9月30日", "2024-09-30")]
    [InlineData("Digits", "20240930", "2024-09-30")]
    [InlineData("DashesUnpadded", "2024-9-3", "2024-09-03")]
    [InlineData("LeapDay", "2024/2/29", "2024-02-29")]
    [InlineData("Trimmed", " 2024/9/30 ", "2024-09-30")]
    [InlineData("WordsAreKept", "九月底", "九月底")]
    [InlineData("DayFirstIsKept", "30/9/2024", "30/9/2024")]
    public void NormalizeDate(string @case, string cell, string expected) =>
        SpreadsheetValues.NormalizeDate(cell).ShouldBe(expected, @case);

    [Theory]
    [InlineData("Plain", "5", true, 5)]
    [InlineData("PointZero", "5.0", true, 5)]
    [InlineData("Spaces", " 2024 ", true, 2024)]
    [InlineData("Negative", "-1", true, -1)]
    [InlineData("Fraction", "5.5", false, 0)]
    [InlineData("Words", "五", false, 0)]
    [InlineData("WithUnit", "5年", false, 0)]
    [InlineData("TooLarge", "3000000000", false, 0)]
    public void TryInteger(string @case, string cell, bool ok, int expected)
    {
        SpreadsheetValues.TryInteger(cell, out var value).ShouldBe(ok, @case);
        if (ok)
        {
            value.ShouldBe(expected, @case);
        }
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("在职在岗", true)]
    [InlineData("在职", true)]
    [InlineData("离岗", false)]
    [InlineData("退休", false)]
    [InlineData(" n ", false)]
    public void TryFlag_ReadsYesAndNo(string cell, bool expected)
    {
        SpreadsheetValues.TryFlag(cell, out var value).ShouldBeTrue(cell);
        value.ShouldBe(expected, cell);
    }

    [Theory]
    [InlineData("不详")]
    [InlineData("")]
    [InlineData("对")]
    public void TryFlag_RefusesAnythingElse(string cell) => SpreadsheetValues.TryFlag(cell, out _).ShouldBeFalse(cell);

    public static TheoryData<string, object?, string?> Cells() => new()
    {
        { "Null", null, null },
        { "TextTrimmed", "  张三 ", "张三" },
        { "DateAtMidnight", new DateTime(2024, 9, 30), "2024-09-30" },
        { "DateWithTime", new DateTime(2024, 9, 30, 8, 30, 0), "2024-09-30 08:30:00" },
        { "WholeDouble", 2024d, "2024" },
        { "FractionalDouble", 4.5, "4.5" },
        { "True", true, "是" },
        { "False", false, "否" },
        { "Integer", 7, "7" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void CellText(string @case, object? value, string? expected) => SpreadsheetValues.CellText(value).ShouldBe(expected, @case);
}
