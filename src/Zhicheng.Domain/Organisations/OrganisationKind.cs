namespace Zhicheng.Domain.Organisations;

/// <summary>
/// 机构类别. Bureaus form the management hierarchy (市人社局 → 县级人社局); departments, employers and
/// the units that forward applications for people without an employer hang below the bureau of their area.
/// </summary>
public enum OrganisationKind
{
    /// <summary>市人力资源和社会保障局 — the city bureau, root of the hierarchy.</summary>
    CityBureau = 1,
    /// <summary>县（市、区）人力资源和社会保障局 — one of the 13 county-level bureaus.</summary>
    CountyBureau = 2,
    /// <summary>行业主管部门 — an industry competent department.</summary>
    Department = 3,
    /// <summary>用人单位 — an employer (unified social credit code, employment type).</summary>
    Employer = 4,
    /// <summary>劳务派遣单位 — a labour-dispatch unit.</summary>
    LabourDispatch = 5,
    /// <summary>公共就业和人才服务机构 — a public talent-service agency.</summary>
    TalentService = 6,
}
