namespace Zhicheng.Domain.Meetings;

/// <summary>
/// Where a 评审会议 stands, in order: scheduled, panel drawn, ballot open, ballot closed and counted, results
/// publicised, results confirmed by the bureau. Each step only moves forward.
/// </summary>
public enum MeetingStatus
{
    /// <summary>已安排: date, place and candidates set; no panel yet.</summary>
    Scheduled = 1,
    /// <summary>已抽取评委: the panel was drawn (seed and candidate list recorded); attendance and groups are recorded.</summary>
    PanelDrawn = 2,
    /// <summary>投票中: quorum was met and the secret ballot is open.</summary>
    Voting = 3,
    /// <summary>已计票: the ballot is closed and counted; minutes archived.</summary>
    Closed = 4,
    /// <summary>结果公示中: the results are on the public page for the publicity period.</summary>
    Publicised = 5,
    /// <summary>已确认: the bureau confirmed the results; titles granted and certificates issued.</summary>
    Confirmed = 6,
}

/// <summary>Chinese labels of the statuses.</summary>
public static class MeetingStatuses
{
    public static string Label(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "已安排",
        MeetingStatus.PanelDrawn => "已抽取评委",
        MeetingStatus.Voting => "投票中",
        MeetingStatus.Closed => "已计票",
        MeetingStatus.Publicised => "结果公示中",
        _ => "结果已确认",
    };
}
