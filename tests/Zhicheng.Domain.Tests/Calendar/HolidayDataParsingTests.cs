using Zhicheng.Domain.Calendar;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Calendar;

/// <summary>The <c>holidays-cn.txt</c> format: a bad line fails the whole load, naming its line number.</summary>
public class HolidayDataParsingTests
{
    private const string Header = "# 测试数据\n年度 2030 国办发明电〔2029〕1号\n";

    [Fact]
    public void Parse_WellFormedText_BuildsCalendar()
    {
        var calendar = WorkingDayCalendar.Parse(
            Header + "放假 2030-01-01 元旦  # comment\r\n\t上班\t2030-01-05\t元旦\n\n"
            + "年度 2031 国办发明电〔2030〕2号\n放假 2030-12-31..2031-01-02 元旦\n");

        calendar.CoveredYears.ShouldBe([2030, 2031]);
        calendar.NoticeFor(2031).ShouldBe("国办发明电〔2030〕2号");
        calendar.HolidayName(D("2030-01-01")).ShouldBe("元旦");
        calendar.KindOf(D("2030-01-05")).ShouldBe(DayKind.MakeUpWorkday);
        calendar.HolidayName(D("2030-12-31")).ShouldBe("元旦", "a 2031 entry may start in the December before");
        calendar.KindOf(D("2031-01-03")).ShouldBe(DayKind.Workday);
    }

    [Theory]
    [InlineData("放假 2030-01-01 元旦 多余", 3, "应有3列", Label = "ExtraColumn")]
    [InlineData("放假 2030-01-01", 3, "应有3列", Label = "MissingName")]
    [InlineData("休息 2030-01-01 元旦", 3, "未知的种类“休息”", Label = "UnknownKind")]
    [InlineData("放假 2030-02-30 春节", 3, "日期“2030-02-30”无效", Label = "ImpossibleDate")]
    [InlineData("放假 2030/01/01 元旦", 3, "日期“2030/01/01”无效", Label = "WrongDateFormat")]
    [InlineData("放假 2030-10-07..2030-10-01 国庆节", 3, "结束日期2030-10-01早于开始日期2030-10-07", Label = "RangeBackwards")]
    [InlineData("放假 2030-10-01..2030-12-07 国庆节", 3, "超过15天", Label = "RangeMistypedMonth")]
    [InlineData("放假 2030-10-01.. 国庆节", 3, "日期“”无效", Label = "RangeWithoutEnd")]
    [InlineData("上班 2030-01-07 元旦", 3, "调休上班日2030-01-07是周一，只能是周六或周日", Label = "MakeUpOnMonday")]
    [InlineData("上班 2030-01-05..2030-01-06 元旦", 3, "上班行只能写一个日期", Label = "MakeUpRange")]
    [InlineData("放假 2031-01-01 元旦", 3, "2031-01-01不属于2030年度", Label = "DateInNextYear")]
    [InlineData("放假 2029-11-30 元旦", 3, "2029-11-30不属于2030年度", Label = "DateInPreviousNovember")]
    [InlineData("放假 2030-01-01 元旦\n上班 2030-01-05 元旦\n放假 2029-12-31..2030-01-01 元旦", 5, "2030-01-01已在第3行列出", Label = "DateListedTwice")]
    [InlineData("放假 2030-01-01 元旦\n年度 2030 国办发明电〔2029〕9号", 4, "2030年度已在第2行声明", Label = "YearDeclaredTwice")]
    [InlineData("放假 2030-01-01 元旦\n年度 30 国办发明电〔2029〕9号", 4, "年度“30”应为四位数年份", Label = "TwoDigitYear")]
    [InlineData("放假 2030-01-01 元旦\n年度 2031 国办发明电〔2030〕2号", 4, "2031年度没有任何放假或上班行", Label = "YearWithoutEntries")]
    public void Parse_BadLine_ThrowsNamingTheLine(string body, int line, string reason)
    {
        var error = Should.Throw<HolidayDataException>(() => WorkingDayCalendar.Parse(Header + body));

        error.LineNumber.ShouldBe(line);
        error.Message.ShouldContain($"节假日数据第{line}行");
        error.Message.ShouldContain($"Holiday data line {line}:");
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void Parse_EntryBeforeAnyYear_ThrowsNamingLineOne()
    {
        var error = Should.Throw<HolidayDataException>(() => WorkingDayCalendar.Parse("放假 2030-01-01 元旦\n"));
        error.LineNumber.ShouldBe(1);
        error.Message.ShouldContain("须先有年度行");
        error.Message.ShouldContain("“放假 2030-01-01 元旦”", Case.Sensitive, "the message quotes the line");
    }

    [Theory]
    [InlineData("", Label = "Empty")]
    [InlineData("# 只有注释\n\n", Label = "OnlyComments")]
    public void Parse_NoYear_ThrowsForWholeText(string text)
    {
        var error = Should.Throw<HolidayDataException>(() => WorkingDayCalendar.Parse(text));
        error.LineNumber.ShouldBe(0);
        error.Message.ShouldContain("没有任何年度行");
    }

    [Fact]
    public void Parse_ParsedCalendar_RefusesYearsItLacks() =>
        Should.Throw<UncoveredYearException>(() => WorkingDayCalendar.Parse(Header + "放假 2030-01-01 元旦").IsWorkingDay(D("2029-12-31")))
            .Year.ShouldBe(2029);
}
