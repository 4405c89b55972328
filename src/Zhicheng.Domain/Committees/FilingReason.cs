namespace Zhicheng.Domain.Committees;

/// <summary>
/// Why a committee files (N2024-2.2): the five occasions on which a committee must be (re)approved and filed
/// (核准备案) before it may work.
/// </summary>
public enum FilingReason
{
    /// <summary>新组建 — a new committee.</summary>
    New = 1,
    /// <summary>评审权下放 — its evaluation power was delegated to it.</summary>
    Delegated = 2,
    /// <summary>隶属关系或名称发生变化 — institutional reform changed its affiliation or name.</summary>
    Reorganised = 3,
    /// <summary>评审范围调整 — its scope (series, specialties, employers or regions) changed.</summary>
    ScopeChanged = 4,
    /// <summary>核准备案有效期届满 — its filing period ended.</summary>
    Expired = 5,
}
