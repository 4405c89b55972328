namespace Zhicheng.Domain.Committees;

/// <summary>A committee's standing under supervision (N2024-4.3a).</summary>
public enum CommitteeStanding
{
    /// <summary>正常.</summary>
    Active = 1,
    /// <summary>暂停评审，限期整改.</summary>
    Suspended = 2,
    /// <summary>收回评审权.</summary>
    Revoked = 3,
}
