using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>初定截止到当年11月30日 (N2024-3.5b): 11-30 is in time, 12-01 is not, and the date must fall in Y.</summary>
public class InitialDeadlineCheckTests
{
    [Theory]
    [InlineData(2024, "2024-01-01", true, Label = "Initial_DeterminedOnJanuaryFirst_Passes")]
    [InlineData(2024, "2024-11-29", true, Label = "Initial_DeterminedTheDayBeforeTheCutoff_Passes")]
    [InlineData(2024, "2024-11-30", true, Label = "Initial_DeterminedOnNovember30_Passes")]
    [InlineData(2024, "2024-12-01", false, Label = "Initial_DeterminedOnDecember1_Fails")]
    [InlineData(2024, "2024-12-31", false, Label = "Initial_DeterminedOnDecember31_Fails")]
    [InlineData(2024, "2023-11-15", false, Label = "Initial_DeterminedInThePreviousYear_Fails")]
    [InlineData(2024, "2025-01-15", false, Label = "Initial_DeterminedInTheNextYear_Fails")]
    public void InitialDeadline_DeterminedOn(int year, string determinedOn, bool passes)
    {
        var check = AnApplication.Initial()
            .WithYear(year)
            .WithDeterminedOn(D(determinedOn))
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2022-06-30")))
            .Check("initial_deadline");

        check.Passed.ShouldBe(passes);
    }

    [Fact]
    public void InitialDeadline_Late_SaysTheYearsWorkHasClosed()
    {
        var check = AnApplication.Initial().DeterminedOn(D("2024-12-01")).Check("initial_deadline");

        check.Message.ShouldContain("2024年11月30日");
        check.Message.ShouldContain("已截止");
    }

    [Fact]
    public void InitialDeadline_CutoffIsASetting()
    {
        PolicyVersion.N2024.Settings.InitialDeterminationCutoff.ShouldBe(new MonthDay(11, 30));

        AnApplication.Initial()
            .WithSettings(s => s with { InitialDeterminationCutoff = new MonthDay(12, 15) })
            .DeterminedOn(D("2024-12-01"))
            .Check("initial_deadline").Passed.ShouldBeTrue();
    }
}
