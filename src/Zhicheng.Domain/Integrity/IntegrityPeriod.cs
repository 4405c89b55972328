using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Integrity;

/// <summary>
/// 诚信档案 记录期 (N2024-4.4): a record is active from its decision date until the same day
/// <see cref="PolicySettings.IntegrityRecordYears"/> years later, that day excluded — so a record decided 2021-09-30 is no
/// longer active on 2024-09-30 (the contract's reading). Inactive records are kept, never deleted.
/// </summary>
public static class IntegrityPeriod
{
    /// <summary>The first day the record is no longer active (02-29 plus whole years ends on 02-28).</summary>
    public static DateOnly EndsOn(DateOnly decidedOn, int years) => decidedOn.AddYears(years);

    public static bool IsActive(DateOnly decidedOn, DateOnly on, int years) => on >= decidedOn && on < EndsOn(decidedOn, years);

    /// <summary>
    /// The same rule as a range a query can use: on <paramref name="on"/>, exactly the records decided after this day and
    /// on or before <paramref name="on"/> are active. It is <c>on − years</c>, one day later when that day's record
    /// would already have ended (a record decided on 02-29 ends on 02-28, so on 2023-02-28 it is 2020-02-29).
    /// </summary>
    public static DateOnly ActiveSince(DateOnly on, int years)
    {
        var since = on.AddYears(-years);
        return EndsOn(since.AddDays(1), years) <= on ? since.AddDays(1) : since;
    }
}
