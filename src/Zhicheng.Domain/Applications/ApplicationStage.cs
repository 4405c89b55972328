namespace Zhicheng.Domain.Applications;

/// <summary>
/// Where an application (职称申报) stands. <see cref="InReview"/> is at one step of its review chain; the three
/// ends — accepted by the committee office, rejected, disqualified — and a withdrawal are final.
/// </summary>
public enum ApplicationStage
{
    /// <summary>草稿: being filled in; nobody but the applicant's side sees it.</summary>
    Draft = 1,
    /// <summary>审核中: at one step of the review chain (<see cref="ReviewStepKind"/>).</summary>
    InReview = 2,
    /// <summary>退回补正: returned to the applicant with one complete list of problems (一次性告知).</summary>
    Returned = 3,
    /// <summary>已受理: the committee office accepted it after the qualification check.</summary>
    Accepted = 4,
    /// <summary>不予通过: rejected at a step, with a reason.</summary>
    Rejected = 5,
    /// <summary>已撤回: withdrawn by the applicant's side before acceptance.</summary>
    Withdrawn = 6,
    /// <summary>取消申报资格: disqualified for falsification (N2024-4.3c).</summary>
    Disqualified = 7,
}

/// <summary>Chinese labels of the stages.</summary>
public static class ApplicationStages
{
    public static string Label(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Draft => "草稿",
        ApplicationStage.InReview => "审核中",
        ApplicationStage.Returned => "退回补正",
        ApplicationStage.Accepted => "已受理",
        ApplicationStage.Rejected => "不予通过",
        ApplicationStage.Withdrawn => "已撤回",
        _ => "已取消申报资格",
    };
}
