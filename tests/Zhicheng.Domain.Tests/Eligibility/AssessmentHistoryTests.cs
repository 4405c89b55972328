using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Tests.Eligibility;

/// <summary><see cref="AssessmentHistory"/>: which years count toward tenure (N2024-3.3a/b, 3.3e, I-2). Y = 2024.</summary>
public class AssessmentHistoryTests
{
    private static readonly PolicySettings Settings = PolicyVersion.N2024.Settings;

    private static AssessmentHistory History(bool exempt = false, PolicySettings? settings = null, params (int Year, AssessmentGrade Grade)[] grades) =>
        new([.. grades.Select(g => new AnnualAssessment(g.Year, g.Grade))], 2024, exempt, settings ?? Settings);

    [Theory]
    [InlineData(AssessmentGrade.Excellent, YearStanding.Counts)]
    [InlineData(AssessmentGrade.Qualified, YearStanding.Counts)]
    [InlineData(AssessmentGrade.BasicallyQualified, YearStanding.NonCountingGrade)]
    [InlineData(AssessmentGrade.Unqualified, YearStanding.NonCountingGrade)]
    [InlineData(AssessmentGrade.Undetermined, YearStanding.NonCountingGrade)]
    public void Standing_GradedYear(AssessmentGrade grade, YearStanding standing)
    {
        History(grades: [(2022, grade)]).Standing(2022).ShouldBe(standing);
        History(grades: [(2024, grade)]).Standing(2024).ShouldBe(standing);
    }

    [Theory]
    [InlineData(AssessmentGrade.Excellent, true)]
    [InlineData(AssessmentGrade.Qualified, true)]
    [InlineData(AssessmentGrade.BasicallyQualified, false)]
    [InlineData(AssessmentGrade.Unqualified, false)]
    [InlineData(AssessmentGrade.Undetermined, false)]
    public void IsQualifiedOrBetter_Grade(AssessmentGrade grade, bool qualified)
    {
        grade.IsQualifiedOrBetter().ShouldBe(qualified);
    }

    [Fact]
    public void Standing_UngradedYearBeforeY_NoRecord()
    {
        var history = History(grades: [(2023, AssessmentGrade.Qualified)]);

        history.Standing(2022).ShouldBe(YearStanding.NoRecord);
        history.Standing(2000).ShouldBe(YearStanding.NoRecord);
    }

    [Fact]
    public void Standing_UngradedY_Counts()
    {
        History().Standing(2024).ShouldBe(YearStanding.Counts);
    }

    [Fact]
    public void Standing_YearsAfterY_ArePresumedToCount()
    {
        History().Standing(2025).ShouldBe(YearStanding.Counts);
        History().Standing(2030).ShouldBe(YearStanding.Counts);
    }

    [Fact]
    public void Standing_Exempt_EveryYearCountsWhateverTheGrade()
    {
        var history = History(exempt: true, grades: [(2021, AssessmentGrade.Unqualified), (2024, AssessmentGrade.Undetermined)]);

        history.Exempt.ShouldBeTrue();
        foreach (var year in new[] { 2019, 2021, 2022, 2024 })
        {
            history.Standing(year).ShouldBe(YearStanding.Counts, year.ToString());
        }
    }

    [Fact]
    public void Standing_MissingYearSettingOn_UngradedEarlierYearCounts()
    {
        History(settings: Settings with { MissingAssessmentYearCounts = true }).Standing(2022).ShouldBe(YearStanding.Counts);
    }

    [Fact]
    public void Standing_ApplicationYearSettingOff_UngradedYHasNoRecord()
    {
        History(settings: Settings with { ApplicationYearCountsUntilGraded = false }).Standing(2024).ShouldBe(YearStanding.NoRecord);
    }

    [Fact]
    public void GradeOf_GradedAndUngradedYears()
    {
        var history = History(grades: [(2022, AssessmentGrade.Excellent), (2023, AssessmentGrade.Undetermined)]);

        history.GradeOf(2022).ShouldBe(AssessmentGrade.Excellent);
        history.GradeOf(2023).ShouldBe(AssessmentGrade.Undetermined);
        history.GradeOf(2021).ShouldBeNull();
        history.ApplicationYear.ShouldBe(2024);
    }
}
