using System.Collections.Frozen;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// The English codes and Chinese labels of an enumeration. Input accepts the code or any label
/// (the first label is the one shown); output writes the code.
/// </summary>
public sealed class CodeTable<T> where T : struct, Enum
{
    private readonly (string Code, string Label)[] _byOrdinal;
    private readonly FrozenDictionary<string, T> _byText;

    public CodeTable(params (T Value, string Code, string[] Labels)[] entries)
    {
        Entries = [.. entries.Select(e => new CodeEntry<T>(e.Value, e.Code, e.Labels[0]))];
        _byOrdinal = new (string, string)[entries.Max(e => Ordinal(e.Value)) + 1];
        foreach (var (value, code, labels) in entries)
        {
            _byOrdinal[Ordinal(value)] = (code, labels[0]);
        }
        var texts = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, code, labels) in entries)
        {
            texts.Add(code, value);
            foreach (var label in labels)
            {
                texts.Add(label, value);
            }
        }
        _byText = texts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CodeEntry<T>> Entries { get; }

    public string Code(T value) => _byOrdinal[Ordinal(value)].Code;

    public string Label(T value) => _byOrdinal[Ordinal(value)].Label;

    /// <summary>The enumeration's value as an index; every code table's enumeration is int-based and small.</summary>
    private static int Ordinal(T value) => System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value);

    public bool TryParse(string? text, out T value)
    {
        value = default;
        return text is not null && _byText.TryGetValue(text.Trim(), out value);
    }

    /// <summary>"promotion（晋升）、exceptional（破格）…" for error messages.</summary>
    public string Describe() => string.Join("、", Entries.Select(e => $"{e.Code}（{e.Label}）"));
}

public sealed record CodeEntry<T>(T Value, string Code, string Label) where T : struct, Enum;

/// <summary>The code tables of the eligibility contract (<c>shared/contracts/eligibility.md</c>).</summary>
public static class Codes
{
    public static readonly CodeTable<Route> Route = new(
        (Eligibility.Route.Promotion, "promotion", ["晋升"]),
        (Eligibility.Route.Exceptional, "exceptional", ["破格", "破格晋升"]),
        (Eligibility.Route.Transfer, "transfer", ["转评"]),
        (Eligibility.Route.Initial, "initial", ["初定", "初次认定"]));

    public static readonly CodeTable<TitleLevel> Level = new(
        (TitleLevel.Clerk, "clerk", ["员级"]),
        (TitleLevel.Assistant, "assistant", ["助理级"]),
        (TitleLevel.Intermediate, "intermediate", ["中级"]),
        (TitleLevel.AssociateSenior, "associate_senior", ["副高级", "副高"]),
        (TitleLevel.Senior, "senior", ["正高级", "正高"]));

    public static readonly CodeTable<EmploymentType> EmploymentType = new(
        (Eligibility.EmploymentType.PublicInstitution, "public_institution", ["事业单位"]),
        (Eligibility.EmploymentType.StateOwnedEnterprise, "state_owned_enterprise", ["国有企业", "国企"]),
        (Eligibility.EmploymentType.GovernmentAgency, "government_agency", ["机关"]),
        (Eligibility.EmploymentType.NonPublic, "non_public", ["非公经济组织", "非公企业", "民营企业", "私营企业"]),
        (Eligibility.EmploymentType.IndividualBusiness, "individual_business", ["个体工商户"]),
        (Eligibility.EmploymentType.Flexible, "flexible", ["灵活就业", "灵活就业人员"]),
        (Eligibility.EmploymentType.Freelancer, "freelancer", ["自由职业", "自由职业者"]));

    public static readonly CodeTable<Channel> Channel = new(
        (Eligibility.Channel.Employer, "employer", ["用人单位"]),
        (Eligibility.Channel.LaborDispatch, "labor_dispatch", ["劳务派遣单位"]),
        (Eligibility.Channel.CompetentDepartment, "competent_department", ["主管部门"]),
        (Eligibility.Channel.TalentService, "talent_service", ["公共就业和人才服务机构", "人才服务机构"]),
        (Eligibility.Channel.HrBureau, "hr_bureau", ["人力资源社会保障部门", "人社部门"]));

    public static readonly CodeTable<Degree> Degree = new(
        (Eligibility.Degree.Secondary, "secondary", ["中专"]),
        (Eligibility.Degree.Associate, "associate", ["大专", "专科"]),
        (Eligibility.Degree.Bachelor, "bachelor", ["本科"]),
        (Eligibility.Degree.Master, "master", ["硕士", "硕士研究生"]),
        (Eligibility.Degree.Doctorate, "doctorate", ["博士", "博士研究生"]));

    public static readonly CodeTable<AssessmentGrade> Grade = new(
        (AssessmentGrade.Excellent, "excellent", ["优秀"]),
        (AssessmentGrade.Qualified, "qualified", ["合格", "称职"]),
        (AssessmentGrade.BasicallyQualified, "basically_qualified", ["基本合格", "基本称职"]),
        (AssessmentGrade.Unqualified, "unqualified", ["不合格", "不称职"]),
        (AssessmentGrade.Undetermined, "undetermined", ["不确定等次", "不定等次"]));

    public static readonly CodeTable<IntegrityKind> IntegrityKind = new(
        (Eligibility.IntegrityKind.Falsification, "falsification", ["弄虚作假"]),
        (Eligibility.IntegrityKind.AcademicMisconduct, "academic_misconduct", ["学术不端"]),
        (Eligibility.IntegrityKind.DisciplineViolation, "discipline_violation", ["违反评审纪律"]),
        (Eligibility.IntegrityKind.Other, "other", ["其他失信行为", "其他"]));
}
