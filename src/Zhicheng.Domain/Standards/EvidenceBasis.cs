namespace Zhicheng.Domain.Standards;

/// <summary>
/// What an indicator is judged on. The first four are the "四唯" (唯论文、唯职称、唯学历、唯奖项) that N2024-1.1
/// says no standard may rest on alone; everything else — performance, contribution, practice — is <see cref="Performance"/>.
/// </summary>
public enum EvidenceBasis
{
    /// <summary>业绩、贡献、能力与实绩 — anything other than the four below.</summary>
    Performance = 1,
    /// <summary>论文.</summary>
    Papers = 2,
    /// <summary>职称、资历.</summary>
    Titles = 3,
    /// <summary>学历.</summary>
    Degrees = 4,
    /// <summary>奖项.</summary>
    Awards = 5,
}
