using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Plans;

namespace Zhicheng.App.Features.Committees;

/// <summary>How pages, exports and messages name the states of committees, filings and plans.</summary>
public static class FilingLabels
{
    public static string Status(FilingStatus status) => status switch
    {
        FilingStatus.Draft => "草稿",
        FilingStatus.Submitted => "已报送待核准",
        FilingStatus.Approved => "已核准备案",
        _ => "已退回修改",
    };

    public static string Reason(FilingReason reason) => reason switch
    {
        FilingReason.New => "新组建",
        FilingReason.Delegated => "评审权下放",
        FilingReason.Reorganised => "隶属关系或名称变化",
        FilingReason.ScopeChanged => "评审范围调整",
        _ => "备案有效期届满",
    };

    /// <summary>The reasons stored on a filing ("New,ScopeChanged"), in words.</summary>
    public static string Reasons(string codes) =>
        string.Join("、", codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.TryParse<FilingReason>(c, out var r) ? Reason(r) : c));

    public static string Standing(CommitteeStanding standing) => standing switch
    {
        CommitteeStanding.Active => "正常",
        CommitteeStanding.Suspended => "暂停评审（限期整改）",
        _ => "已收回评审权",
    };

    public static string Plan(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "草稿",
        PlanStatus.Submitted => "已报送待审批",
        PlanStatus.Approved => "已批准",
        _ => "已退回修改",
    };

    public static string Level(CommitteeLevel level) => CommitteeLevels.Label(level);
}
