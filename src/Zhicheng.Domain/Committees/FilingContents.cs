namespace Zhicheng.Domain.Committees;

/// <summary>
/// The seven particulars of a committee's filing (N2024-2.3): 组建单位, 评委会名称, 评审系列（专业）(with its level),
/// 评审范围, 评审条件, 规章制度, 办事机构. Specialties empty = the whole series.
/// </summary>
public sealed record FilingContents(
    int FoundingUnitId, string FoundingUnitName, string Name, CommitteeLevel Level, string Series, IReadOnlyList<string> Specialties,
    FilingScope Scope, string Conditions, string Rules, string Office);
