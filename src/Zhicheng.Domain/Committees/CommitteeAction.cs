namespace Zhicheng.Domain.Committees;

/// <summary>What a committee may be refused to do when it is unfiled, expired, suspended, revoked or without an approved plan.</summary>
public enum CommitteeAction
{
    /// <summary>开始受理申报.</summary>
    OpenApplications = 1,
    /// <summary>召开评审会议.</summary>
    HoldMeeting = 2,
    /// <summary>公布评审结果.</summary>
    PublishResults = 3,
}
