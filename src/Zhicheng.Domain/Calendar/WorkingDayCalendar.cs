namespace Zhicheng.Domain.Calendar;

/// <summary>
/// 工作日历 — mainland China's working days: Monday to Friday, less the days off (放假) and plus the
/// Saturdays and Sundays worked instead (调休上班) that the State Council General Office publishes each
/// year in 国务院办公厅关于…年部分节假日安排的通知. The published schedules are data
/// (<c>Calendar/holidays-cn.txt</c>, embedded); <see cref="China"/> is that data.
/// </summary>
/// <remarks>
/// <para>A question that needs a day in a year without a published schedule throws
/// <see cref="UncoveredYearException"/> (or the <c>Try…</c> form returns false): an unknown year is
/// never assumed to be an ordinary week. Only the days actually examined must be covered.</para>
/// <para>Counting conventions, each pinned by tests on both sides:
/// <see cref="AddWorkingDays"/> excludes the start day; <see cref="PublicityEnd"/> includes it;
/// <see cref="WorkingDaysBetween"/> includes both ends.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "Zhicheng.Domain.Calendar.holidays-cn.txt";
    private static readonly Lazy<WorkingDayCalendar> Embedded = new(LoadEmbedded);

    private readonly SortedDictionary<int, string> notices;
    private readonly Dictionary<DateOnly, ScheduledDay> days;

    internal WorkingDayCalendar(SortedDictionary<int, string> notices, Dictionary<DateOnly, ScheduledDay> days)
    {
        this.notices = notices;
        this.days = days;
        CoveredYears = [.. notices.Keys];
    }

    /// <summary>The published schedules shipped with the domain (<c>holidays-cn.txt</c>).</summary>
    public static WorkingDayCalendar China => Embedded.Value;

    /// <summary>Builds a calendar from text in the <c>holidays-cn.txt</c> format.</summary>
    /// <exception cref="HolidayDataException">The first bad line, by number.</exception>
    public static WorkingDayCalendar Parse(string text) => HolidayDataReader.Read(text);

    /// <summary>The years with a published schedule, ascending.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>Whether <paramref name="year"/>'s schedule is in the data, so its days can be answered.</summary>
    public bool Covers(int year) => notices.ContainsKey(year);

    /// <summary>The document number of the notice that publishes <paramref name="year"/>, e.g. 国办发明电〔2023〕7号.</summary>
    public string NoticeFor(int year) => notices.TryGetValue(year, out var notice) ? notice : throw Uncovered(year);

    /// <summary>What <paramref name="date"/> is: workday, weekend, holiday or make-up working day.</summary>
    /// <exception cref="UncoveredYearException">The date's year is not covered.</exception>
    public DayKind KindOf(DateOnly date) => TryKindOf(date, out var kind) ? kind : throw Uncovered(date.Year);

    /// <summary>True on a <see cref="DayKind.Workday"/> or a <see cref="DayKind.MakeUpWorkday"/>.</summary>
    /// <exception cref="UncoveredYearException">The date's year is not covered.</exception>
    public bool IsWorkingDay(DateOnly date) => IsWorking(KindOf(date));

    /// <summary>The holiday a day off belongs to, as the notice names it ("国庆节", "国庆节、中秋节");
    /// null on any other day, including a make-up working day (see <see cref="MakeUpFor"/>).</summary>
    /// <exception cref="UncoveredYearException">The date's year is not covered.</exception>
    public string? HolidayName(DateOnly date) => Listed(date) is { Kind: DayKind.Holiday } day ? day.Holiday : null;

    /// <summary>The holiday a make-up working day (调休上班) is worked for; null on any other day.</summary>
    /// <exception cref="UncoveredYearException">The date's year is not covered.</exception>
    public string? MakeUpFor(DateOnly date) => Listed(date) is { Kind: DayKind.MakeUpWorkday } day ? day.Holiday : null;

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>, the start day itself
    /// not counted whatever it is. Negative counts go back: −1 is the last working day before
    /// <paramref name="start"/>. Zero returns <paramref name="start"/> unchanged.
    /// Example: 5 working days after Mon 2024-09-30 is Sat 2024-10-12 (a make-up day).
    /// </summary>
    /// <exception cref="UncoveredYearException">A day passed over is in a year not covered.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days) =>
        TryWalk(start, days, out var result, out var uncovered) ? result : throw Uncovered(uncovered);

    /// <inheritdoc cref="AddWorkingDays"/>
    /// <returns>False, with <paramref name="result"/> default, when a day passed over is not covered.</returns>
    public bool TryAddWorkingDays(DateOnly start, int days, out DateOnly result) => TryWalk(start, days, out result, out _);

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days that starts on
    /// <paramref name="start"/> (公示期 "不少于N个工作日"): the start day is the first of them if it is a
    /// working day, otherwise the period begins on the next working day. The period includes the
    /// returned day. Example: 5 working days from Mon 2024-09-30 end Fri 2024-10-11.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    /// <exception cref="UncoveredYearException">A day in the period is in a year not covered.</exception>
    public DateOnly PublicityEnd(DateOnly start, int workingDays) =>
        TryPublicityEnd(start, workingDays, out var end, out var uncovered) ? end : throw Uncovered(uncovered);

    /// <inheritdoc cref="PublicityEnd"/>
    /// <returns>False, with <paramref name="end"/> default, when a day in the period is not covered.</returns>
    public bool TryPublicityEnd(DateOnly start, int workingDays, out DateOnly end) =>
        TryPublicityEnd(start, workingDays, out end, out _);

    /// <summary>The number of working days from <paramref name="first"/> to <paramref name="last"/>,
    /// both included; so <c>WorkingDaysBetween(start, PublicityEnd(start, n)) == n</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="UncoveredYearException">A day in the span is in a year not covered.</exception>
    public int WorkingDaysBetween(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, $"结束日期早于开始日期 {first} (last is before first).");
        }
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    private bool TryPublicityEnd(DateOnly start, int workingDays, out DateOnly end, out int uncovered)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        return TryWalk(start.AddDays(-1), workingDays, out end, out uncovered);
    }

    private bool TryWalk(DateOnly start, int count, out DateOnly result, out int uncovered)
    {
        var step = Math.Sign(count);
        var day = start;
        for (var left = Math.Abs((long)count); left > 0;)
        {
            day = day.AddDays(step);
            if (!TryKindOf(day, out var kind))
            {
                (result, uncovered) = (default, day.Year);
                return false;
            }
            left -= IsWorking(kind) ? 1 : 0;
        }
        (result, uncovered) = (day, 0);
        return true;
    }

    private bool TryKindOf(DateOnly date, out DayKind kind)
    {
        if (!Covers(date.Year))
        {
            kind = default;
            return false;
        }
        kind = days.TryGetValue(date, out var listed) ? listed.Kind
            : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend
            : DayKind.Workday;
        return true;
    }

    private ScheduledDay? Listed(DateOnly date)
    {
        _ = KindOf(date);
        return days.TryGetValue(date, out var listed) ? listed : null;
    }

    private static bool IsWorking(DayKind kind) => kind is DayKind.Workday or DayKind.MakeUpWorkday;

    private UncoveredYearException Uncovered(int year) => new(year, CoveredYears);

    private static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源 {ResourceName} (embedded resource missing).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
