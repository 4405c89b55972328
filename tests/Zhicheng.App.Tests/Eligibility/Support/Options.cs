namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>The choices each enumeration's error message lists, as the contract names them (code and Chinese label).</summary>
internal static class Options
{
    public const string Route = "promotion（晋升）、exceptional（破格）、transfer（转评）、initial（初定）";
    public const string Level = "clerk（员级）、assistant（助理级）、intermediate（中级）、associate_senior（副高级）、senior（正高级）";
    public const string EmploymentType = "public_institution（事业单位）、state_owned_enterprise（国有企业）、government_agency（机关）、non_public（非公经济组织）、individual_business（个体工商户）、flexible（灵活就业）、freelancer（自由职业）";
    public const string Channel = "employer（用人单位）、labor_dispatch（劳务派遣单位）、competent_department（主管部门）、talent_service（公共就业和人才服务机构）、hr_bureau（人力资源社会保障部门）";
    public const string Degree = "secondary（中专）、associate（大专）、bachelor（本科）、master（硕士）、doctorate（博士）";
    public const string Grade = "excellent（优秀）、qualified（合格）、basically_qualified（基本合格）、unqualified（不合格）、undetermined（不确定等次）";
    public const string IntegrityKind = "falsification（弄虚作假）、academic_misconduct（学术不端）、discipline_violation（违反评审纪律）、other（其他失信行为）";

    public static string Missing(string options) => $"缺少取值，可选：{options}";

    public static string Unknown(string value, string options) => $"无法识别的取值“{value}”，可选：{options}";
}
