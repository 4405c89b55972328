using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Committees;

/// <summary>
/// The least number of experts (MOHRSS-40-committee-size: senior by series 25, by specialty 11, none set for the
/// others) and the longest expert term (MOHRSS-40-expert-term: 3 years, both ends counted), each from the settings.
/// </summary>
public class CommitteeSizeTests
{
    private static readonly PolicySettings Settings = new();

    [Theory]
    [InlineData(CommitteeLevel.Senior, false, 25, Label = "Minimum_SeniorBySeries_25")]
    [InlineData(CommitteeLevel.Senior, true, 11, Label = "Minimum_SeniorBySpecialty_11")]
    [InlineData(CommitteeLevel.Intermediate, false, null, Label = "Minimum_IntermediateBySeries_None")]
    [InlineData(CommitteeLevel.Intermediate, true, null, Label = "Minimum_IntermediateBySpecialty_None")]
    [InlineData(CommitteeLevel.Junior, false, null, Label = "Minimum_Junior_None")]
    public void Minimum_DefaultSettings_NationalNumbers(CommitteeLevel level, bool bySpecialty, int? minimum) =>
        CommitteeSize.Minimum(level, bySpecialty, Settings).ShouldBe(minimum);

    [Fact]
    public void Minimum_SettingsChanged_FollowsThem()
    {
        var settings = Settings with { MinSeniorCommitteeBySeries = 31, MinSeniorCommitteeBySpecialty = 15, MinOtherCommittee = 7 };

        CommitteeSize.Minimum(CommitteeLevel.Senior, false, settings).ShouldBe(31);
        CommitteeSize.Minimum(CommitteeLevel.Senior, true, settings).ShouldBe(15);
        CommitteeSize.Minimum(CommitteeLevel.Intermediate, false, settings).ShouldBe(7);
        CommitteeSize.Minimum(CommitteeLevel.Junior, true, settings).ShouldBe(7);
    }

    [Theory]
    [InlineData(CommitteeLevel.Senior, false, 24, true, Label = "Check_SeniorBySeries24_Refused")]
    [InlineData(CommitteeLevel.Senior, false, 25, false, Label = "Check_SeniorBySeries25_Allowed")]
    [InlineData(CommitteeLevel.Senior, true, 10, true, Label = "Check_SeniorBySpecialty10_Refused")]
    [InlineData(CommitteeLevel.Senior, true, 11, false, Label = "Check_SeniorBySpecialty11_Allowed")]
    [InlineData(CommitteeLevel.Intermediate, false, 0, false, Label = "Check_IntermediateEmpty_AllowedWithoutAMinimum")]
    [InlineData(CommitteeLevel.Junior, true, 0, false, Label = "Check_JuniorEmpty_AllowedWithoutAMinimum")]
    public void Check_AroundTheMinimum_RefusedBelowIt(CommitteeLevel level, bool bySpecialty, int members, bool refused) =>
        (CommitteeSize.Check(level, bySpecialty, members, Settings) is not null).ShouldBe(refused);

    [Fact]
    public void Check_TooFew_NamesBothNumbersAndTheClause()
    {
        var refusal = CommitteeSize.Check(CommitteeLevel.Senior, false, 24, Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.NationalCommitteeSize);
        refusal.Message.ShouldBe("高级评委会（按系列组建）评审专家不少于 25 人，现有在任专家 24 人");
    }

    [Fact]
    public void Check_BySpecialty_SaysSo() =>
        CommitteeSize.Check(CommitteeLevel.Senior, true, 3, Settings)!.Message.ShouldBe("高级评委会（按专业组建）评审专家不少于 11 人，现有在任专家 3 人");

    [Theory]
    [InlineData(6, true, Label = "Check_OtherMinimumSet_BelowRefused")]
    [InlineData(7, false, Label = "Check_OtherMinimumSet_AtItAllowed")]
    public void Check_MinimumForOthersSet_Applies(int members, bool refused) =>
        (CommitteeSize.Check(CommitteeLevel.Intermediate, false, members, Settings with { MinOtherCommittee = 7 }) is not null).ShouldBe(refused);

    [Theory]
    [InlineData("2025-01-01", "2027-12-31", false, Label = "CheckTerm_ExactlyThreeYears_Allowed")]
    [InlineData("2025-01-01", "2028-01-01", true, Label = "CheckTerm_ThreeYearsAndADay_Refused")]
    [InlineData("2025-03-15", "2028-03-14", false, Label = "CheckTerm_MidMonthThreeYears_Allowed")]
    [InlineData("2025-03-15", "2028-03-15", true, Label = "CheckTerm_MidMonthOneDayLonger_Refused")]
    [InlineData("2025-03-15", "2025-03-15", false, Label = "CheckTerm_OneDay_Allowed")]
    [InlineData("2025-03-15", "2025-03-14", true, Label = "CheckTerm_EndBeforeStart_Refused")]
    public void CheckTerm_AroundTheLongestTerm_RefusedBeyondIt(string start, string end, bool refused) =>
        (CommitteeSize.CheckTerm(D(start), D(end), Settings) is not null).ShouldBe(refused);

    [Fact]
    public void CheckTerm_TooLong_NamesTheLastAllowedDay()
    {
        var refusal = CommitteeSize.CheckTerm(D("2025-03-15"), D("2029-01-01"), Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.NationalExpertTerm);
        refusal.Message.ShouldBe("评审专家每届任期不超过 3 年（2025-03-15 起至多到 2028-03-14）");
    }

    [Fact]
    public void CheckTerm_EndBeforeStart_SaysSo()
    {
        var refusal = CommitteeSize.CheckTerm(D("2025-03-15"), D("2025-03-01"), Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.NationalExpertTerm);
        refusal.Message.ShouldBe("任期结束日不能早于开始日");
    }

    [Theory]
    [InlineData("2029-12-31", false, Label = "CheckTerm_FiveYearSetting_FiveYearsAllowed")]
    [InlineData("2030-01-01", true, Label = "CheckTerm_FiveYearSetting_OneDayMoreRefused")]
    public void CheckTerm_SettingChanged_FollowsIt(string end, bool refused) =>
        (CommitteeSize.CheckTerm(D("2025-01-01"), D(end), Settings with { ExpertTermYears = 5 }) is not null).ShouldBe(refused);
}
