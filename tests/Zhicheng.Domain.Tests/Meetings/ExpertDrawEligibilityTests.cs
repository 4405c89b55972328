using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using static Zhicheng.Domain.Tests.Builders.Dates;
using static Zhicheng.Domain.Tests.Meetings.ADraw;

namespace Zhicheng.Domain.Tests.Meetings;

/// <summary>
/// 评委抽取, who sits: each candidate in draw order is passed over with its reason (term counted on the meeting day, both
/// ends included; availability; level; specialty; integrity record; recusal — MOHRSS-40-recusal) or seated until the
/// panel is full; a request that cannot be drawn throws.
/// </summary>
public class ExpertDrawEligibilityTests
{
    // ---- the baseline candidate ----

    [Fact]
    public void Run_EligibleCandidate_Seated()
    {
        var drawn = Alone(Candidate(1));

        drawn.PassedOver.ShouldBeNull();
        drawn.Detail.ShouldBeNull();
    }

    // ---- pass-over reasons ----

    [Theory]
    [InlineData("2026-06-15", "2028-06-14", Label = "Run_TermStartsOnMeetingDay_Seated")]
    [InlineData("2023-06-16", "2026-06-15", Label = "Run_TermEndsOnMeetingDay_Seated")]
    [InlineData("2026-06-15", "2026-06-15", Label = "Run_OneDayTermOnMeetingDay_Seated")]
    [InlineData("2025-01-01", "2027-12-31", Label = "Run_MeetingDayInsideTerm_Seated")]
    public void Run_MeetingDayWithinTerm_Seated(string start, string end) =>
        Alone(Candidate(1) with { TermStart = D(start), TermEnd = D(end) }).PassedOver.ShouldBeNull();

    [Theory]
    [InlineData("2026-06-16", "2029-06-15", "任期 2026-06-16 至 2029-06-15", Label = "Run_TermStartsDayAfterMeeting_OutOfTerm")]
    [InlineData("2023-06-15", "2026-06-14", "任期 2023-06-15 至 2026-06-14", Label = "Run_TermEndedDayBeforeMeeting_OutOfTerm")]
    [InlineData("2020-01-01", "2022-12-31", "任期 2020-01-01 至 2022-12-31", Label = "Run_TermLongOver_OutOfTerm")]
    [InlineData("2026-06-16", "2026-06-14", "任期 2026-06-16 至 2026-06-14", Label = "Run_TermEndBeforeStart_OutOfTerm")]
    public void Run_MeetingDayOutsideTerm_OutOfTermWithTheTerm(string start, string end, string detail)
    {
        var drawn = Alone(Candidate(1) with { TermStart = D(start), TermEnd = D(end) });

        drawn.PassedOver.ShouldBe(PassOverReason.OutOfTerm);
        drawn.Detail.ShouldBe(detail);
    }

    [Fact]
    public void Run_Unavailable_PassedOverWithoutDetail()
    {
        var drawn = Alone(Candidate(1) with { Available = false });

        drawn.PassedOver.ShouldBe(PassOverReason.Unavailable);
        drawn.Detail.ShouldBeNull();
    }

    [Theory]
    [InlineData(TitleLevel.Senior, TitleLevel.AssociateSenior, null, null, Label = "Run_LevelAboveMeeting_Seated")]
    [InlineData(TitleLevel.AssociateSenior, TitleLevel.AssociateSenior, null, null, Label = "Run_LevelEqualToMeeting_Seated")]
    [InlineData(TitleLevel.Intermediate, TitleLevel.AssociateSenior, PassOverReason.LevelTooLow, "中级，低于评审的副高级", Label = "Run_OneLevelBelow_LevelTooLow")]
    [InlineData(TitleLevel.Clerk, TitleLevel.AssociateSenior, PassOverReason.LevelTooLow, "员级，低于评审的副高级", Label = "Run_FarBelow_LevelTooLow")]
    [InlineData(TitleLevel.AssociateSenior, TitleLevel.Senior, PassOverReason.LevelTooLow, "副高级，低于评审的正高级", Label = "Run_AssociateSeniorAtSeniorMeeting_LevelTooLow")]
    [InlineData(TitleLevel.Intermediate, TitleLevel.Intermediate, null, null, Label = "Run_IntermediateAtIntermediateMeeting_Seated")]
    public void Run_ExpertLevel_NotBelowTheMeeting(TitleLevel expert, TitleLevel meeting, PassOverReason? reason, string? detail)
    {
        var drawn = Alone(Candidate(1) with { Level = expert }, Request([]) with { Level = meeting });

        drawn.PassedOver.ShouldBe(reason);
        drawn.Detail.ShouldBe(detail);
    }

