namespace Zhicheng.Domain.Standards;

/// <summary>The five dimensions every standard's indicators must cover (N2024-1.1).</summary>
public enum Dimension
{
    /// <summary>思想品德.</summary>
    MoralCharacter = 1,
    /// <summary>职业道德.</summary>
    ProfessionalEthics = 2,
    /// <summary>专业能力.</summary>
    ProfessionalAbility = 3,
    /// <summary>技术水平.</summary>
    TechnicalLevel = 4,
    /// <summary>学术影响力.</summary>
    AcademicInfluence = 5,
}
