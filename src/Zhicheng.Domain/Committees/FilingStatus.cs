namespace Zhicheng.Domain.Committees;

/// <summary>
/// Where a filing stands: drafted by the founding unit, submitted to the approving bureau, then approved (valid
/// until its end date, after which it reads as expired) or returned with comments for correction.
/// </summary>
public enum FilingStatus
{
    /// <summary>草稿.</summary>
    Draft = 1,
    /// <summary>已提交，待核准.</summary>
    Submitted = 2,
    /// <summary>已核准备案.</summary>
    Approved = 3,
    /// <summary>已退回修改.</summary>
    Returned = 4,
}
