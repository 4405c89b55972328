using Zhicheng.Domain.Applications;

namespace Zhicheng.App.Features.Applications;

/// <summary>What happened to an application, in the order it happened: its timeline (the audit trail has it too).</summary>
public enum ApplicationAction
{
    Created = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
    Resubmitted = 5,
    Rejected = 6,
    Withdrawn = 7,
    PublicityStarted = 8,
    ObjectionRaised = 9,
    ObjectionResolved = 10,
    QualificationChecked = 11,
    Accepted = 12,
    Disqualified = 13,
    MaterialAdded = 14,
    MaterialRemoved = 15,
    IntegrityAcknowledged = 16,
}

/// <summary>申报流转记录 — one entry of an application's timeline: who did what, at which step, and why.</summary>
public sealed class ApplicationEvent
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The acting account's display name and organisation, as shown.</summary>
    public required string Actor { get; set; }

    public int? ActorAccountId { get; set; }

    public ApplicationAction Action { get; set; }

    public ReviewStepKind? StepKind { get; set; }

    public ApplicationStage FromStage { get; set; }

    public ApplicationStage ToStage { get; set; }

    /// <summary>The reason, opinion or note given.</summary>
    public string? Note { get; set; }

    /// <summary>A return's complete list of problems (一次性告知), one per line.</summary>
    public string? Items { get; set; }

    public IReadOnlyList<string> ItemList => Items is null ? [] : Items.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Chinese labels of the actions.</summary>
public static class ApplicationActions
{
    public static string Label(ApplicationAction action) => action switch
    {
        ApplicationAction.Created => "创建申报",
        ApplicationAction.Submitted => "提交申报",
        ApplicationAction.Approved => "审核通过",
        ApplicationAction.Returned => "退回补正",
        ApplicationAction.Resubmitted => "补正后重新提交",
        ApplicationAction.Rejected => "不予通过",
        ApplicationAction.Withdrawn => "撤回申报",
        ApplicationAction.PublicityStarted => "开始单位公示",
        ApplicationAction.ObjectionRaised => "登记公示异议",
        ApplicationAction.ObjectionResolved => "处理公示异议",
        ApplicationAction.QualificationChecked => "资格审查",
        ApplicationAction.Accepted => "受理",
        ApplicationAction.Disqualified => "取消申报资格",
        ApplicationAction.MaterialAdded => "上传材料",
        ApplicationAction.MaterialRemoved => "删除材料",
        _ => "确认诚信记录提示",
    };
}
