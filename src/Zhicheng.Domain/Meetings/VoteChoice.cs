namespace Zhicheng.Domain.Meetings;

/// <summary>One expert's choice on one applicant in the secret ballot (无记名投票).</summary>
public enum VoteChoice
{
    /// <summary>同意.</summary>
    Yes = 1,
    /// <summary>不同意.</summary>
    No = 2,
    /// <summary>弃权.</summary>
    Abstain = 3,
}
