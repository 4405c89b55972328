using Zhicheng.Domain.Calendar;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Calendar;

/// <summary>
/// Counting conventions: <see cref="WorkingDayCalendar.AddWorkingDays"/> excludes the start day,
/// <see cref="WorkingDayCalendar.PublicityEnd"/> includes it, <see cref="WorkingDayCalendar.WorkingDaysBetween"/>
/// includes both ends. Expected dates were checked against an independent model of the notices.
/// </summary>
public class WorkingDayArithmeticTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2024-09-30", 5, "2024-10-12", Label = "AcrossNationalDay_EndsOnMakeUpSaturday")]
    [InlineData("2024-02-08", 1, "2024-02-09", Label = "NewYearsEve_IsAWorkingDay")]
    [InlineData("2024-02-08", 2, "2024-02-18", Label = "AcrossSpringFestival_LandsOnMakeUpSunday")]
    [InlineData("2024-04-03", 1, "2024-04-07", Label = "AcrossQingming_LandsOnMakeUpSunday")]
    [InlineData("2024-04-26", 1, "2024-04-28", Label = "FridayBeforeMakeUpSunday")]
    [InlineData("2024-04-26", 2, "2024-04-29", Label = "MakeUpSundayCounted")]
    [InlineData("2024-05-10", 1, "2024-05-11", Label = "FridayBeforeMakeUpSaturday")]
    [InlineData("2025-01-24", 2, "2025-01-27", Label = "2025_MakeUpSundayBeforeSpringFestival")]
    [InlineData("2025-09-26", 1, "2025-09-28", Label = "2025_MakeUpSundayBeforeNationalDay")]
    [InlineData("2025-09-30", 1, "2025-10-09", Label = "2025_EightDayNationalDay_Skipped")]
    [InlineData("2026-02-13", 1, "2026-02-14", Label = "2026_MakeUpSaturdayBeforeSpringFestival")]
    [InlineData("2026-02-13", 2, "2026-02-24", Label = "2026_NineDaySpringFestival_Skipped")]
    [InlineData("2026-02-27", 1, "2026-02-28", Label = "2026_MakeUpSaturdayAfterSpringFestival")]
    [InlineData("2024-12-31", 1, "2025-01-02", Label = "AcrossYearEnd_2025NewYearSkipped")]
    [InlineData("2025-12-31", 1, "2026-01-04", Label = "AcrossYearEnd_2026MakeUpSunday")]
    [InlineData("2025-12-31", 2, "2026-01-05", Label = "AcrossYearEnd_ThenMonday")]
    [InlineData("2024-10-05", 0, "2024-10-05", Label = "Zero_ReturnsStartEvenOnHoliday")]
    [InlineData("2025-01-02", -1, "2024-12-31", Label = "Backwards_AcrossYearEnd")]
    [InlineData("2025-10-09", -1, "2025-09-30", Label = "Backwards_AcrossNationalDay")]
    [InlineData("2026-10-08", -2, "2026-09-29", Label = "Backwards_TwoDays")]
    [InlineData("2024-02-19", -1, "2024-02-18", Label = "Backwards_MakeUpSundayCounted")]
    [InlineData("2024-02-19", -2, "2024-02-09", Label = "Backwards_AcrossSpringFestival")]
    public void AddWorkingDays_Table_StartNotCounted(string start, int days, string expected)
    {
        China.AddWorkingDays(D(start), days).ShouldBe(D(expected));
        China.TryAddWorkingDays(D(start), days, out var result).ShouldBeTrue();
        result.ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("2024-09-30", 5, "2024-10-11", Label = "StartIsWorkingDay_CountsAsFirst")]
    [InlineData("2024-10-01", 1, "2024-10-08", Label = "StartOnHoliday_PeriodBeginsNextWorkingDay")]
    [InlineData("2024-10-05", 5, "2024-10-12", Label = "StartOnHoliday_EndsOnMakeUpSaturday")]
    [InlineData("2024-02-09", 1, "2024-02-09", Label = "OneDay_IsTheStartItself")]
    [InlineData("2024-02-09", 2, "2024-02-18", Label = "AcrossSpringFestival")]
    [InlineData("2026-01-01", 1, "2026-01-04", Label = "StartOnNewYear_FirstDayIsMakeUpSunday")]
    [InlineData("2026-01-03", 2, "2026-01-05", Label = "StartOnLastHoliday")]
    [InlineData("2026-09-18", 7, "2026-09-28", Label = "2026_AcrossMidAutumnWithMakeUpSunday")]
    [InlineData("2024-09-13", 20, "2024-10-16", Label = "TwentyDays_AcrossMidAutumnAndNationalDay")]
    [InlineData("2025-05-06", 15, "2025-05-26", Label = "FifteenDays_AfterLabourDay")]
    [InlineData("2025-02-05", 5, "2025-02-10", Label = "MakeUpSaturdayInside")]
    [InlineData("2024-12-25", 7, "2025-01-03", Label = "AcrossYearEnd_2025")]
    [InlineData("2025-12-25", 7, "2026-01-05", Label = "AcrossYearEnd_2026")]
    public void PublicityEnd_Table_StartCounted(string start, int workingDays, string expected)
    {
        China.PublicityEnd(D(start), workingDays).ShouldBe(D(expected));
        China.TryPublicityEnd(D(start), workingDays, out var end).ShouldBeTrue();
        end.ShouldBe(D(expected));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void PublicityEnd_LessThanOneDay_Throws(int workingDays) =>
        Should.Throw<ArgumentOutOfRangeException>(() => China.PublicityEnd(D("2024-09-30"), workingDays));

    [Theory]
    [InlineData("2024-10-01", "2024-10-07", 0, Label = "WholeHoliday_None")]
    [InlineData("2024-09-30", "2024-10-12", 6, Label = "AroundNationalDay_BothEndsCounted")]
    [InlineData("2024-12-30", "2025-01-03", 4, Label = "AcrossYearEnd_2025")]
    [InlineData("2025-12-29", "2026-01-04", 4, Label = "AcrossYearEnd_2026_MakeUpSundayCounted")]
    [InlineData("2026-02-14", "2026-02-28", 6, Label = "SpringFestival_BothMakeUpSaturdays")]
    [InlineData("2025-10-11", "2025-10-11", 1, Label = "SingleMakeUpDay")]
    [InlineData("2025-10-12", "2025-10-12", 0, Label = "SingleSunday")]
    [InlineData("2024-01-01", "2026-12-31", 747, Label = "AllCoveredYears")]
    public void WorkingDaysBetween_Table_BothEndsIncluded(string first, string last, int expected) =>
        China.WorkingDaysBetween(D(first), D(last)).ShouldBe(expected);

    [Fact]
    public void WorkingDaysBetween_LastBeforeFirst_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => China.WorkingDaysBetween(D("2024-10-02"), D("2024-10-01")));

    [Fact]
    public void Conventions_EveryStartInCoveredYears_AgreeWithEachOther()
    {
        for (var start = D("2024-01-01"); start <= D("2026-11-30"); start = start.AddDays(1))
        {
            foreach (var n in new[] { 1, 5, 10 })
            {
                var end = China.PublicityEnd(start, n);
                China.IsWorkingDay(end).ShouldBeTrue($"{start}+{n}");
                China.WorkingDaysBetween(start, end).ShouldBe(n, $"{start}+{n}");
                China.AddWorkingDays(start, n).ShouldBe(China.PublicityEnd(start.AddDays(1), n), $"{start}+{n}");
                if (China.IsWorkingDay(start))
                {
                    China.AddWorkingDays(China.AddWorkingDays(start, n), -n).ShouldBe(start, $"{start}±{n}");
                }
            }
        }
    }

    [Theory]
    [InlineData("2026-12-30", 5, 2027, Label = "Forward_IntoUncovered2027")]
    [InlineData("2026-12-31", 1, 2027, Label = "Forward_FirstStepUncovered")]
    [InlineData("2024-01-02", -1, 2023, Label = "Backward_PastHolidayInto2023")]
    public void AddWorkingDays_CrossingIntoUncoveredYear_ThrowsOrTryFails(string start, int days, int year)
    {
        Should.Throw<UncoveredYearException>(() => China.AddWorkingDays(D(start), days)).Year.ShouldBe(year);
        China.TryAddWorkingDays(D(start), days, out var result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Theory]
    [InlineData("2026-12-25", 4, "2026-12-30", Label = "EndsInsideCoveredYear_Answers")]
    [InlineData("2026-12-25", 5, "2026-12-31", Label = "EndsOnLastCoveredDay_Answers")]
    public void PublicityEnd_UpToLastCoveredDay_Answers(string start, int days, string expected) =>
        China.PublicityEnd(D(start), days).ShouldBe(D(expected));

    [Fact]
    public void PublicityEnd_OneDayPastLastCoveredDay_ThrowsOrTryFails()
    {
        Should.Throw<UncoveredYearException>(() => China.PublicityEnd(D("2026-12-25"), 6)).Year.ShouldBe(2027);
        China.TryPublicityEnd(D("2026-12-25"), 6, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2023-12-31", 1, "2024-01-02", Label = "StartInUncoveredYear_NotExamined")]
    [InlineData("2027-03-01", 0, "2027-03-01", Label = "ZeroDays_ExaminesNothing")]
    public void AddWorkingDays_StartDayNotExamined_AnswersFromUncoveredStart(string start, int days, string expected) =>
        China.AddWorkingDays(D(start), days).ShouldBe(D(expected));

    [Fact]
    public void PublicityEnd_StartInUncoveredYear_Throws() =>
        Should.Throw<UncoveredYearException>(() => China.PublicityEnd(D("2023-12-31"), 1)).Year.ShouldBe(2023);

    [Fact]
    public void WorkingDaysBetween_SpanReachingUncoveredYear_Throws() =>
        Should.Throw<UncoveredYearException>(() => China.WorkingDaysBetween(D("2026-12-01"), D("2027-01-01"))).Year.ShouldBe(2027);
}
