namespace Zhicheng.Domain.Plans;

/// <summary>An annual work plan's approval (N2024-4.6b): drafted, submitted to the city bureau, approved or returned with comments.</summary>
public enum PlanStatus
{
    /// <summary>草稿.</summary>
    Draft = 1,
    /// <summary>已报送，待审批.</summary>
    Submitted = 2,
    /// <summary>已批准.</summary>
    Approved = 3,
    /// <summary>已退回修改.</summary>
    Returned = 4,
}
