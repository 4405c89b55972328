using Zhicheng.Domain.Integrity;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Integrity;

/// <summary>
/// <see cref="IntegrityPeriod"/> (N2024-4.4): active from the decision date until the same day three years later, that
/// day excluded; a record decided on 02-29 ends on 02-28. <see cref="IntegrityPeriod.ActiveSince"/> is the same rule
/// in the form a database query can use, and must agree with <see cref="IntegrityPeriod.IsActive"/> on every day.
/// </summary>
public class IntegrityPeriodTests
{
    private const int Years = 3;

    [Theory]
    [InlineData("2021-09-30", "2021-09-29", false, Label = "DayBeforeDecision_Inactive")]
    [InlineData("2021-09-30", "2021-09-30", true, Label = "DecisionDay_Active")]
    [InlineData("2021-09-30", "2024-09-29", true, Label = "LastDay_Active")]
    [InlineData("2021-09-30", "2024-09-30", false, Label = "ThreeYearsOn_Inactive")]
    [InlineData("2021-09-30", "2030-01-01", false, Label = "LongAfter_InactiveButKept")]
    [InlineData("2020-02-29", "2023-02-27", true, Label = "LeapDay_DayBeforeEnd_Active")]
    [InlineData("2020-02-29", "2023-02-28", false, Label = "LeapDay_EndsOnFebruary28")]
    [InlineData("2021-02-28", "2024-02-27", true, Label = "February28_IntoLeapYear_Active")]
    [InlineData("2021-02-28", "2024-02-28", false, Label = "February28_IntoLeapYear_EndsOn28")]
    [InlineData("2021-03-01", "2024-02-29", true, Label = "March1_LeapDayBeforeEnd_Active")]
    [InlineData("2021-03-01", "2024-03-01", false, Label = "March1_EndsOnMarch1")]
    public void IsActive_Table_ThreeYearsFromDecision(string decided, string on, bool active)
    {
        IntegrityPeriod.IsActive(D(decided), D(on), Years).ShouldBe(active);
        (D(decided) > IntegrityPeriod.ActiveSince(D(on), Years) && D(decided) <= D(on)).ShouldBe(active, "ActiveSince 与 IsActive 不一致");
    }

    [Theory]
    [InlineData("2021-09-30", 3, "2024-09-30")]
    [InlineData("2020-02-29", 3, "2023-02-28")]
    [InlineData("2020-02-29", 4, "2024-02-29")]
    public void EndsOn_Table_SameDayYearsLater(string decided, int years, string ends) =>
        IntegrityPeriod.EndsOn(D(decided), years).ShouldBe(D(ends));

    [Fact]
    public void ActiveSince_EveryDayOfFourYears_AgreesWithIsActive()
    {
        var decisions = Enumerable.Range(0, 4 * 366).Select(i => D("2019-12-01").AddDays(i)).ToList();
        for (var on = D("2022-12-01"); on <= D("2025-03-31"); on = on.AddDays(1))
        {
            var since = IntegrityPeriod.ActiveSince(on, Years);
            foreach (var decided in decisions)
            {
                (decided > since && decided <= on).ShouldBe(IntegrityPeriod.IsActive(decided, on, Years), $"decided {decided:yyyy-MM-dd} on {on:yyyy-MM-dd}");
            }
        }
    }
}
