using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>Code tables (English code + Chinese labels) of the standard document: input accepts either, output writes the code.</summary>
public static class StandardCodes
{
    public static readonly CodeTable<Dimension> Dimension = new(
        (Standards.Dimension.MoralCharacter, "moral_character", ["思想品德"]),
        (Standards.Dimension.ProfessionalEthics, "professional_ethics", ["职业道德"]),
        (Standards.Dimension.ProfessionalAbility, "professional_ability", ["专业能力"]),
        (Standards.Dimension.TechnicalLevel, "technical_level", ["技术水平"]),
        (Standards.Dimension.AcademicInfluence, "academic_influence", ["学术影响力"]));

    public static readonly CodeTable<EvidenceBasis> Basis = new(
        (EvidenceBasis.Performance, "performance", ["业绩贡献", "业绩", "能力业绩"]),
        (EvidenceBasis.Papers, "papers", ["论文"]),
        (EvidenceBasis.Titles, "titles", ["职称", "资历"]),
        (EvidenceBasis.Degrees, "degrees", ["学历"]),
        (EvidenceBasis.Awards, "awards", ["奖项"]));

    public static readonly CodeTable<ManagementLevel> ManagementLevel = new(
        (Standards.ManagementLevel.City, "city", ["市级"]),
        (Standards.ManagementLevel.County, "county", ["县级"]),
        (Standards.ManagementLevel.SelfEvaluating, "self_evaluating", ["自主评审单位", "自主评审"]));
}
