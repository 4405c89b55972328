using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary><see cref="YearCounter"/> arithmetic under I-1, without the engine.</summary>
public class YearCounterTests
{
    private static readonly PolicySettings Settings = PolicyVersion.N2024.Settings;

    private static AssessmentHistory History(int year, bool exempt = false, PolicySettings? settings = null, params (int Year, AssessmentGrade Grade)[] grades) =>
        new([.. grades.Select(g => new AnnualAssessment(g.Year, g.Grade))], year, exempt, settings ?? Settings);

    private static AssessmentHistory Exempt(int year) => History(year, exempt: true);

    [Theory]
    [InlineData("2012-07-01", 2024, 12, Label = "WorkYears_MidYearStart")]
    [InlineData("2012-01-01", 2024, 13, Label = "WorkYears_JanuaryFirstStart_CountsStartYear")]
    [InlineData("2012-01-02", 2024, 12, Label = "WorkYears_JanuarySecondStart")]
    [InlineData("2011-12-31", 2024, 13, Label = "WorkYears_December31Start_StartYearDoesNotCount")]
    [InlineData("2024-01-01", 2024, 1, Label = "WorkYears_JanuaryFirstOfY_One")]
    [InlineData("2024-12-31", 2024, 0, Label = "WorkYears_OnC_None")]
    [InlineData("2025-01-01", 2024, 0, Label = "WorkYears_AfterY_None")]
    [InlineData("2020-02-29", 2024, 4, Label = "WorkYears_LeapDayStart_ChangesNothing")]
    public void WorkYears_To(string start, int year, int expected)
    {
        YearCounter.WorkYears(D(start), year, Settings).ShouldBe(expected);
    }

    [Fact]
    public void WorkYears_JanuaryFirstSettingOff_StartYearNeverCounts()
    {
        YearCounter.WorkYears(D("2012-01-01"), 2024, Settings with { JanuaryFirstCountsWholeYear = false }).ShouldBe(12);
    }

    [Theory]
    [InlineData("2019-06-30", 5)]
    [InlineData("2019-12-31", 5)]
    [InlineData("2020-01-01", 5)]
    [InlineData("2020-01-02", 4)]
    [InlineData("2020-02-29", 4)]
    [InlineData("2024-01-01", 1)]
    [InlineData("2024-01-02", 0)]
    [InlineData("2026-01-01", 0)]
    public void Tenure_EveryYearCounting_FullYearsToDecember31OfY(string obtainedOn, int expected)
    {
        var count = YearCounter.Tenure(D(obtainedOn), 2024, Exempt(2024), Settings);

        count.FullYears.ShouldBe(expected);
        count.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void Tenure_ExcludedYears_CarryTheirStandingAndGrade()
    {
        var history = History(2024, grades:
        [
            (2020, AssessmentGrade.Qualified), (2021, AssessmentGrade.BasicallyQualified), (2023, AssessmentGrade.Excellent),
        ]);

        var count = YearCounter.Tenure(D("2019-06-30"), 2024, history, Settings);

        count.FullYears.ShouldBe(3);
        count.Excluded.ShouldBe(
        [
            new ExcludedYear(2021, YearStanding.NonCountingGrade, AssessmentGrade.BasicallyQualified),
            new ExcludedYear(2022, YearStanding.NoRecord, null),
        ]);
    }

    [Fact]
    public void Tenure_JanuaryFirstOfNonCountingYear_ThatYearIsExcluded()
    {
        var history = History(2024, grades: [(2020, AssessmentGrade.Unqualified), (2021, AssessmentGrade.Qualified), (2022, AssessmentGrade.Qualified), (2023, AssessmentGrade.Qualified)]);

        var count = YearCounter.Tenure(D("2020-01-01"), 2024, history, Settings);

        count.FullYears.ShouldBe(4);
        count.Excluded.ShouldHaveSingleItem().Year.ShouldBe(2020);
    }

    [Fact]
    public void Tenure_PartStartYear_IsNeverExcludedNorCounted()
    {
        var history = History(2024, grades: [(2019, AssessmentGrade.Unqualified), (2020, AssessmentGrade.Qualified), (2021, AssessmentGrade.Qualified), (2022, AssessmentGrade.Qualified), (2023, AssessmentGrade.Qualified)]);

        var count = YearCounter.Tenure(D("2019-06-30"), 2024, history, Settings);

        count.FullYears.ShouldBe(5);
        count.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void Tenure_BeyondTheHistorysYear_LaterYearsArePresumedToCount()
    {
        var history = History(2024, grades: [(2022, AssessmentGrade.Qualified), (2023, AssessmentGrade.Unqualified)]);

        var count = YearCounter.Tenure(D("2021-06-30"), 2027, history, Settings);

        // 2022 counts, 2023 does not, 2024 (ungraded Y) and 2025–2027 (after Y) count.
        count.FullYears.ShouldBe(5);
        count.Excluded.Select(e => e.Year).ShouldBe([2023]);
    }

    [Theory]
    [InlineData(2016, 2024)]
    [InlineData(2020, 2028)]
    public void Tenure_AcrossALeapYear_EqualsTheNumberOfLaterYears(int obtainedYear, int year)
    {
        foreach (var day in new[] { "-02-28", "-02-29", "-03-01", "-12-31" })
        {
            YearCounter.Tenure(D(obtainedYear + day), year, Exempt(year), Settings).FullYears.ShouldBe(year - obtainedYear);
        }
    }
}
