using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Committees;

/// <summary>Which committee grade evaluates a title level, and the grades' Chinese labels.</summary>
public static class CommitteeLevels
{
    /// <summary>The committee grade that evaluates <paramref name="level"/>.</summary>
    public static CommitteeLevel For(TitleLevel level) => level switch
    {
        TitleLevel.Clerk or TitleLevel.Assistant => CommitteeLevel.Junior,
        TitleLevel.Intermediate => CommitteeLevel.Intermediate,
        _ => CommitteeLevel.Senior,
    };

    public static string Label(CommitteeLevel level) => level switch
    {
        CommitteeLevel.Junior => "初级",
        CommitteeLevel.Intermediate => "中级",
        _ => "高级",
    };
}
