using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Committees;

/// <summary>
/// 核准备案 (N2024-2.2, 2.3, MOHRSS-40-filing-term): the seven particulars, the five occasions to refile, and the
/// validity term with both ends of every boundary.
/// </summary>
public class FilingRulesTests
{
    private static readonly PolicySettings Settings = new();

    [Fact]
    public void Check_AllSevenParticulars_NoProblems() =>
        FilingRules.Check(AFiling.Complete()).ShouldBeEmpty();

    [Theory]
    [InlineData("founder", "foundingUnitId", "组建单位", Label = "Check_NoFoundingUnit_Named")]
    [InlineData("founderId", "foundingUnitId", "组建单位", Label = "Check_FoundingUnitWithoutId_Named")]
    [InlineData("name", "name", "评委会名称", Label = "Check_NoName_Named")]
    [InlineData("series", "series", "评审系列（专业）", Label = "Check_NoSeries_Named")]
    [InlineData("scopeUnits", "scope", "评审范围（单位及文字说明）", Label = "Check_ScopeWithoutUnits_Named")]
    [InlineData("scopeText", "scope", "评审范围（单位及文字说明）", Label = "Check_ScopeWithoutWords_Named")]
    [InlineData("conditions", "conditions", "评审条件", Label = "Check_NoConditions_Named")]
    [InlineData("rules", "rules", "规章制度", Label = "Check_NoRules_Named")]
    [InlineData("office", "office", "办事机构", Label = "Check_NoOffice_Named")]
    public void Check_OneParticularBlank_ThatOneNamedWithItsClause(string blank, string path, string label)
    {
        var problem = FilingRules.Check(Without(AFiling.Complete(), blank)).ShouldHaveSingleItem();

        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe($"备案内容缺少“{label}”");
        problem.ClauseId.ShouldBe(ClauseIds.FilingContents);
    }

    [Fact]
    public void Check_WhitespaceOnly_CountsAsBlank()
    {
        var contents = AFiling.Complete() with { Name = "  ", Conditions = "\t", Office = "　 " };

        FilingRules.Check(contents).Select(p => p.Path).ShouldBe(["name", "conditions", "office"], ignoreOrder: false);
    }

    [Fact]
    public void Check_EverythingBlank_AllSevenReportedAtOnceInFormOrder()
    {
        var contents = new FilingContents(0, "", "", CommitteeLevel.Intermediate, "", [], new FilingScope([], ""), "", "", "");

        var problems = FilingRules.Check(contents);

        problems.Select(p => p.Path).ShouldBe(["foundingUnitId", "name", "series", "scope", "conditions", "rules", "office"]);
        problems.ShouldAllBe(p => p.ClauseId == ClauseIds.FilingContents);
    }

    [Fact]
    public void Check_NoSpecialties_IsTheWholeSeriesNotAProblem() =>
        FilingRules.Check(AFiling.Complete() with { Specialties = [] }).ShouldBeEmpty();

    private static readonly DateOnly Today = D("2025-06-01");
    private static readonly DateOnly ValidUntil = D("2026-12-31");

    [Fact]
    public void ReasonsToRefile_NoApprovedFiling_New() =>
        FilingRules.ReasonsToRefile(null, null, AFiling.Complete(), powerDelegated: false, Today).ShouldBe([FilingReason.New]);

    [Fact]
    public void ReasonsToRefile_NewAndDelegated_Both() =>
        FilingRules.ReasonsToRefile(null, null, AFiling.Complete(), powerDelegated: true, Today).ShouldBe([FilingReason.New, FilingReason.Delegated]);

    [Fact]
    public void ReasonsToRefile_NothingChangedAndValid_None() =>
        FilingRules.ReasonsToRefile(AFiling.Complete(), ValidUntil, AFiling.Complete(), powerDelegated: false, Today).ShouldBeEmpty();

