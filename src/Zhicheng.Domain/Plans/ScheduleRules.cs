using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Plans;

/// <summary>A schedule's problems, and the deadline breaches a recorded override let through (to be shown, not hidden).</summary>
public sealed record ScheduleCheck(IReadOnlyList<FieldProblem> Problems, IReadOnlyList<FieldProblem> Overridden);

/// <summary>
/// Whether a plan's schedule holds together (N2024-4.6b) and keeps the year (N2024-4.6a). Reported all at once:
/// missing dates; a window that ends before it starts; the order application window → D → review → meetings →
/// publicity → publication (D on or after the application window closes and before the first meeting; the review
/// after the window closes and before the first meeting; publicity after the last meeting; publication on or after
/// publicity ends); a repeated meeting date; a date outside the plan's year; a plan for a year already over; a
/// meeting after the evaluation deadline or a publication after the results deadline — these two pass only with
/// a recorded override, and are then listed as overridden.
/// </summary>
public static class ScheduleRules
{
    public static ScheduleCheck Check(int year, WorkPlanSchedule s, DateOnly today, TimelineOverride? overriding, PolicySettings settings)
    {
        var problems = new List<FieldProblem>();
        var overridden = new List<FieldProblem>();
        void Add(string path, string message, string clause = ClauseIds.WorkPlan) => problems.Add(new FieldProblem(path, message, clause));

        if (today > new DateOnly(year, 12, 31))
        {
            Add("year", $"{year}年度已结束（今天是 {today:yyyy-MM-dd}），不能再安排该年度的工作", ClauseIds.AnnualTimeline);
        }
        Required(s.ApplicationOpens, "applicationOpens", "申报开始日期");
        Required(s.ApplicationCloses, "applicationCloses", "申报截止日期");
        Required(s.MaterialDeadline, "materialDeadline", "材料收审截止日期（D）");
        Required(s.ReviewStart, "reviewStart", "资格审核开始日期");
        Required(s.ReviewEnd, "reviewEnd", "资格审核结束日期");
        Required(s.PublicityStart, "publicityStart", "结果公示开始日期");
        Required(s.PublicityEnd, "publicityEnd", "结果公示结束日期");
        Required(s.ResultsPublication, "resultsPublication", "结果公布日期");
        if (s.Meetings.Count == 0)
        {
            Add("meetings", "请至少安排一个评审会议日期");
        }

        Window(s.ApplicationOpens, s.ApplicationCloses, "applicationCloses", "申报");
        Window(s.ReviewStart, s.ReviewEnd, "reviewEnd", "资格审核");
        Window(s.PublicityStart, s.PublicityEnd, "publicityEnd", "结果公示");
        var meetings = s.Meetings.Order().ToList();
        DateOnly? first = meetings.Count > 0 ? meetings[0] : null;
        DateOnly? last = meetings.Count > 0 ? meetings[^1] : null;
        if (s.MaterialDeadline is { } d)
        {
            if (s.ApplicationCloses is { } closes && d < closes)
            {
                Add("materialDeadline", $"材料收审截止日期 D（{d:yyyy-MM-dd}）不能早于申报截止日期（{closes:yyyy-MM-dd}）");
            }
            if (first is { } f && d >= f)
            {
                Add("materialDeadline", $"材料收审截止日期 D（{d:yyyy-MM-dd}）须早于第一次评审会议（{f:yyyy-MM-dd}）");
            }
        }
        if (s.ReviewStart is { } rs && s.ApplicationCloses is { } close && rs <= close)
        {
            Add("reviewStart", $"资格审核（{rs:yyyy-MM-dd} 起）与申报期（至 {close:yyyy-MM-dd}）重叠，应在申报截止后开始");
        }
        if (s.ReviewEnd is { } re && first is { } firstMeeting && re >= firstMeeting)
        {
            Add("reviewEnd", $"资格审核（至 {re:yyyy-MM-dd}）与评审会议（{firstMeeting:yyyy-MM-dd}）重叠，应在会议前结束");
        }
        if (s.PublicityStart is { } ps && last is { } lastMeeting && ps <= lastMeeting)
        {
            Add("publicityStart", $"结果公示（{ps:yyyy-MM-dd} 起）应在最后一次评审会议（{lastMeeting:yyyy-MM-dd}）之后");
        }
        if (s.ResultsPublication is { } published && s.PublicityEnd is { } pe && published < pe)
        {
            Add("resultsPublication", $"结果公布日期（{published:yyyy-MM-dd}）不能早于公示结束（{pe:yyyy-MM-dd}）");
        }
        for (var i = 0; i < s.Meetings.Count; i++)
        {
            if (s.Meetings.Take(i).Contains(s.Meetings[i]))
            {
                Add($"meetings[{i}]", $"评审会议日期 {s.Meetings[i]:yyyy-MM-dd} 重复");
            }
        }
        InYear("applicationOpens", s.ApplicationOpens);
        InYear("applicationCloses", s.ApplicationCloses);
        InYear("materialDeadline", s.MaterialDeadline);
        InYear("reviewStart", s.ReviewStart);
        InYear("reviewEnd", s.ReviewEnd);
        for (var i = 0; i < s.Meetings.Count; i++)
        {
            InYear($"meetings[{i}]", s.Meetings[i]);
        }
        InYear("publicityStart", s.PublicityStart);
        InYear("publicityEnd", s.PublicityEnd);
        InYear("resultsPublication", s.ResultsPublication);

        var evaluationDeadline = settings.EvaluationDeadline.In(year);
        for (var i = 0; i < s.Meetings.Count; i++)
        {
            if (s.Meetings[i] > evaluationDeadline && s.Meetings[i].Year == year)
            {
                Deadline($"meetings[{i}]", $"评审会议 {s.Meetings[i]:yyyy-MM-dd} 晚于 {evaluationDeadline:yyyy-MM-dd}：评审工作须在 {settings.EvaluationDeadline} 前完成");
            }
        }
        var resultsDeadline = settings.ResultsDeadline.In(year);
        if (s.ResultsPublication is { } publication && publication > resultsDeadline && publication.Year == year)
        {
            Deadline("resultsPublication", $"结果公布 {publication:yyyy-MM-dd} 晚于 {resultsDeadline:yyyy-MM-dd}：评审结果须在 {settings.ResultsDeadline} 前审核公布");
        }
        return new ScheduleCheck(problems, overridden);

        void Required(DateOnly? date, string path, string label)
        {
            if (date is null)
            {
                Add(path, $"请填写{label}");
            }
        }
        void Window(DateOnly? start, DateOnly? end, string path, string label)
        {
            if (start is { } a && end is { } b && b < a)
            {
                Add(path, $"{label}结束日期（{b:yyyy-MM-dd}）早于开始日期（{a:yyyy-MM-dd}）");
            }
        }
        void InYear(string path, DateOnly? date)
        {
            if (date is { } day && day.Year != year)
            {
                Add(path, $"日期 {day:yyyy-MM-dd} 不在{year}年度内：评审工作按年度进行，不得跨年", ClauseIds.AnnualTimeline);
            }
        }
        void Deadline(string path, string message)
        {
            var problem = new FieldProblem(path, overriding is null ? message + "；如确需突破须由监管部门记录理由" : $"{message}（已批准突破：{overriding.Reason}，{overriding.ApprovedBy}）", ClauseIds.AnnualTimeline);
            (overriding is null || string.IsNullOrWhiteSpace(overriding.Reason) ? problems : overridden).Add(problem);
        }
    }
}
