using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>
/// Whether a committee may open applications, hold a meeting or publish results. Checked in this order, the first
/// failure answering: revoked, suspended (N2024-4.3a), never filed, filing expired (N2024-2.2, MOHRSS-40-filing-term),
/// no approved work plan for the year (N2024-4.6b).
/// </summary>
public static class CommitteeGate
{
    public static Refusal? Check(CommitteeSnapshot committee, CommitteeAction action, int year, DateOnly today, PolicySettings settings)
    {
        var what = action switch
        {
            CommitteeAction.OpenApplications => "受理申报",
            CommitteeAction.HoldMeeting => "召开评审会议",
            _ => "公布评审结果",
        };
        if (committee.Standing == CommitteeStanding.Revoked)
        {
            return new Refusal(ClauseIds.CommitteeSuspension, $"该评委会的评审权已被收回，不能{what}");
        }
        if (committee.Standing == CommitteeStanding.Suspended)
        {
            var deadline = committee.RectifyBy is { } d ? $"，整改期限至 {d:yyyy-MM-dd}" : "";
            return new Refusal(ClauseIds.CommitteeSuspension, $"该评委会已被暂停评审、限期整改{deadline}，整改到位恢复前不能{what}");
        }
        if (!committee.Filed)
        {
            return new Refusal(ClauseIds.FilingTriggers, $"该评委会尚未核准备案，不能{what}");
        }
        if (!FilingRules.IsValidOn(committee.FilingValidUntil, today))
        {
            return new Refusal(ClauseIds.FilingTriggers, $"该评委会的核准备案已于 {committee.FilingValidUntil:yyyy-MM-dd} 到期（有效期 {settings.FilingValidityYears} 年），须重新核准备案后才能{what}");
        }
        if (!committee.PlanApproved)
        {
            return new Refusal(ClauseIds.WorkPlan, $"该评委会{year}年度工作方案尚未经市人社局批准，不能{what}");
        }
        return null;
    }
}