    [Theory]
    [InlineData("founder", FilingReason.Reorganised, Label = "ReasonsToRefile_FoundingUnitChanged_Reorganised")]
    [InlineData("name", FilingReason.Reorganised, Label = "ReasonsToRefile_NameChanged_Reorganised")]
    [InlineData("level", FilingReason.ScopeChanged, Label = "ReasonsToRefile_LevelChanged_ScopeChanged")]
    [InlineData("series", FilingReason.ScopeChanged, Label = "ReasonsToRefile_SeriesChanged_ScopeChanged")]
    [InlineData("specialtyAdded", FilingReason.ScopeChanged, Label = "ReasonsToRefile_SpecialtyAdded_ScopeChanged")]
    [InlineData("specialtyDropped", FilingReason.ScopeChanged, Label = "ReasonsToRefile_SpecialtyDropped_ScopeChanged")]
    [InlineData("scopeUnitAdded", FilingReason.ScopeChanged, Label = "ReasonsToRefile_ScopeUnitAdded_ScopeChanged")]
    [InlineData("scopeUnitSwapped", FilingReason.ScopeChanged, Label = "ReasonsToRefile_ScopeUnitSwapped_ScopeChanged")]
    public void ReasonsToRefile_OneParticularChanged_ItsOccasion(string change, FilingReason expected) =>
        FilingRules.ReasonsToRefile(AFiling.Complete(), ValidUntil, Changed(AFiling.Complete(), change), powerDelegated: false, Today)
            .ShouldBe([expected]);

    [Theory]
    [InlineData("nameSpaces", Label = "ReasonsToRefile_NameOnlyPadded_None")]
    [InlineData("specialtiesReordered", Label = "ReasonsToRefile_SpecialtiesReordered_None")]
    [InlineData("scopeUnitsReordered", Label = "ReasonsToRefile_ScopeUnitsReordered_None")]
    [InlineData("scopeText", Label = "ReasonsToRefile_ScopeWordsOnly_None")]
    [InlineData("conditions", Label = "ReasonsToRefile_ConditionsOnly_None")]
    [InlineData("office", Label = "ReasonsToRefile_OfficeOnly_None")]
    public void ReasonsToRefile_NoOccasionChanged_None(string change) =>
        FilingRules.ReasonsToRefile(AFiling.Complete(), ValidUntil, Changed(AFiling.Complete(), change), powerDelegated: false, Today)
            .ShouldBeEmpty();

    [Theory]
    [InlineData("2026-12-30", false, Label = "ReasonsToRefile_DayBeforeValidUntil_NotExpired")]
    [InlineData("2026-12-31", false, Label = "ReasonsToRefile_OnValidUntil_NotExpired")]
    [InlineData("2027-01-01", true, Label = "ReasonsToRefile_DayAfterValidUntil_Expired")]
    public void ReasonsToRefile_AroundValidUntil_ExpiredOnlyAfterIt(string today, bool expired)
    {
        FilingReason[] expected = expired ? [FilingReason.Expired] : [];

        FilingRules.ReasonsToRefile(AFiling.Complete(), ValidUntil, AFiling.Complete(), powerDelegated: false, D(today)).ShouldBe(expected);
    }

    [Fact]
    public void ReasonsToRefile_ApprovedWithoutValidUntil_Expired() =>
        FilingRules.ReasonsToRefile(AFiling.Complete(), null, AFiling.Complete(), powerDelegated: false, Today).ShouldBe([FilingReason.Expired]);

    [Fact]
    public void ReasonsToRefile_EveryOccasionButNew_AllInEnumOrder()
    {
        var proposed = AFiling.Complete() with { Name = "运城市卫生系列高级职称评审委员会（新）", Scope = new FilingScope([1, 2, 3], "全市") };

        FilingRules.ReasonsToRefile(AFiling.Complete(), ValidUntil, proposed, powerDelegated: true, D("2027-01-01"))
            .ShouldBe([FilingReason.Delegated, FilingReason.Reorganised, FilingReason.ScopeChanged, FilingReason.Expired]);
    }

    [Theory]
    [InlineData("2024-03-15", "2027-03-14", Label = "ValidUntil_MidMonth_DayBeforeThirdAnniversary")]
    [InlineData("2025-01-01", "2027-12-31", Label = "ValidUntil_JanuaryFirst_EndOfThirdYear")]
    [InlineData("2024-12-31", "2027-12-30", Label = "ValidUntil_DecemberThirtyFirst_DayBeforeAnniversary")]
    [InlineData("2024-03-01", "2027-02-28", Label = "ValidUntil_MarchFirst_EndsOnFebruary28")]
    [InlineData("2025-03-01", "2028-02-29", Label = "ValidUntil_MarchFirstBeforeLeapYear_EndsOnFebruary29")]
    [InlineData("2024-02-29", "2027-02-28", Label = "ValidUntil_LeapDay_EndsWithFebruary")]
    public void ValidUntil_DefaultThreeYears_DayBeforeTheSameDateThreeYearsOn(string approved, string validUntil) =>
        FilingRules.ValidUntil(D(approved), Settings).ShouldBe(D(validUntil));

