namespace Zhicheng.Domain.Applications;

/// <summary>
/// 审核环节 — the kinds of step an application's review chain is built from (N2024-3.1c), in the order they come.
/// </summary>
public enum ReviewStepKind
{
    /// <summary>
    /// 推荐单位: the unit that holds the applicant's record and forwards the application — the employer, a labour-dispatch
    /// unit, a talent-service agency, or the local HR bureau for those with no employer (兜底). It reviews, publicises
    /// and recommends (MOHRSS-40-unit-review).
    /// </summary>
    Unit = 1,
    /// <summary>主管部门: the employer's competent department, where it has one.</summary>
    Department = 2,
    /// <summary>县级人社部门: the county bureau, for a county applicant to a city-level committee.</summary>
    CountyBureau = 3,
    /// <summary>评委会办公室: the committee office's qualification check, then acceptance.</summary>
    CommitteeOffice = 4,
}

/// <summary>Chinese labels of the step kinds.</summary>
public static class ReviewStepKinds
{
    public static string Label(ReviewStepKind kind) => kind switch
    {
        ReviewStepKind.Unit => "单位审核推荐",
        ReviewStepKind.Department => "主管部门审核",
        ReviewStepKind.CountyBureau => "县级人社部门审核",
        _ => "评委会办公室资格审查",
    };
}
