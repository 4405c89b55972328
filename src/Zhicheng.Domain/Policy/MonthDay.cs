namespace Zhicheng.Domain.Policy;

/// <summary>A day of the year without a year (12-31, 11-30), as notices state their cut-offs.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public override string ToString() => $"{Month}月{Day}日";
}
