using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Eligibility.Checks;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 初定级别 (N2024-3.5b): a full-time degree and the whole years from graduation to the determination
/// date give the highest level (national default table: 中专/大专 + 1 → 员级; 本科 + 1 → 助理级; 硕士 at
/// graduation → 助理级; 博士 at graduation → 中级). A target above it fails.
/// </summary>
public class InitialLevelCheckTests
{
    [Theory]
    [InlineData(Degree.Bachelor, "2023-06-30", "2024-06-30", TitleLevel.Assistant, true, Label = "Bachelor_OneYearOnTheAnniversaryDay_Assistant")]
    [InlineData(Degree.Bachelor, "2023-06-30", "2024-06-29", TitleLevel.Assistant, false, Label = "Bachelor_TheDayBeforeTheAnniversary_NoLevelYet")]
    [InlineData(Degree.Bachelor, "2023-06-30", "2024-06-29", TitleLevel.Clerk, false, Label = "Bachelor_UnderOneYear_NotEvenClerk")]
    [InlineData(Degree.Bachelor, "2023-06-30", "2024-11-15", TitleLevel.Clerk, true, Label = "Bachelor_OneYear_BelowTheTablePasses")]
    [InlineData(Degree.Bachelor, "2023-06-30", "2024-11-15", TitleLevel.Intermediate, false, Label = "Bachelor_OneYear_AboveAssistantFails")]
    [InlineData(Degree.Bachelor, "2019-06-30", "2024-11-15", TitleLevel.Intermediate, false, Label = "Bachelor_FiveYears_StillAssistantAtMost")]
    [InlineData(Degree.Master, "2024-06-30", "2024-06-30", TitleLevel.Assistant, true, Label = "Master_AtGraduation_Assistant")]
    [InlineData(Degree.Master, "2024-06-30", "2024-06-30", TitleLevel.Intermediate, false, Label = "Master_AtGraduation_IntermediateFails")]
    [InlineData(Degree.Doctorate, "2024-06-30", "2024-06-30", TitleLevel.Intermediate, true, Label = "Doctorate_AtGraduation_Intermediate")]
    [InlineData(Degree.Doctorate, "2024-06-30", "2024-11-30", TitleLevel.AssociateSenior, false, Label = "Doctorate_AssociateSeniorFails")]
    [InlineData(Degree.Associate, "2023-07-01", "2024-07-01", TitleLevel.Clerk, true, Label = "Associate_OneYear_Clerk")]
    [InlineData(Degree.Associate, "2023-07-01", "2024-07-01", TitleLevel.Assistant, false, Label = "Associate_OneYear_AssistantFails")]
    [InlineData(Degree.Associate, "2023-07-01", "2024-06-30", TitleLevel.Clerk, false, Label = "Associate_UnderOneYear_Fails")]
    [InlineData(Degree.Secondary, "2023-07-01", "2024-07-01", TitleLevel.Clerk, true, Label = "Secondary_OneYear_Clerk")]
    [InlineData(Degree.Secondary, "2023-07-01", "2024-07-01", TitleLevel.Assistant, false, Label = "Secondary_OneYear_AssistantFails")]
    [InlineData(Degree.Bachelor, "2020-02-29", "2021-02-28", TitleLevel.Assistant, true, Label = "Bachelor_LeapDayGraduate_AnniversaryIsFebruary28")]
    [InlineData(Degree.Bachelor, "2020-02-29", "2021-02-27", TitleLevel.Assistant, false, Label = "Bachelor_LeapDayGraduate_FebruaryTwentySeventhIsShort")]
    public void InitialLevel_DegreeYearsAndTarget(Degree degree, string graduated, string determinedOn, TitleLevel target, bool passes)
    {
        var check = AnApplication.Initial()
            .DeterminedOn(D(determinedOn))
            .WithTargetLevel(target)
            .WithApplicant(a => a.WithEducation(degree, D(graduated)))
            .Check("initial_level");

        check.Passed.ShouldBe(passes);
    }

    [Fact]
    public void InitialLevel_PartTimeDegreeOnly_Fails()
    {
        var check = AnApplication.Initial()
            .WithApplicant(a => a.WithEducation(Degree.Doctorate, D("2020-06-30"), fullTime: false))
            .Check("initial_level");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("没有全日制学历");
    }

