using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Committees;

/// <summary>评委会级别 — 初级、中级、高级 committees; a committee evaluates the title levels of its grade.</summary>
public enum CommitteeLevel
{
    /// <summary>初级 — 员级 and 助理级.</summary>
    Junior = 1,
    /// <summary>中级.</summary>
    Intermediate = 2,
    /// <summary>高级 — 副高级 and 正高级.</summary>
    Senior = 3,
}

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
