using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Committees;

/// <summary>
/// The supervision transitions of N2024-4.3a: active → suspended (with a deadline after today) → active again;
/// active or suspended → revoked, which is final. Every refusal cites N2024-4.3a.
/// </summary>
public class SupervisionTests
{
    private static readonly DateOnly Today = D("2025-06-01");

    [Fact]
    public void Suspend_ActiveWithDeadlineTomorrow_Allowed() =>
        Supervision.Suspend(CommitteeStanding.Active, D("2025-06-02"), Today).ShouldBeNull();

    [Theory]
    [InlineData(CommitteeStanding.Active, "2025-06-01", "整改期限应晚于今天（2025-06-01）", Label = "Suspend_DeadlineToday_Refused")]
    [InlineData(CommitteeStanding.Active, "2025-05-31", "整改期限应晚于今天（2025-06-01）", Label = "Suspend_DeadlinePast_Refused")]
    [InlineData(CommitteeStanding.Active, null, "暂停评审须规定整改期限", Label = "Suspend_NoDeadline_Refused")]
    [InlineData(CommitteeStanding.Suspended, "2025-09-01", "该评委会已处于暂停评审状态", Label = "Suspend_AlreadySuspended_Refused")]
    [InlineData(CommitteeStanding.Revoked, "2025-09-01", "该评委会的评审权已被收回，不能再暂停", Label = "Suspend_Revoked_Refused")]
    public void Suspend_NotAllowed_RefusedWithReason(CommitteeStanding standing, string? rectifyBy, string message)
    {
        var refusal = Supervision.Suspend(standing, OptionalD(rectifyBy), Today).ShouldNotBeNull();

        refusal.Message.ShouldBe(message);
        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
    }

    [Theory]
    [InlineData("整改不到位", "2025-06-02", null, Label = "Suspend_ReasonAndDeadlineTomorrow_Allowed")]
    [InlineData("", "2025-06-02", "暂停评审须写明理由", Label = "Suspend_EmptyReason_Refused")]
    [InlineData("  ", "2025-06-02", "暂停评审须写明理由", Label = "Suspend_BlankReason_Refused")]
    [InlineData(null, "2025-06-02", "暂停评审须写明理由", Label = "Suspend_NoReason_Refused")]
    [InlineData("整改不到位", "2025-06-01", "整改期限应晚于今天（2025-06-01）", Label = "Suspend_ReasonButDeadlineToday_Refused")]
    public void Suspend_WithReason_NeedsReasonAndDeadline(string? reason, string rectifyBy, string? message)
    {
        var refusal = Supervision.Suspend(CommitteeStanding.Active, reason, D(rectifyBy), Today);

        if (message is null)
        {
            refusal.ShouldBeNull();
        }
        else
        {
            refusal.ShouldNotBeNull().Message.ShouldBe(message);
            refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
        }
    }

    [Fact]
    public void Suspend_WithReasonWhenRevoked_TheStandingAnswers() =>
        Supervision.Suspend(CommitteeStanding.Revoked, "复查", D("2025-09-01"), Today)!.Message.ShouldBe("该评委会的评审权已被收回，不能再暂停");

    [Fact]
    public void Lift_Suspended_Allowed() =>
        Supervision.Lift(CommitteeStanding.Suspended).ShouldBeNull();

    [Theory]
    [InlineData(CommitteeStanding.Active, "该评委会未被暂停，无需恢复", Label = "Lift_Active_Refused")]
    [InlineData(CommitteeStanding.Revoked, "评审权已被收回，不能恢复", Label = "Lift_Revoked_Refused")]
    public void Lift_NotSuspended_RefusedWithReason(CommitteeStanding standing, string message)
    {
        var refusal = Supervision.Lift(standing).ShouldNotBeNull();

        refusal.Message.ShouldBe(message);
        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
    }

    [Theory]
    [InlineData(CommitteeStanding.Active, Label = "Revoke_Active_Allowed")]
    [InlineData(CommitteeStanding.Suspended, Label = "Revoke_Suspended_Allowed")]
    public void Revoke_NotYetRevoked_Allowed(CommitteeStanding standing) =>
        Supervision.Revoke(standing).ShouldBeNull();

    [Fact]
    public void Revoke_AlreadyRevoked_Refused()
    {
        var refusal = Supervision.Revoke(CommitteeStanding.Revoked).ShouldNotBeNull();

        refusal.Message.ShouldBe("该评委会的评审权已被收回");
        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
    }
}