    [Fact]
    public void InitialLevel_BestOfSeveralFullTimeDegrees_Decides()
    {
        // On 2024-07-01 the 本科 of 2023-07-15 gives nothing yet; the 硕士 of 2024-06-30 gives 助理级 at graduation.
        AnApplication.Initial()
            .DeterminedOn(D("2024-07-01"))
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2023-07-15")).AndEducation(Degree.Master, D("2024-06-30")))
            .WithTargetLevel(TitleLevel.Assistant)
            .Check("initial_level").Passed.ShouldBeTrue();
        AnApplication.Initial()
            .DeterminedOn(D("2024-07-01"))
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2023-07-15")))
            .WithTargetLevel(TitleLevel.Assistant)
            .Check("initial_level").Passed.ShouldBeFalse();
    }

    [Fact]
    public void InitialLevel_DegreeAfterTheDeterminationDate_DoesNotCount()
    {
        var check = AnApplication.Initial()
            .DeterminedOn(D("2024-06-29"))
            .WithApplicant(a => a.WithEducation(Degree.Master, D("2024-06-30")))
            .Check("initial_level");

        check.Passed.ShouldBeFalse();
    }

    [Fact]
    public void InitialLevel_TableIsData_AStandardsOwnTableDecides()
    {
        var table = new InitialDeterminationTable([new InitialDeterminationRow(Degree.Bachelor, 0, TitleLevel.Assistant)]);

        AnApplication.Initial()
            .WithRequirements(r => r with { InitialDetermination = table })
            .DeterminedOn(D("2024-07-01"))
            .WithApplicant(a => a.WithEducation(Degree.Bachelor, D("2024-06-30")))
            .Check("initial_level").Passed.ShouldBeTrue();
    }

    [Fact]
    public void InitialLevel_NoTableInTheRequirements_UsesTheNationalDefault()
    {
        AnApplication.Initial()
            .WithRequirements(r => r with { InitialDetermination = null })
            .WithTargetLevel(TitleLevel.Intermediate)
            .Check("initial_level").Passed.ShouldBeFalse();
        AnApplication.Initial()
            .WithRequirements(r => r with { InitialDetermination = null })
            .Check("initial_level").Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2023-06-30", "2024-06-29", 0, Label = "WholeYears_TheDayBeforeTheAnniversary_None")]
    [InlineData("2023-06-30", "2024-06-30", 1, Label = "WholeYears_OnTheAnniversary_One")]
    [InlineData("2023-06-30", "2023-06-30", 0, Label = "WholeYears_SameDay_None")]
    [InlineData("2020-02-29", "2021-02-28", 1, Label = "WholeYears_LeapDayAnniversaryInACommonYear_February28")]
    [InlineData("2020-02-29", "2024-02-28", 3, Label = "WholeYears_LeapDayToTheDayBeforeTheNextLeapDay_Three")]
    [InlineData("2020-02-29", "2024-02-29", 4, Label = "WholeYears_LeapDayToLeapDay_Four")]
    [InlineData("2024-06-30", "2023-06-30", 0, Label = "WholeYears_Backwards_None")]
    public void WholeYears_Between(string from, string to, int years)
    {
        InitialLevelCheck.WholeYears(D(from), D(to)).ShouldBe(years);
    }

    [Theory]
    [InlineData(Degree.Secondary, 0, null)]
    [InlineData(Degree.Secondary, 1, TitleLevel.Clerk)]
    [InlineData(Degree.Associate, 0, null)]
    [InlineData(Degree.Associate, 1, TitleLevel.Clerk)]
    [InlineData(Degree.Bachelor, 0, null)]
    [InlineData(Degree.Bachelor, 1, TitleLevel.Assistant)]
    [InlineData(Degree.Bachelor, 10, TitleLevel.Assistant)]
    [InlineData(Degree.Master, 0, TitleLevel.Assistant)]
    [InlineData(Degree.Doctorate, 0, TitleLevel.Intermediate)]
    public void NationalDefaultTable_HighestLevel(Degree degree, int wholeYears, TitleLevel? level)
    {
        InitialDeterminationTable.NationalDefault.HighestLevel(degree, wholeYears).ShouldBe(level);
    }
}
