using System.Globalization;

namespace Zhicheng.Domain.Calendar;

/// <summary>
/// Reads the line format of <c>holidays-cn.txt</c> (described in that file's header) and fails on the
/// first bad line with a <see cref="HolidayDataException"/> naming it: a calendar built from a typo
/// would move deadlines silently.
/// </summary>
internal static class HolidayDataReader
{
    private const string YearKeyword = "年度";
    private const string OffKeyword = "放假";
    private const string WorkKeyword = "上班";
    private const string RangeSeparator = "..";

    /// <summary>Longer than any published period (the longest so far is 9 days); catches a mistyped end date.</summary>
    private const int LongestPeriodDays = 15;

    public static WorkingDayCalendar Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notices = new SortedDictionary<int, string>();
        var days = new Dictionary<DateOnly, (ScheduledDay Day, int Line)>();
        var entriesPerYear = new Dictionary<int, (int Line, int Entries)>();
        int? currentYear = null;

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var raw = lines[i].TrimEnd('\r');
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var content = hash < 0 ? raw : raw[..hash];
            var columns = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                continue;
            }

            HolidayDataException Fail(string zh, string en) => new(number, zh, en, raw);

            if (columns.Length != 3)
            {
                throw Fail($"应有3列（种类、日期或年份、名称），实际为{columns.Length}列",
                    $"expected 3 columns (kind, date or year, name), found {columns.Length}");
            }
            switch (columns[0])
            {
                case YearKeyword:
                    if (columns[1].Length != 4 || !columns[1].All(char.IsAsciiDigit))
                    {
                        throw Fail($"年度“{columns[1]}”应为四位数年份", $"year '{columns[1]}' must be four digits");
                    }
                    var year = int.Parse(columns[1], CultureInfo.InvariantCulture);
                    if (entriesPerYear.TryGetValue(year, out var earlier))
                    {
                        throw Fail($"{year}年度已在第{earlier.Line}行声明", $"year {year} was already declared on line {earlier.Line}");
                    }
                    notices[year] = columns[2];
                    entriesPerYear[year] = (number, 0);
                    currentYear = year;
                    break;

                case OffKeyword or WorkKeyword:
                    if (currentYear is not { } noticeYear)
                    {
                        throw Fail("放假或上班行之前须先有年度行", "a 放假 or 上班 line must follow a 年度 line");
                    }
                    var kind = columns[0] == OffKeyword ? DayKind.Holiday : DayKind.MakeUpWorkday;
                    var (first, last) = ReadDates(columns[1], kind, Fail);
                    CheckYear(first, noticeYear, Fail);
                    CheckYear(last, noticeYear, Fail);
                    for (var day = first; day <= last; day = day.AddDays(1))
                    {
                        if (days.TryGetValue(day, out var listed))
                        {
                            throw Fail($"{Iso(day)}已在第{listed.Line}行列出", $"{Iso(day)} is already listed on line {listed.Line}");
                        }
                        days[day] = (new ScheduledDay(kind, columns[2]), number);
                    }
                    entriesPerYear[noticeYear] = entriesPerYear[noticeYear] with { Entries = entriesPerYear[noticeYear].Entries + 1 };
                    break;

                default:
                    throw Fail($"未知的种类“{columns[0]}”，应为年度、放假或上班",
                        $"unknown kind '{columns[0]}'; expected 年度, 放假 or 上班");
            }
        }

        if (notices.Count == 0)
        {
            throw new HolidayDataException(0, "没有任何年度行", "no 年度 (year) line");
        }
        foreach (var (year, (line, entries)) in entriesPerYear)
        {
            if (entries == 0)
            {
                throw new HolidayDataException(line, $"{year}年度没有任何放假或上班行", $"year {year} has no 放假 or 上班 lines");
            }
        }
        return new WorkingDayCalendar(notices, days.ToDictionary(p => p.Key, p => p.Value.Day));
    }

    private static (DateOnly First, DateOnly Last) ReadDates(
        string column, DayKind kind, Func<string, string, HolidayDataException> fail)
    {
        var separator = column.IndexOf(RangeSeparator, StringComparison.Ordinal);
        if (separator >= 0 && kind == DayKind.MakeUpWorkday)
        {
            throw fail("上班行只能写一个日期，每个调休上班日一行", "a 上班 line takes one date; write one line per make-up day");
        }
        var first = ReadDate(separator < 0 ? column : column[..separator], fail);
        var last = separator < 0 ? first : ReadDate(column[(separator + RangeSeparator.Length)..], fail);
        if (last < first)
        {
            throw fail($"结束日期{Iso(last)}早于开始日期{Iso(first)}", $"end {Iso(last)} is before start {Iso(first)}");
        }
        if (last.DayNumber - first.DayNumber + 1 > LongestPeriodDays)
        {
            throw fail($"放假期间超过{LongestPeriodDays}天，请核对结束日期", $"a period longer than {LongestPeriodDays} days; check the end date");
        }
        if (kind == DayKind.MakeUpWorkday && first.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw fail($"调休上班日{Iso(first)}是{Weekday(first)}，只能是周六或周日",
                $"make-up working day {Iso(first)} is a {first.DayOfWeek}; it must be a Saturday or Sunday");
        }
        return (first, last);
    }

    private static DateOnly ReadDate(string text, Func<string, string, HolidayDataException> fail) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw fail($"日期“{text}”无效，应为yyyy-MM-dd", $"date '{text}' is not a valid yyyy-MM-dd date");

    /// <summary>An entry lies in its notice's year, or in the December before it (元旦 has begun on 12-31).</summary>
    private static void CheckYear(DateOnly date, int noticeYear, Func<string, string, HolidayDataException> fail)
    {
        if (date.Year != noticeYear && !(date.Year == noticeYear - 1 && date.Month == 12))
        {
            throw fail($"{Iso(date)}不属于{noticeYear}年度（只能在该年或上一年12月）",
                $"{Iso(date)} is outside year {noticeYear} (allowed: that year, or the December before)");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Weekday(DateOnly date) => "周" + "日一二三四五六"[(int)date.DayOfWeek];
}
