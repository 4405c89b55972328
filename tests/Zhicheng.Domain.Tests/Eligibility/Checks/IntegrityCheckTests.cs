using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Eligibility.Checks;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>
/// 诚信档案 (N2024-4.4, 4.3c, I-6), judged on D: a record is active while D is earlier than its decision
/// date plus 3 years. Active falsification blocks (or warns, by setting); any other active record warns.
/// </summary>
public class IntegrityCheckTests
{
    [Fact]
    public void Integrity_NoRecords_PassesWithoutNote()
    {
        var check = AnApplication.Promotion().Check("integrity");

        check.Passed.ShouldBeTrue();
        check.Note.ShouldBe(CheckNote.None);
    }

    [Theory]
    [InlineData("2021-09-30", "2024-09-29", true, Label = "Integrity_DecidedThreeYearsBeforeTheDayAfterD_Active")]
    [InlineData("2021-09-30", "2024-09-30", false, Label = "Integrity_DecidedExactlyThreeYearsBeforeD_Inactive")]
    [InlineData("2021-10-01", "2024-09-30", true, Label = "Integrity_DecidedOneDayLater_StillActiveOnD")]
    [InlineData("2021-09-29", "2024-09-30", false, Label = "Integrity_DecidedOneDayEarlier_Inactive")]
    [InlineData("2024-09-30", "2024-09-30", true, Label = "Integrity_DecidedOnD_Active")]
    [InlineData("2024-10-15", "2024-09-30", true, Label = "Integrity_DecidedAfterD_Active")]
    [InlineData("2020-02-29", "2023-02-27", true, Label = "Integrity_LeapDayDecision_ActiveTheDayBeforeFebruary28")]
    [InlineData("2020-02-29", "2023-02-28", false, Label = "Integrity_LeapDayDecision_InactiveFromFebruary28ThreeYearsOn")]
    [InlineData("2021-02-28", "2024-02-28", false, Label = "Integrity_DecidedFebruary28_InactiveThreeYearsOnInALeapYear")]
    [InlineData("2021-02-28", "2024-02-27", true, Label = "Integrity_DecidedFebruary28_ActiveTheDayBefore")]
    public void Integrity_FalsificationDecidedOn_BlocksWhileActiveOnD(string decidedOn, string deadline, bool active)
    {
        var decision = AnApplication.Promotion()
            .WithDeadlineIn(D(deadline))
            .WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, D(decidedOn)))
            .Decide();

        var check = decision.Check("integrity");

        check.Passed.ShouldBe(!active);
        check.Note.ShouldBe(CheckNote.None);
        if (active)
        {
            check.Message.ShouldContain("取消申报资格");
        }
        else
        {
            check.Message.ShouldContain("已过3年记录期");
        }
    }

    [Theory]
    [InlineData(IntegrityKind.AcademicMisconduct, Label = "Integrity_ActiveAcademicMisconduct_Warns")]
    [InlineData(IntegrityKind.DisciplineViolation, Label = "Integrity_ActiveDisciplineViolation_Warns")]
    [InlineData(IntegrityKind.Other, Label = "Integrity_ActiveOtherRecord_Warns")]
    public void Integrity_ActiveRecordOtherThanFalsification_PassesWithWarning(IntegrityKind kind)
    {
        var decision = AnApplication.Promotion()
            .WithApplicant(a => a.WithIntegrityRecord(kind, D("2023-03-01")))
            .Decide();

        var check = decision.Check("integrity");
        check.Passed.ShouldBeTrue();
        check.Note.ShouldBe(CheckNote.Warning);
        check.Message.ShouldContain("须审核人确认");
        decision.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(IntegrityKind.AcademicMisconduct)]
    [InlineData(IntegrityKind.DisciplineViolation)]
    [InlineData(IntegrityKind.Other)]
    public void Integrity_ExpiredRecordOtherThanFalsification_PassesWithoutNote(IntegrityKind kind)
    {
        var check = AnApplication.Promotion()
            .WithApplicant(a => a.WithIntegrityRecord(kind, D("2021-09-30")))
            .Check("integrity");

        check.Passed.ShouldBeTrue();
        check.Note.ShouldBe(CheckNote.None);
    }

    [Fact]
    public void Integrity_ActiveFalsification_BlocksEveryRoute()
    {
        foreach (var route in new[] { Route.Promotion, Route.Exceptional, Route.Transfer, Route.Initial })
        {
            var decision = AnApplication.For(route)
                .WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, D("2024-01-10")))
                .Decide();

            decision.Check("integrity").Passed.ShouldBeFalse(route.ToString());
            decision.Eligible.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("2024-11-14", false, Label = "Initial_RecordThreeYearsOldTheDayAfterDetermination_Blocks")]
    [InlineData("2024-11-15", true, Label = "Initial_RecordExactlyThreeYearsOldOnDeterminationDay_Inactive")]
    public void Integrity_Initial_JudgedOnTheDeterminationDate(string determinedOn, bool passes)
    {
        // docs/decisions/0002 item 1: an 初定 has no D; its records are judged on determinedOn.
        AnApplication.Initial()
            .DeterminedOn(D(determinedOn))
            .WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, D("2021-11-15")))
            .Check("integrity").Passed.ShouldBe(passes);
    }

    [Fact]
    public void Integrity_FalsificationWithWarnSetting_PassesWithWarning()
    {
        var decision = AnApplication.Promotion()
            .WithSettings(s => s with { Falsification = FalsificationHandling.Warn })
            .WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, D("2023-03-01")))
            .Decide();

        var check = decision.Check("integrity");
        check.Passed.ShouldBeTrue();
        check.Note.ShouldBe(CheckNote.Warning);
        decision.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Integrity_ActiveFalsificationAndActiveWarning_Blocks()
    {
        var check = AnApplication.Promotion()
            .WithApplicant(a => a
                .WithIntegrityRecord(IntegrityKind.AcademicMisconduct, D("2023-03-01"))
                .WithIntegrityRecord(IntegrityKind.Falsification, D("2022-03-01")))
            .Check("integrity");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("弄虚作假");
    }

    [Fact]
    public void Integrity_RecordPeriodIsASetting()
    {
        PolicyVersion.N2024.Settings.IntegrityRecordYears.ShouldBe(3);

        AnApplication.Promotion()
            .WithSettings(s => s with { IntegrityRecordYears = 5 })
            .WithApplicant(a => a.WithIntegrityRecord(IntegrityKind.Falsification, D("2021-09-30")))
            .Check("integrity").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Integrity_DefaultSetting_BlocksFalsification()
    {
        PolicyVersion.N2024.Settings.Falsification.ShouldBe(FalsificationHandling.Block);
    }

    [Theory]
    [InlineData("2021-09-30", "2024-09-30")]
    [InlineData("2020-02-29", "2023-02-28")]
    [InlineData("2024-02-29", "2027-02-28")]
    public void ActiveUntil_IsDecisionDatePlusThreeYears(string decidedOn, string firstInactiveDay)
    {
        IntegrityCheck.ActiveUntil(new IntegrityRecord(IntegrityKind.Other, D(decidedOn)), 3).ShouldBe(D(firstInactiveDay));
    }
}
