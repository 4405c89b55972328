using Zhicheng.Domain.Calendar;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Calendar;

/// <summary>
/// The embedded data against the notices, item by item: 国办发明电〔2023〕7号 (2024),
/// 国办发明电〔2024〕12号 (2025), 国办发明电〔2025〕7号 (2026).
/// </summary>
public class PublishedScheduleTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2024-01-01", "2024-01-01", "元旦", Label = "2024_NewYear_OneDay")]
    [InlineData("2024-02-10", "2024-02-17", "春节", Label = "2024_SpringFestival_EightDays")]
    [InlineData("2024-04-04", "2024-04-06", "清明节", Label = "2024_Qingming")]
    [InlineData("2024-05-01", "2024-05-05", "劳动节", Label = "2024_LabourDay")]
    [InlineData("2024-06-10", "2024-06-10", "端午节", Label = "2024_DragonBoat_OneDay")]
    [InlineData("2024-09-15", "2024-09-17", "中秋节", Label = "2024_MidAutumn")]
    [InlineData("2024-10-01", "2024-10-07", "国庆节", Label = "2024_NationalDay")]
    [InlineData("2025-01-01", "2025-01-01", "元旦", Label = "2025_NewYear_Wednesday_NoSwap")]
    [InlineData("2025-01-28", "2025-02-04", "春节", Label = "2025_SpringFestival_FromEve")]
    [InlineData("2025-04-04", "2025-04-06", "清明节", Label = "2025_Qingming")]
    [InlineData("2025-05-01", "2025-05-05", "劳动节", Label = "2025_LabourDay")]
    [InlineData("2025-05-31", "2025-06-02", "端午节", Label = "2025_DragonBoat_AcrossMonths")]
    [InlineData("2025-10-01", "2025-10-08", "国庆节、中秋节", Label = "2025_NationalDayAndMidAutumn_Merged")]
    [InlineData("2026-01-01", "2026-01-03", "元旦", Label = "2026_NewYear_ThreeDays")]
    [InlineData("2026-02-15", "2026-02-23", "春节", Label = "2026_SpringFestival_NineDays")]
    [InlineData("2026-04-04", "2026-04-06", "清明节", Label = "2026_Qingming")]
    [InlineData("2026-05-01", "2026-05-05", "劳动节", Label = "2026_LabourDay")]
    [InlineData("2026-06-19", "2026-06-21", "端午节", Label = "2026_DragonBoat")]
    [InlineData("2026-09-25", "2026-09-27", "中秋节", Label = "2026_MidAutumn")]
    [InlineData("2026-10-01", "2026-10-07", "国庆节", Label = "2026_NationalDay")]
    public void HolidayName_EveryDayOfPublishedPeriod_IsThatHolidayAndNotWorking(string first, string last, string name)
    {
        for (var day = D(first); day <= D(last); day = day.AddDays(1))
        {
            China.KindOf(day).ShouldBe(DayKind.Holiday, day.ToString());
            China.IsWorkingDay(day).ShouldBeFalse(day.ToString());
            China.HolidayName(day).ShouldBe(name);
            China.MakeUpFor(day).ShouldBeNull();
        }
        foreach (var outside in new[] { D(first).AddDays(-1), D(last).AddDays(1) }.Where(d => China.Covers(d.Year)))
        {
            China.HolidayName(outside).ShouldBeNull($"{outside} lies outside {first}..{last}");
        }
    }

    [Theory]
    [InlineData("2024-02-04", "春节", Label = "2024_SpringFestival_SundayBefore")]
    [InlineData("2024-02-18", "春节", Label = "2024_SpringFestival_SundayAfter")]
    [InlineData("2024-04-07", "清明节", Label = "2024_Qingming_Sunday")]
    [InlineData("2024-04-28", "劳动节", Label = "2024_LabourDay_SundayBefore")]
    [InlineData("2024-05-11", "劳动节", Label = "2024_LabourDay_SaturdayAfter")]
    [InlineData("2024-09-14", "中秋节", Label = "2024_MidAutumn_Saturday")]
    [InlineData("2024-09-29", "国庆节", Label = "2024_NationalDay_SundayBefore")]
    [InlineData("2024-10-12", "国庆节", Label = "2024_NationalDay_SaturdayAfter")]
    [InlineData("2025-01-26", "春节", Label = "2025_SpringFestival_SundayBefore")]
    [InlineData("2025-02-08", "春节", Label = "2025_SpringFestival_SaturdayAfter")]
    [InlineData("2025-04-27", "劳动节", Label = "2025_LabourDay_Sunday")]
    [InlineData("2025-09-28", "国庆节、中秋节", Label = "2025_NationalDay_SundayBefore")]
    [InlineData("2025-10-11", "国庆节、中秋节", Label = "2025_NationalDay_SaturdayAfter")]
    [InlineData("2026-01-04", "元旦", Label = "2026_NewYear_Sunday")]
    [InlineData("2026-02-14", "春节", Label = "2026_SpringFestival_SaturdayBefore")]
    [InlineData("2026-02-28", "春节", Label = "2026_SpringFestival_SaturdayAfter")]
    [InlineData("2026-05-09", "劳动节", Label = "2026_LabourDay_Saturday")]
    [InlineData("2026-09-20", "国庆节", Label = "2026_NationalDay_SundayBefore")]
    [InlineData("2026-10-10", "国庆节", Label = "2026_NationalDay_SaturdayAfter")]
    public void IsWorkingDay_PublishedMakeUpWeekend_IsTrue(string date, string holiday)
    {
        D(date).DayOfWeek.ShouldBeOneOf(DayOfWeek.Saturday, DayOfWeek.Sunday);
        China.KindOf(D(date)).ShouldBe(DayKind.MakeUpWorkday);
        China.IsWorkingDay(D(date)).ShouldBeTrue();
        China.MakeUpFor(D(date)).ShouldBe(holiday);
        China.HolidayName(D(date)).ShouldBeNull();
    }

    /// <summary>Guards the data against a line added or lost: days off and make-up days per year, and the
    /// working days they leave (counted independently from the notices' items, not a published figure).</summary>
    [Theory]
    [InlineData(2024, 28, 8, 251)]
    [InlineData(2025, 28, 5, 248)]
    [InlineData(2026, 33, 6, 248)]
    public void KindOf_WholeYear_MatchesNoticeTotals(int year, int daysOff, int makeUpDays, int workingDays)
    {
        var kinds = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(i => China.KindOf(new DateOnly(year, 1, 1).AddDays(i)))
            .ToList();
        kinds.Count(k => k == DayKind.Holiday).ShouldBe(daysOff);
        kinds.Count(k => k == DayKind.MakeUpWorkday).ShouldBe(makeUpDays);
        China.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).ShouldBe(workingDays);
    }

    [Theory]
    [InlineData("2024-02-09", DayKind.Workday, Label = "2024_NewYearsEve_OnlyEncouragedOff_IsWorkday")]
    [InlineData("2024-06-08", DayKind.Weekend, Label = "2024_DragonBoat_JoinedWeekend_IsPlainWeekend")]
    [InlineData("2024-12-31", DayKind.Workday, Label = "2024_LastDay_Tuesday")]
    [InlineData("2025-01-27", DayKind.Workday, Label = "2025_DayBeforeEve_Workday")]
    [InlineData("2025-02-09", DayKind.Weekend, Label = "2025_SundayAfterMakeUpSaturday")]
    [InlineData("2025-10-09", DayKind.Workday, Label = "2025_FirstDayBackAfterNationalDay")]
    [InlineData("2026-01-05", DayKind.Workday, Label = "2026_MondayAfterMakeUpSunday")]
    [InlineData("2026-02-24", DayKind.Workday, Label = "2026_FirstDayBackAfterSpringFestival")]
    [InlineData("2026-12-31", DayKind.Workday, Label = "2026_LastDay_Thursday")]
    public void KindOf_DayNoNoticeNames_IsTheWeekday(string date, DayKind kind)
    {
        China.KindOf(D(date)).ShouldBe(kind);
        China.HolidayName(D(date)).ShouldBeNull();
        China.MakeUpFor(D(date)).ShouldBeNull();
    }

    [Theory]
    [InlineData(2024, "国办发明电〔2023〕7号")]
    [InlineData(2025, "国办发明电〔2024〕12号")]
    [InlineData(2026, "国办发明电〔2025〕7号")]
    public void NoticeFor_CoveredYear_IsItsDocumentNumber(int year, string notice) =>
        China.NoticeFor(year).ShouldBe(notice);

    [Fact]
    public void CoveredYears_EmbeddedData_Are2024To2026() => China.CoveredYears.ShouldBe([2024, 2025, 2026]);

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    [InlineData(2026, true)]
    [InlineData(2027, false)]
    public void Covers_Year_OnlyYearsWithNotice(int year, bool covered) => China.Covers(year).ShouldBe(covered);

    [Theory]
    [InlineData("2023-12-31", 2023, Label = "DayBeforeFirstCoveredYear")]
    [InlineData("2027-01-01", 2027, Label = "DayAfterLastCoveredYear")]
    [InlineData("2027-01-04", 2027, Label = "OrdinaryMondayInUncoveredYear")]
    public void Queries_UncoveredYear_ThrowNamingTheYear(string date, int year)
    {
        Action[] queries =
        [
            () => China.IsWorkingDay(D(date)),
            () => China.KindOf(D(date)),
            () => China.HolidayName(D(date)),
            () => China.MakeUpFor(D(date)),
            () => China.NoticeFor(D(date).Year),
        ];
        foreach (var query in queries)
        {
            var error = Should.Throw<UncoveredYearException>(query);
            error.Year.ShouldBe(year);
            error.Message.ShouldContain($"未收录{year}年的节假日安排");
            error.Message.ShouldContain($"No holiday schedule for {year} is loaded");
            error.Message.ShouldContain("2024、2025、2026");
        }
    }
}
