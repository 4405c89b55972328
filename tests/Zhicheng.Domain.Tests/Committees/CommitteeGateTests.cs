using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Committees;

/// <summary>
/// Whether a committee may open applications, meet or publish (N2024-2.2, 4.3a, 4.6b): the first failure in the order
/// revoked → suspended → never filed → filing expired → no approved plan answers, with its clause and its facts.
/// </summary>
public class CommitteeGateTests
{
    private const int Year = 2025;
    private static readonly DateOnly Today = D("2025-06-01");
    private static readonly PolicySettings Settings = new();

    private static readonly CommitteeSnapshot Good = new(CommitteeStanding.Active, null, Filed: true, FilingValidUntil: D("2027-03-14"), PlanApproved: true);

    [Theory]
    [InlineData(CommitteeAction.OpenApplications)]
    [InlineData(CommitteeAction.HoldMeeting)]
    [InlineData(CommitteeAction.PublishResults)]
    public void Check_FiledActiveWithApprovedPlan_Allowed(CommitteeAction action) =>
        CommitteeGate.Check(Good, action, Year, Today, Settings).ShouldBeNull();

    [Theory]
    [InlineData(CommitteeAction.OpenApplications, "受理申报")]
    [InlineData(CommitteeAction.HoldMeeting, "召开评审会议")]
    [InlineData(CommitteeAction.PublishResults, "公布评审结果")]
    public void Check_Revoked_RefusedUnder43aNamingTheAction(CommitteeAction action, string what)
    {
        var refusal = CommitteeGate.Check(Good with { Standing = CommitteeStanding.Revoked }, action, Year, Today, Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
        refusal.Message.ShouldBe($"该评委会的评审权已被收回，不能{what}");
    }

    [Fact]
    public void Check_SuspendedWithDeadline_RefusedNamingTheDeadline()
    {
        var refusal = CommitteeGate.Check(Good with { Standing = CommitteeStanding.Suspended, RectifyBy = D("2025-07-31") },
            CommitteeAction.OpenApplications, Year, Today, Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
        refusal.Message.ShouldBe("该评委会已被暂停评审、限期整改，整改期限至 2025-07-31，整改到位恢复前不能受理申报");
    }

    [Fact]
    public void Check_SuspendedWithoutDeadline_RefusedWithoutADate() =>
        CommitteeGate.Check(Good with { Standing = CommitteeStanding.Suspended }, CommitteeAction.HoldMeeting, Year, Today, Settings)!
            .Message.ShouldBe("该评委会已被暂停评审、限期整改，整改到位恢复前不能召开评审会议");

    [Fact]
    public void Check_NeverFiled_RefusedUnder22()
    {
        var refusal = CommitteeGate.Check(Good with { Filed = false, FilingValidUntil = null }, CommitteeAction.OpenApplications, Year, Today, Settings)
            .ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.FilingTriggers);
        refusal.Message.ShouldBe("该评委会尚未核准备案，不能受理申报");
    }

    [Theory]
    [InlineData("2025-05-31", true, Label = "Check_FilingEndedYesterday_Refused")]
    [InlineData("2025-06-01", false, Label = "Check_FilingEndsToday_Allowed")]
    [InlineData("2025-06-02", false, Label = "Check_FilingEndsTomorrow_Allowed")]
    public void Check_AroundTheFilingsLastDay_RefusedOnlyAfterIt(string validUntil, bool refused)
    {
        var refusal = CommitteeGate.Check(Good with { FilingValidUntil = D(validUntil) }, CommitteeAction.OpenApplications, Year, Today, Settings);

        if (refused)
        {
            refusal.ShouldNotBeNull().ClauseId.ShouldBe(ClauseIds.FilingTriggers);
            refusal.Message.ShouldBe($"该评委会的核准备案已于 {validUntil} 到期（有效期 3 年），须重新核准备案后才能受理申报");
        }
        else
        {
            refusal.ShouldBeNull();
        }
    }

    [Fact]
    public void Check_FilingExpired_MessageNamesTheTermSetting() =>
        CommitteeGate.Check(Good with { FilingValidUntil = D("2025-01-01") }, CommitteeAction.PublishResults, Year, Today, Settings with { FilingValidityYears = 2 })!
            .Message.ShouldContain("（有效期 2 年）");

    [Fact]
    public void Check_NoApprovedPlan_RefusedUnder46bNamingTheYear()
    {
        var refusal = CommitteeGate.Check(Good with { PlanApproved = false }, CommitteeAction.OpenApplications, Year, Today, Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.WorkPlan);
        refusal.Message.ShouldBe("该评委会2025年度工作方案尚未经市人社局批准，不能受理申报");
    }

    public static TheoryData<string, CommitteeAction, string> EveryRefusalForEveryAction()
    {
        var rows = new TheoryData<string, CommitteeAction, string>();
        foreach (var action in new[] { CommitteeAction.OpenApplications, CommitteeAction.HoldMeeting, CommitteeAction.PublishResults })
        {
            rows.Add("revoked", action, ClauseIds.CommitteeSuspension);
            rows.Add("suspended", action, ClauseIds.CommitteeSuspension);
            rows.Add("unfiled", action, ClauseIds.FilingTriggers);
            rows.Add("expired", action, ClauseIds.FilingTriggers);
            rows.Add("noPlan", action, ClauseIds.WorkPlan);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(EveryRefusalForEveryAction))]
    public void Check_EachRefusal_AppliesToEveryActionAlike(string failure, CommitteeAction action, string clause)
    {
        var snapshot = failure switch
        {
            "revoked" => Good with { Standing = CommitteeStanding.Revoked },
            "suspended" => Good with { Standing = CommitteeStanding.Suspended, RectifyBy = D("2025-07-31") },
            "unfiled" => Good with { Filed = false, FilingValidUntil = null },
            "expired" => Good with { FilingValidUntil = D("2025-05-31") },
            _ => Good with { PlanApproved = false },
        };

        CommitteeGate.Check(snapshot, action, Year, Today, Settings).ShouldNotBeNull().ClauseId.ShouldBe(clause);
    }

    /// <summary>Everything wrong at once: each row drops the failures above it, and the next one in order answers.</summary>
    [Theory]
    [InlineData(CommitteeStanding.Revoked, false, "2024-01-01", false, ClauseIds.CommitteeSuspension, "评审权已被收回", Label = "Check_RevokedUnfiledNoPlan_RevokedAnswers")]
    [InlineData(CommitteeStanding.Suspended, false, "2024-01-01", false, ClauseIds.CommitteeSuspension, "暂停评审", Label = "Check_SuspendedUnfiledNoPlan_SuspendedAnswers")]
    [InlineData(CommitteeStanding.Active, false, "2024-01-01", false, ClauseIds.FilingTriggers, "尚未核准备案", Label = "Check_UnfiledExpiredNoPlan_UnfiledAnswers")]
    [InlineData(CommitteeStanding.Active, true, "2024-01-01", false, ClauseIds.FilingTriggers, "到期", Label = "Check_ExpiredNoPlan_ExpiredAnswers")]
    [InlineData(CommitteeStanding.Active, true, "2027-01-01", false, ClauseIds.WorkPlan, "工作方案", Label = "Check_OnlyNoPlan_PlanAnswers")]
    public void Check_SeveralFailures_FirstInOrderAnswers(CommitteeStanding standing, bool filed, string validUntil, bool planApproved, string clause, string fragment)
    {
        var snapshot = new CommitteeSnapshot(standing, D("2025-07-31"), filed, D(validUntil), planApproved);

        var refusal = CommitteeGate.Check(snapshot, CommitteeAction.OpenApplications, Year, Today, Settings).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(clause);
        refusal.Message.ShouldContain(fragment);
    }
}