    [Fact]
    public void ValidUntil_SettingOfTwoYears_FollowsTheSetting() =>
        FilingRules.ValidUntil(D("2024-03-15"), Settings with { FilingValidityYears = 2 }).ShouldBe(D("2026-03-14"));

    [Fact]
    public void ValidUntil_LeapDayWithALeapYearAtTheEnd_DayBeforeItsAnniversary() =>
        FilingRules.ValidUntil(D("2024-02-29"), Settings with { FilingValidityYears = 4 }).ShouldBe(D("2028-02-28"));

    [Theory]
    [InlineData("2027-03-13", true, Label = "IsValidOn_DayBefore_Valid")]
    [InlineData("2027-03-14", true, Label = "IsValidOn_LastDay_Valid")]
    [InlineData("2027-03-15", false, Label = "IsValidOn_DayAfter_NotValid")]
    public void IsValidOn_AroundTheLastDay_InclusiveEnd(string day, bool valid) =>
        FilingRules.IsValidOn(D("2027-03-14"), D(day)).ShouldBe(valid);

    [Theory]
    [InlineData(FilingStatus.Approved, "2027-03-14", true, Label = "IsValidOn_ApprovedOnItsLastDay_Valid")]
    [InlineData(FilingStatus.Approved, "2027-03-15", false, Label = "IsValidOn_ApprovedTheDayAfter_NotValid")]
    [InlineData(FilingStatus.Draft, "2026-01-01", false, Label = "IsValidOn_Draft_NotValid")]
    [InlineData(FilingStatus.Submitted, "2026-01-01", false, Label = "IsValidOn_Submitted_NotValid")]
    [InlineData(FilingStatus.Returned, "2026-01-01", false, Label = "IsValidOn_Returned_NotValid")]
    [InlineData(null, "2026-01-01", false, Label = "IsValidOn_NoFiling_NotValid")]
    public void IsValidOn_ByStatus_OnlyAnApprovedFilingWithinItsTerm(FilingStatus? status, string day, bool valid) =>
        FilingRules.IsValidOn(status, D("2027-03-14"), D(day)).ShouldBe(valid);

    [Fact]
    public void IsValidOn_NeverApproved_NotValid() =>
        FilingRules.IsValidOn(null, D("2025-01-01")).ShouldBeFalse();

    private static FilingContents Without(FilingContents c, string particular) => particular switch
    {
        "founder" => c with { FoundingUnitName = "" },
        "founderId" => c with { FoundingUnitId = 0 },
        "name" => c with { Name = "" },
        "series" => c with { Series = "" },
        "scopeUnits" => c with { Scope = c.Scope with { UnitIds = [] } },
        "scopeText" => c with { Scope = c.Scope with { Text = "" } },
        "conditions" => c with { Conditions = "" },
        "rules" => c with { Rules = "" },
        "office" => c with { Office = "" },
        _ => throw new ArgumentOutOfRangeException(nameof(particular), particular, null),
    };

    private static FilingContents Changed(FilingContents c, string change) => change switch
    {
        "founder" => c with { FoundingUnitId = 9, FoundingUnitName = "运城市医疗保障局" },
        "name" => c with { Name = "运城市卫生系列正副高级职称评审委员会" },
        "level" => c with { Level = CommitteeLevel.Intermediate },
        "series" => c with { Series = "药学系列" },
        "specialtyAdded" => c with { Specialties = ["临床医学", "护理学", "药学"] },
        "specialtyDropped" => c with { Specialties = ["临床医学"] },
        "scopeUnitAdded" => c with { Scope = c.Scope with { UnitIds = [1, 2, 3] } },
        "scopeUnitSwapped" => c with { Scope = c.Scope with { UnitIds = [1, 3] } },
        "nameSpaces" => c with { Name = $"  {c.Name} " },
        "specialtiesReordered" => c with { Specialties = [" 护理学", "临床医学"] },
        "scopeUnitsReordered" => c with { Scope = c.Scope with { UnitIds = [2, 1] } },
        "scopeText" => c with { Scope = c.Scope with { Text = "全市各级医疗卫生机构" } },
        "conditions" => c with { Conditions = "执行新版卫生系列评价标准" },
        "office" => c with { Office = "市卫健委科教科" },
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };
}
