using System.Globalization;
using Zhicheng.Domain.Plans;

namespace Zhicheng.Domain.Tests.Plans;

/// <summary>
/// Schedules for tests. <see cref="Valid"/> keeps every rule in <see cref="Year"/>: 申报 08-20…09-20, D 09-30,
/// 审核 10-08…10-31, 会议 11-14、11-15, 公示 11-18…11-24, 公布 12-20. <see cref="With"/> changes one date by its
/// field's path, written <c>MM-dd</c> (in <see cref="Year"/>) or <c>yyyy-MM-dd</c>; meetings as a comma list.
/// </summary>
public static class ASchedule
{
    public const int Year = 2025;

    public static WorkPlanSchedule Valid() => new(
        On("08-20"), On("09-20"), On("09-30"), On("10-08"), On("10-31"), [On("11-14"), On("11-15")], On("11-18"), On("11-24"), On("12-20"));

    /// <summary>The schedule with the field at <paramref name="path"/> set to <paramref name="date"/> (null: missing).</summary>
    public static WorkPlanSchedule With(this WorkPlanSchedule s, string path, string? date) => path switch
    {
        "applicationOpens" => s with { ApplicationOpens = Maybe(date) },
        "applicationCloses" => s with { ApplicationCloses = Maybe(date) },
        "materialDeadline" => s with { MaterialDeadline = Maybe(date) },
        "reviewStart" => s with { ReviewStart = Maybe(date) },
        "reviewEnd" => s with { ReviewEnd = Maybe(date) },
        "meetings" => s with { Meetings = date is null ? [] : [.. date.Split(',', StringSplitOptions.TrimEntries).Select(On)] },
        "publicityStart" => s with { PublicityStart = Maybe(date) },
        "publicityEnd" => s with { PublicityEnd = Maybe(date) },
        "resultsPublication" => s with { ResultsPublication = Maybe(date) },
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, null),
    };

    /// <summary>A date in <see cref="Year"/> (<c>MM-dd</c>) or any year (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly On(string date) =>
        DateOnly.ParseExact(date.Length == 5 ? $"{Year}-{date}" : date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Maybe(string? date) => date is null ? null : On(date);
}