    [Theory]
    [InlineData("给排水", "给排水", null, null, Label = "Run_SameSpecialty_Seated")]
    [InlineData("暖通", "给排水|暖通", null, null, Label = "Run_OneOfSeveralSpecialties_Seated")]
    [InlineData(" 给排水 ", "给排水", null, null, Label = "Run_SpecialtyWithSpaces_Seated")]
    [InlineData("电气", "", null, null, Label = "Run_NoSpecialtiesGiven_AnySeated")]
    [InlineData("", "", null, null, Label = "Run_NoSpecialtiesGivenExpertHasNone_Seated")]
    [InlineData("电气", "给排水", PassOverReason.OtherSpecialty, "电气", Label = "Run_OtherSpecialty_PassedOverNamingIt")]
    [InlineData("电气", "给排水|暖通", PassOverReason.OtherSpecialty, "电气", Label = "Run_NoneOfSeveralSpecialties_PassedOver")]
    [InlineData("", "给排水", PassOverReason.OtherSpecialty, "", Label = "Run_ExpertWithoutSpecialty_PassedOverWhenSpecialtiesGiven")]
    [InlineData("给排水工程", "给排水", PassOverReason.OtherSpecialty, "给排水工程", Label = "Run_SpecialtyOnlyStartsTheSame_PassedOver")]
    public void Run_Specialty_OneOfTheMeetingsOrAnyWhenNoneGiven(string expert, string meeting, PassOverReason? reason, string? detail)
    {
        string[] specialties = meeting.Length == 0 ? [] : meeting.Split('|');

        var drawn = Alone(Candidate(1) with { Specialty = expert }, Request([]) with { Specialties = specialties });

        drawn.PassedOver.ShouldBe(reason);
        drawn.Detail.ShouldBe(detail);
    }

    [Fact]
    public void Run_ActiveIntegrityRecord_PassedOverWithoutDetail()
    {
        var drawn = Alone(Candidate(1) with { HasActiveIntegrityRecord = true });

        drawn.PassedOver.ShouldBe(PassOverReason.IntegrityRecord);
        drawn.Detail.ShouldBeNull();
    }

    [Theory]
    [InlineData("运城市水务局", "运城市水务局", PassOverReason.SameEmployer, Label = "Run_SameEmployerAsApplicant_SameEmployer")]
    [InlineData("  运城市水务局 ", "运城市水务局", PassOverReason.SameEmployer, Label = "Run_ExpertEmployerPadded_SameEmployer")]
    [InlineData("运城市水务局", " 运城市水务局\t", PassOverReason.SameEmployer, Label = "Run_ApplicantUnitPadded_SameEmployer")]
    [InlineData("运城市水务局二队", "运城市水务局", null, Label = "Run_EmployerOnlyStartsTheSame_Seated")]
    [InlineData("运城市住房和城乡建设局", "运城市水务局", null, Label = "Run_OtherEmployer_Seated")]
    [InlineData("", "", null, Label = "Run_BothWithoutEmployer_Seated")]
    [InlineData("  ", " ", null, Label = "Run_BothBlankEmployer_Seated")]
    public void Run_Employer_SameAsAnApplicantsUnitPassedOver(string employer, string unit, PassOverReason? reason)
    {
        var request = Request([]) with { Applicants = [TheApplicant with { Unit = unit }] };

        var drawn = Alone(Candidate(1) with { Employer = employer }, request);

        drawn.PassedOver.ShouldBe(reason);
        drawn.Detail.ShouldBe(reason is null ? null : employer);
    }

