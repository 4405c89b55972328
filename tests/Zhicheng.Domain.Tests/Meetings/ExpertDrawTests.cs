using System.Security.Cryptography;
using System.Text;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using static Zhicheng.Domain.Tests.Builders.Dates;
using static Zhicheng.Domain.Tests.Meetings.ADraw;

namespace Zhicheng.Domain.Tests.Meetings;

/// <summary>
/// 评委抽取: candidates in order of SHA-256("{seed}:{memberId}"), each passed over with its reason (term counted on
/// the meeting day, both ends included; availability; level; specialty; integrity record; recusal —
/// MOHRSS-40-recusal) or seated until the panel is full; the same seed and pool always give the same draw.
/// </summary>
public class ExpertDrawTests
{
    /// <summary>The draw key computed here, independently of <see cref="ExpertDraw.KeyOf"/>.</summary>
    private static string Sha256Hex(string text) =>
        string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2")));

    // ---- reproducibility ----

    [Fact]
    public void Run_SameSeedAndPool_SameOrderAndPanel()
    {
        var request = Request(Candidates(12), size: 5);

        var first = ExpertDraw.Run(request);
        var second = ExpertDraw.Run(request);

        second.Order.ShouldBe(first.Order);
        second.Panel.ShouldBe(first.Panel);
        second.Complete.ShouldBe(first.Complete);
    }

    [Theory]
    [InlineData("reversed", Label = "Run_PoolGivenReversed_SameOrderAndPanel")]
    [InlineData("odd-first", Label = "Run_PoolGivenOddIdsFirst_SameOrderAndPanel")]
    [InlineData("by-name", Label = "Run_PoolGivenSortedByName_SameOrderAndPanel")]
    public void Run_PoolInAnotherOrder_SameOrderAndPanel(string arrangement)
    {
        var pool = Candidates(12);
        DrawCandidate[] shuffled = arrangement switch
        {
            "reversed" => [.. pool.Reverse()],
            "odd-first" => [.. pool.OrderBy(c => c.MemberId % 2 == 0).ThenByDescending(c => c.MemberId)],
            _ => [.. pool.OrderBy(c => c.Name, StringComparer.Ordinal)],
        };

        var expected = ExpertDraw.Run(Request(pool, size: 5));
        var actual = ExpertDraw.Run(Request(shuffled, size: 5));

        actual.Order.ShouldBe(expected.Order);
        actual.Panel.ShouldBe(expected.Panel);
    }

    [Fact]
    public void Run_AnySeed_OrdersByTheSha256KeyComputedIndependently()
    {
        const string seed = "0123456789abcdef0123456789abcdef";
        var pool = Candidates(15);

        var result = ExpertDraw.Run(Request(pool, size: 4, seed: seed));

        var expected = pool.Select(c => (c.MemberId, Key: Sha256Hex($"{seed}:{c.MemberId}")))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        result.Order.Select(d => d.MemberId).ShouldBe(expected.Select(x => x.MemberId));
        result.Order.Select(d => d.Key).ShouldBe(expected.Select(x => x.Key));
        result.Order.Select(d => d.Order).ShouldBe(Enumerable.Range(1, 15));
        result.Order.Select(d => d.Name).ShouldBe(expected.Select(x => $"专家{x.MemberId}"));
        result.Panel.ShouldBe(expected.Take(4).Select(x => x.MemberId));
    }

    [Fact]
    public void Run_DifferentSeed_DifferentOrder()
    {
        var pool = Candidates(8);

        var a = ExpertDraw.Run(Request(pool, seed: "a")).Order.Select(d => d.MemberId);
        var b = ExpertDraw.Run(Request(pool, seed: "b")).Order.Select(d => d.MemberId);

        b.ShouldNotBe(a);
    }

    [Fact]
    public void Run_ManySeeds_OrdersAndPanelsVary()
    {
        var pool = Candidates(8);
        var draws = Enumerable.Range(0, 100).Select(i => ExpertDraw.Run(Request(pool, size: 3, seed: $"seed-{i}"))).ToList();

        draws.Select(d => string.Join(",", d.Order.Select(c => c.MemberId))).Distinct().Count().ShouldBeGreaterThan(90);
        draws.Select(d => string.Join(",", d.Panel.Order())).Distinct().Count().ShouldBeGreaterThan(20);
        foreach (var candidate in pool)
        {
            draws.ShouldContain(d => d.Panel.Contains(candidate.MemberId), $"member {candidate.MemberId} never seated");
            draws.ShouldContain(d => !d.Panel.Contains(candidate.MemberId), $"member {candidate.MemberId} always seated");
        }
    }

    // ---- the key ----

    [Fact]
    public void KeyOf_Seed42_PinnedValue() =>
        ExpertDraw.KeyOf("seed", 42).ShouldBe("f6ef7999c7631f7871c1638ea0ff0504b36ebf6455f4a4568a023737a24d1f4a");

    [Theory]
    [InlineData("seed", 42, Label = "KeyOf_AsciiSeed_Sha256OfSeedColonId")]
    [InlineData("0123456789abcdef0123456789abcdef", 1, Label = "KeyOf_HexSeed_Sha256OfSeedColonId")]
    [InlineData("2026年第1次评审会", 9999, Label = "KeyOf_ChineseSeed_Sha256OfItsUtf8")]
    [InlineData("x", 0, Label = "KeyOf_MemberZero_Sha256OfSeedColonId")]
    [InlineData("x", -5, Label = "KeyOf_NegativeMember_Sha256OfSeedColonId")]
    public void KeyOf_AnySeed_LowerCaseHexOfSha256(string seed, int memberId)
    {
        var key = ExpertDraw.KeyOf(seed, memberId);

        key.ShouldBe(Sha256Hex($"{seed}:{memberId}"));
        key.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void KeyOf_SameInput_Stable() => ExpertDraw.KeyOf("s", 3).ShouldBe(ExpertDraw.KeyOf("s", 3));

    [Theory]
    [InlineData("s", 3, "s", 4, Label = "KeyOf_OtherMember_Differs")]
    [InlineData("s", 3, "t", 3, Label = "KeyOf_OtherSeed_Differs")]
    [InlineData("S", 3, "s", 3, Label = "KeyOf_SeedCaseDiffers_Differs")]
    public void KeyOf_DifferentInput_Differs(string seed1, int member1, string seed2, int member2) =>
        ExpertDraw.KeyOf(seed1, member1).ShouldNotBe(ExpertDraw.KeyOf(seed2, member2));

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

    // ---- seeds ----

    [Fact]
    public void NewSeed_Always_32LowerCaseHexCharacters() =>
        ExpertDraw.NewSeed().ShouldMatch("^[0-9a-f]{32}$");

    [Fact]
    public void NewSeed_ManyCalls_AllDiffer()
    {
        var seeds = Enumerable.Range(0, 200).Select(_ => ExpertDraw.NewSeed()).ToList();

        seeds.Distinct().Count().ShouldBe(200);
    }
}
