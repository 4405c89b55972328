using System.Collections.Frozen;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Policy;

/// <summary>The submission channels that fit each employment type (N2024-3.1c), as data.</summary>
public sealed class ChannelTable
{
    private readonly FrozenDictionary<EmploymentType, Channel[]> _allowed;

    public ChannelTable(IReadOnlyDictionary<EmploymentType, Channel[]> allowed) => _allowed = allowed.ToFrozenDictionary();

    /// <summary>
    /// 事业单位/国有企业/机关 → 用人单位、主管部门、劳务派遣单位; 非公经济组织 → 用人单位、劳务派遣单位、
    /// 人才服务机构、人社部门; 个体工商户/灵活就业/自由职业 → 人社部门、人才服务机构 (the 兜底 of N2024-3.1c).
    /// </summary>
    public static ChannelTable N2024 { get; } = new(new Dictionary<EmploymentType, Channel[]>
    {
        [EmploymentType.PublicInstitution] = [Channel.Employer, Channel.CompetentDepartment, Channel.LaborDispatch],
        [EmploymentType.StateOwnedEnterprise] = [Channel.Employer, Channel.CompetentDepartment, Channel.LaborDispatch],
        [EmploymentType.GovernmentAgency] = [Channel.Employer, Channel.CompetentDepartment, Channel.LaborDispatch],
        [EmploymentType.NonPublic] = [Channel.Employer, Channel.LaborDispatch, Channel.TalentService, Channel.HrBureau],
        [EmploymentType.IndividualBusiness] = [Channel.HrBureau, Channel.TalentService],
        [EmploymentType.Flexible] = [Channel.HrBureau, Channel.TalentService],
        [EmploymentType.Freelancer] = [Channel.HrBureau, Channel.TalentService],
    });

    public IReadOnlyList<Channel> AllowedFor(EmploymentType type) => _allowed.TryGetValue(type, out var channels) ? channels : [];

    public bool Allows(EmploymentType type, Channel channel) => Array.IndexOf(_allowed[type], channel) >= 0;
}
