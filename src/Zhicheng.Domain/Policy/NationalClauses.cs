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
        new(ClauseIds.NationalRecusal, Document,
            "评审工作实行回避制度。评审专家与申报人有利害关系或者其他关系可能影响客观公正的，应当申请回避。",
            "抽取评委时，与名单上任一申报人同一单位、或申报利害关系的专家不予抽取（记录其原因）；抽取种子与候选名单留存，可复核重演。"),
        new(ClauseIds.NationalQuorum, Document,
            "召开评审会议，出席评审专家人数应当不少于评审委员会（本次评审）专家人数的2/3。",
            "开始投票前核对出席人数：出席×分母 ≥ 评委人数×分子（默认2/3），不足则不能开启投票。"),
        new(ClauseIds.NationalBallot, Document,
            "评审会议实行少数服从多数的原则，以无记名投票方式表决，同意票数达到出席评审会议的评审专家总数2/3以上的即为评审通过。",
            "每位出席专家对每位申报人投一次（同意/不同意/弃权），投票人与票面分开保存；同意×分母 ≥ 出席×分子（默认 3×同意 ≥ 2×出席）为通过。"),
        new(ClauseIds.NationalReviewGroup, Document,
            "评审委员会可以按照学科或者专业组成若干评议组，每个评议组评审专家不少于3人，负责对申报人提出书面评议意见。",
            "评议组人数下限为设置项（默认3人）；评议组按标准五个维度打分并写出评议意见。"),
        new(ClauseIds.NationalResultsPublicity, Document,
            "评审结果应当在一定范围内公示，公示期不少于5个工作日；公示期满无异议或者经调查异议不成立的，由组建单位审核确认或备案。",
            "结果公示的工作日数为设置项（默认5个）；异议处理完毕、公示期满后，由人社部门确认，确认后授予职称、发放证书。"),
        new(ClauseIds.NationalExpertLevel, Document,
            "评审专家应当具有本专业或者相近专业的高级职称。",
            "抽取的评委所持职称级别不得低于本次评审的最高级别。"),
        new(ClauseIds.NationalCertificate, Document,
            "评审通过人员由组建单位颁发职称证书，电子证书与纸质证书具有同等效力。",
            "确认后为通过者授予职称并签发电子证书（二维码含国密签名），证书编号全系统唯一，可公开核验。"),
    ];
}
