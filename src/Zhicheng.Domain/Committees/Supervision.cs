using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>
/// The supervision transitions of N2024-4.3a: suspend an active committee with a rectification deadline after
/// today; lift a suspension; revoke an active or suspended committee's power (final). Each returns null when
/// allowed, else the refusal naming the committee's current standing.
/// </summary>
public static class Supervision
{
    /// <summary>
    /// Suspend with a stated <paramref name="reason"/> (non-blank) and a rectification deadline after
    /// <paramref name="today"/> (tomorrow is the earliest); only an active committee can be suspended.
    /// </summary>
    public static Refusal? Suspend(CommitteeStanding standing, string? reason, DateOnly? rectifyBy, DateOnly today) =>
        Suspend(standing, rectifyBy, today)
        ?? (string.IsNullOrWhiteSpace(reason) ? new Refusal(ClauseIds.CommitteeSuspension, "暂停评审须写明理由") : null);

    /// <summary>As the four-argument form, for a caller that checks the reason itself.</summary>
    public static Refusal? Suspend(CommitteeStanding standing, DateOnly? rectifyBy, DateOnly today) => standing switch
    {
        CommitteeStanding.Suspended => new Refusal(ClauseIds.CommitteeSuspension, "该评委会已处于暂停评审状态"),
        CommitteeStanding.Revoked => new Refusal(ClauseIds.CommitteeSuspension, "该评委会的评审权已被收回，不能再暂停"),
        _ when rectifyBy is null => new Refusal(ClauseIds.CommitteeSuspension, "暂停评审须规定整改期限"),
        _ when rectifyBy <= today => new Refusal(ClauseIds.CommitteeSuspension, $"整改期限应晚于今天（{today:yyyy-MM-dd}）"),
        _ => null,
    };

    /// <summary>Lift a suspension: only a suspended committee; a revoked one never returns.</summary>
    public static Refusal? Lift(CommitteeStanding standing) => standing == CommitteeStanding.Suspended
        ? null
        : new Refusal(ClauseIds.CommitteeSuspension, standing == CommitteeStanding.Revoked ? "评审权已被收回，不能恢复" : "该评委会未被暂停，无需恢复");

    /// <summary>Revoke the evaluation power of an active or suspended committee; revoked is final.</summary>
    public static Refusal? Revoke(CommitteeStanding standing) => standing == CommitteeStanding.Revoked
        ? new Refusal(ClauseIds.CommitteeSuspension, "该评委会的评审权已被收回")
        : null;
}
