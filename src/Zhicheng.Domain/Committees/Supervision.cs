using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>
/// The supervision transitions of N2024-4.3a: suspend an active committee with a rectification deadline after
/// today; lift a suspension; revoke an active or suspended committee's power (final). Each returns null when
/// allowed, else the refusal naming the committee's current standing.
/// </summary>
public static class Supervision
{
    public static Refusal? Suspend(CommitteeStanding standing, DateOnly? rectifyBy, DateOnly today) => standing switch
    {
        CommitteeStanding.Suspended => new Refusal(ClauseIds.CommitteeSuspension, "该评委会已处于暂停评审状态"),
        CommitteeStanding.Revoked => new Refusal(ClauseIds.CommitteeSuspension, "该评委会的评审权已被收回，不能再暂停"),
        _ when rectifyBy is null => new Refusal(ClauseIds.CommitteeSuspension, "暂停评审须规定整改期限"),
        _ when rectifyBy <= today => new Refusal(ClauseIds.CommitteeSuspension, $"整改期限应晚于今天（{today:yyyy-MM-dd}）"),
        _ => null,
    };

    public static Refusal? Lift(CommitteeStanding standing) => standing == CommitteeStanding.Suspended
        ? null
        : new Refusal(ClauseIds.CommitteeSuspension, standing == CommitteeStanding.Revoked ? "评审权已被收回，不能恢复" : "该评委会未被暂停，无需恢复");

    public static Refusal? Revoke(CommitteeStanding standing) => standing == CommitteeStanding.Revoked
        ? new Refusal(ClauseIds.CommitteeSuspension, "该评委会的评审权已被收回")
        : null;
}