    [Fact]
    public void Run_SameEmployerAsSecondApplicant_SameEmployer()
    {
        var request = Request([]) with { Applicants = [TheApplicant, new DrawApplicant(8, "李四", "运城市第一医院")] };

        Alone(Candidate(1) with { Employer = "运城市第一医院" }, request).PassedOver.ShouldBe(PassOverReason.SameEmployer);
    }

    [Fact]
    public void Run_ExpertIsAnApplicant_DeclaredRelationSelf()
    {
        var drawn = Alone(Candidate(1) with { PersonId = TheApplicant.PersonId });

        drawn.PassedOver.ShouldBe(PassOverReason.DeclaredRelation);
        drawn.Detail.ShouldBe("本人在评审名单中");
    }

    [Fact]
    public void Run_ExpertIsAnApplicantOfTheSameUnit_SelfTakesPrecedence()
    {
        var drawn = Alone(Candidate(1) with { PersonId = TheApplicant.PersonId, Employer = TheApplicant.Unit });

        drawn.PassedOver.ShouldBe(PassOverReason.DeclaredRelation);
        drawn.Detail.ShouldBe("本人在评审名单中");
    }

    [Fact]
    public void Run_ExpertIsAnotherPerson_Seated() =>
        Alone(Candidate(1) with { PersonId = 1234 }).PassedOver.ShouldBeNull();

    [Theory]
    [InlineData(new[] { 7 }, PassOverReason.DeclaredRelation, "张三", Label = "Run_RelationNamesTheApplicant_DeclaredRelation")]
    [InlineData(new[] { 99, 7 }, PassOverReason.DeclaredRelation, "张三", Label = "Run_SecondRelationNamesTheApplicant_DeclaredRelation")]
    [InlineData(new[] { 8 }, PassOverReason.DeclaredRelation, "李四", Label = "Run_RelationNamesTheOtherApplicant_NamesThatOne")]
    [InlineData(new[] { 99, 100 }, null, null, Label = "Run_RelationsNotOnTheList_Seated")]
    [InlineData(new int[0], null, null, Label = "Run_NoRelations_Seated")]
    public void Run_DeclaredRelation_NamesTheApplicant(int[] related, PassOverReason? reason, string? detail)
    {
        var request = Request([]) with { Applicants = [TheApplicant, new DrawApplicant(8, "李四", "运城市第一医院")] };

        var drawn = Alone(Candidate(1) with { RelatedPersonIds = related }, request);

        drawn.PassedOver.ShouldBe(reason);
        drawn.Detail.ShouldBe(detail);
    }

    [Fact]
    public void Run_SeveralReasons_FirstInTheDocumentedOrder()
    {
        var everything = Candidate(1) with
        {
            TermEnd = D("2026-06-14"), Available = false, Level = TitleLevel.Clerk, Specialty = "电气",
            HasActiveIntegrityRecord = true, Employer = TheApplicant.Unit, RelatedPersonIds = [TheApplicant.PersonId],
        };

        Alone(everything).PassedOver.ShouldBe(PassOverReason.OutOfTerm);
        Alone(everything with { TermEnd = D("2027-12-31") }).PassedOver.ShouldBe(PassOverReason.Unavailable);
        Alone(everything with { TermEnd = D("2027-12-31"), Available = true }).PassedOver.ShouldBe(PassOverReason.LevelTooLow);
        Alone(everything with { TermEnd = D("2027-12-31"), Available = true, Level = TitleLevel.Senior })
            .PassedOver.ShouldBe(PassOverReason.OtherSpecialty);
        Alone(everything with { TermEnd = D("2027-12-31"), Available = true, Level = TitleLevel.Senior, Specialty = "给排水" })
            .PassedOver.ShouldBe(PassOverReason.IntegrityRecord);
        Alone(everything with
        {
            TermEnd = D("2027-12-31"), Available = true, Level = TitleLevel.Senior, Specialty = "给排水", HasActiveIntegrityRecord = false,
        }).PassedOver.ShouldBe(PassOverReason.SameEmployer);
    }

    // ---- filling the panel ----

