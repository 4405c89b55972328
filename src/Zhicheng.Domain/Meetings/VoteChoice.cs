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

/// <summary>Chinese labels of the choices.</summary>
public static class VoteChoices
{
    public static string Label(VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => "同意",
        VoteChoice.No => "不同意",
        _ => "弃权",
    };
}
