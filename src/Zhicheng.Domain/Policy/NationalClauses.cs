namespace Zhicheng.Domain.Policy;

/// <summary>
/// The national rules the notice works within, where the system takes a number the notice does not give:
/// 职称评审管理暂行规定 (人力资源社会保障部令第40号, 2019-07-01, in force 2019-09-01), cited <c>MOHRSS-40-…</c>.
/// Every number they give is a setting (<see cref="PolicySettings"/>), with the regulation's as its default.
/// </summary>
public static class NationalClauses
{
    public const string Document = "职称评审管理暂行规定（人力资源社会保障部令第40号）";

    public static IReadOnlyList<Clause> All { get; } =
    [
        new(ClauseIds.NationalFilingTerm, Document,
            "职称评审委员会实行核准备案管理制度，核准备案有效期不超过3年，有效期届满应当重新核准备案。",
            "评委会备案的有效期为设置项（默认3年），期满须重新核准备案。"),
        new(ClauseIds.NationalCommitteeSize, Document,
            "按照职称系列组建的高级职称评审委员会评审专家不少于25人，按照专业组建的高级职称评审委员会评审专家不少于11人。",
            "评委会评审专家人数的下限按级别和组建方式设置（默认：高级按系列25人、按专业11人）。"),
        new(ClauseIds.NationalUnitReview, Document,
            "用人单位对申报材料进行审核，并在单位内部公示，公示期不少于5个工作日；经公示无异议的，按照职称评审管理权限逐级推荐或报送。",
            "推荐单位先审核、再公示（工作日数为设置项，默认5个），公示期满且异议均已处理后方可推荐。"),
        new(ClauseIds.NationalOneTimeNotice, Document,
            "申报材料不符合规定的，应当一次性告知申报人需要补正的全部内容。",
            "各审核环节退回补正时须一次列明全部问题，申报人补正后由退回环节重新审核。"),
        new(ClauseIds.NationalExpertTerm, Document,
            "评审专家每届任期不超过3年。",
            "评审专家任期上限为设置项（默认3年）。"),
    ];
}
