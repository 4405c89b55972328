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
