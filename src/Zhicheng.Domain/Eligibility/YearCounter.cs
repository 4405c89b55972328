using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// Counts years under I-1: from a start date to the cut-off C of year Y (12-31, N2024-3.2a), both days
/// included, in whole calendar years. Each calendar year after the start year, up to and including Y,
/// adds one if it counts. The start year adds one only when the start date is 01-01 (and that year
/// counts); any later start date leaves a part-year that never adds up to a year. Years are never split
/// otherwise, so leap days change nothing.
/// </summary>
public static class YearCounter
{
    /// <summary>Work years (工作年限): I-1 without assessment exclusions.</summary>
    public static int WorkYears(DateOnly start, int year, PolicySettings settings)
    {
        if (start.Year > year)
        {
            return 0;
        }
        var full = year - start.Year;
        if (StartsWholeYear(start, settings))
        {
            full++;
        }
        return full;
    }

    /// <summary>
    /// Tenure (任职年限) at the current level, counted to 12-31 of <paramref name="year"/>, with the
    /// years the history excludes listed. With <paramref name="year"/> beyond the history's Y, the years
    /// after Y are presumed to count.
    /// </summary>
    public static TenureCount Tenure(DateOnly obtainedOn, int year, AssessmentHistory history, PolicySettings settings)
    {
        if (obtainedOn.Year > year)
        {
            return new TenureCount(0, []);
        }
        var full = 0;
        List<ExcludedYear>? excluded = null;
        var first = obtainedOn.Year + 1;
        if (StartsWholeYear(obtainedOn, settings))
        {
            first = obtainedOn.Year;
        }
        for (var y = first; y <= year; y++)
        {
            var standing = history.Standing(y);
            if (standing == YearStanding.Counts)
            {
                full++;
            }
            else
            {
                (excluded ??= []).Add(new ExcludedYear(y, standing, history.GradeOf(y)));
            }
        }
        return new TenureCount(full, excluded ?? (IReadOnlyList<ExcludedYear>)[]);
    }

    private static bool StartsWholeYear(DateOnly start, PolicySettings settings) =>
        settings.JanuaryFirstCountsWholeYear && start.Month == 1 && start.Day == 1;
}

/// <summary>Full counted years and the years left out, with why.</summary>
public sealed record TenureCount(int FullYears, IReadOnlyList<ExcludedYear> Excluded);

/// <summary>A year not counted toward tenure: a non-counting grade (N2024-3.3b) or no record (I-2).</summary>
public sealed record ExcludedYear(int Year, YearStanding Standing, AssessmentGrade? Grade);
