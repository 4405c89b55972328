namespace Zhicheng.Domain.Standards;

/// <summary>职称评审管理权限 — the level at which a standard is owned and published (N2024-1.2).</summary>
public enum ManagementLevel
{
    /// <summary>市级.</summary>
    City = 1,
    /// <summary>县级.</summary>
    County = 2,
    /// <summary>自主评审单位 — an employer that evaluates on its own (N2024-2.1).</summary>
    SelfEvaluating = 3,
}