    [Fact]
    public void Run_MoreEligibleThanSeats_RestNotNeeded()
    {
        var result = ExpertDraw.Run(Request(Candidates(7), size: 3));

        result.Complete.ShouldBeTrue();
        result.Panel.ShouldBe(result.Order.Take(3).Select(d => d.MemberId));
        result.Order.Take(3).ShouldAllBe(d => d.PassedOver == null);
        result.Order.Skip(3).ShouldAllBe(d => d.PassedOver == PassOverReason.NotNeeded && d.Detail == null);
    }

    [Fact]
    public void Run_IneligibleAfterPanelFull_KeepsItsOwnReason()
    {
        var pool = Candidates(6).Select(c => c.MemberId % 2 == 0 ? c with { Available = false } : c).ToList();

        var result = ExpertDraw.Run(Request(pool, size: 1));

        result.Panel.Count.ShouldBe(1);
        result.Order.Where(d => d.MemberId % 2 == 0).ShouldAllBe(d => d.PassedOver == PassOverReason.Unavailable);
        result.Order.Where(d => d.MemberId % 2 == 1 && !result.Panel.Contains(d.MemberId))
            .ShouldAllBe(d => d.PassedOver == PassOverReason.NotNeeded);
    }

    [Fact]
    public void Run_PassedOverBeforeSeats_NextEligibleSeated()
    {
        var pool = Candidates(10);
        var first = ExpertDraw.Run(Request(pool, size: 3)).Order[0].MemberId;
        var withFirstUnavailable = pool.Select(c => c.MemberId == first ? c with { Available = false } : c).ToList();

        var result = ExpertDraw.Run(Request(withFirstUnavailable, size: 3));

        result.Order[0].MemberId.ShouldBe(first);
        result.Order[0].PassedOver.ShouldBe(PassOverReason.Unavailable);
        result.Panel.ShouldBe(result.Order.Skip(1).Take(3).Select(d => d.MemberId));
        result.Complete.ShouldBeTrue();
    }

    [Theory]
    [InlineData(3, 3, true, Label = "Run_ExactlyEnoughEligible_Complete")]
    [InlineData(2, 3, false, Label = "Run_OneTooFewEligible_NotComplete")]
    [InlineData(0, 3, false, Label = "Run_NoneEligible_NotComplete")]
    [InlineData(1, 1, true, Label = "Run_PanelOfOne_Complete")]
    public void Run_EligibleCount_CompleteOnlyWhenPanelFilled(int eligible, int size, bool complete)
    {
        var pool = Candidates(eligible).Concat(Enumerable.Range(100, 3).Select(id => Candidate(id) with { Available = false })).ToList();

        var result = ExpertDraw.Run(Request(pool, size: size));

        result.Complete.ShouldBe(complete);
        result.Panel.Count.ShouldBe(eligible);
        result.Order.Count.ShouldBe(pool.Count);
        result.Order.ShouldNotContain(d => d.PassedOver == PassOverReason.NotNeeded);
    }

    [Fact]
    public void Run_EmptyPool_EmptyAndNotComplete()
    {
        var result = ExpertDraw.Run(Request([], size: 3));

        result.Order.ShouldBeEmpty();
        result.Panel.ShouldBeEmpty();
        result.Complete.ShouldBeFalse();
    }

    // ---- broken requests ----

    [Theory]
    [InlineData(0, Label = "Run_SizeZero_Throws")]
    [InlineData(-1, Label = "Run_NegativeSize_Throws")]
    public void Run_SizeBelowOne_Throws(int size) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ExpertDraw.Run(Request(Candidates(3), size: size)));

    [Theory]
    [InlineData("", Label = "Run_EmptySeed_Throws")]
    [InlineData("   ", Label = "Run_BlankSeed_Throws")]
    [InlineData("\t\n", Label = "Run_WhitespaceSeed_Throws")]
    public void Run_BlankSeed_Throws(string seed) =>
        Should.Throw<ArgumentException>(() => ExpertDraw.Run(Request(Candidates(3), seed: seed)));

    [Fact]
    public void Run_NullSeed_Throws() =>
        Should.Throw<ArgumentNullException>(() => ExpertDraw.Run(Request(Candidates(3), seed: null!)));
}
