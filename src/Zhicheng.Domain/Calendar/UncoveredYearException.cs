namespace Zhicheng.Domain.Calendar;

/// <summary>
/// Thrown when a working-day question needs a day in a year whose holiday notice is not in the data.
/// Such a day is never treated as an ordinary week: a wrong deadline is worse than none.
/// Check <see cref="WorkingDayCalendar.Covers(int)"/> or use the <c>Try…</c> methods to avoid it.
/// </summary>
public sealed class UncoveredYearException : InvalidOperationException
{
    public UncoveredYearException(int year, IReadOnlyCollection<int> coveredYears)
        : base(MessageFor(year, coveredYears))
    {
        Year = year;
    }

    /// <summary>The year that has no published holiday schedule in the data.</summary>
    public int Year { get; }

    private static string MessageFor(int year, IReadOnlyCollection<int> covered)
    {
        var zh = covered.Count == 0 ? "无" : string.Join("、", covered);
        var en = covered.Count == 0 ? "none" : string.Join(", ", covered);
        return $"未收录{year}年的节假日安排（国务院办公厅通知），无法判断工作日；已收录年份：{zh}。"
            + $" No holiday schedule for {year} is loaded, so its working days cannot be determined; covered years: {en}.";
    }
}
