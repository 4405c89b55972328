using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Plans;

/// <summary>
/// Whether a plan's schedule holds together (N2024-4.6b) and keeps the year (N2024-4.6a). Every problem is reported
/// at once, each at its field's path. Every window includes both its ends.
/// <list type="bullet">
/// <item>N2024-4.6b: a missing date or no meeting; a window that ends before it starts; D (申报材料收审截止日) before the
/// application window closes (D on the closing day passes) or on/after the first meeting (the day before passes); a
/// review that starts on or before the last application day or ends on or after the first meeting (the windows may
/// not share a day); publicity that starts on or before the last meeting; publication before publicity ends
/// (publication on the last publicity day passes); a meeting date given twice (named at the repeat).</item>
/// <item>N2024-4.6a: a plan for a year already over (<c>today</c> after 12-31 of the year; 12-31 itself is still in
/// time); any date before the year; an application, D or review date after the year.</item>
/// <item>N2024-4.6a, overridable: a meeting after <see cref="PolicySettings.EvaluationDeadline"/> (11-30 passes, 12-01
/// does not), and a publicity or publication date after <see cref="PolicySettings.ResultsDeadline"/> (12-31 passes,
/// the next 01-01 does not). These are refused unless an override with a non-blank reason is given; then they are
/// returned in <see cref="ScheduleCheck.Overridden"/> instead, carrying the reason, for the caller to record. A date
/// past the year in these fields is one of these breaches, not an out-of-year problem, so that an override can let
/// results cross into January as N2024-4.6a allows. Publicity counts under the results deadline because it is part
/// of 审核公布 and precedes the publication.</item>
/// </list>
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

        var evaluationDeadline = settings.EvaluationDeadline.In(year);
        for (var i = 0; i < s.Meetings.Count; i++)
        {
            var meeting = s.Meetings[i];
            if (!BeforeYear($"meetings[{i}]", meeting) && meeting > evaluationDeadline)
            {
                Deadline($"meetings[{i}]", $"评审会议 {meeting:yyyy-MM-dd} 晚于 {evaluationDeadline:yyyy-MM-dd}{Crossing(meeting)}：评审工作须在 {settings.EvaluationDeadline} 前完成");
            }
        }
        var resultsDeadline = settings.ResultsDeadline.In(year);
        Results("publicityStart", "结果公示开始", s.PublicityStart);
        Results("publicityEnd", "结果公示结束", s.PublicityEnd);
        Results("resultsPublication", "结果公布", s.ResultsPublication);
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
            if (date is { } day && !BeforeYear(path, day) && day.Year > year)
            {
                Add(path, OutsideYear(day), ClauseIds.AnnualTimeline);
            }
        }
        bool BeforeYear(string path, DateOnly day)
        {
            if (day.Year < year)
            {
                Add(path, OutsideYear(day), ClauseIds.AnnualTimeline);
            }
            return day.Year < year;
        }
        void Results(string path, string label, DateOnly? date)
        {
            if (date is { } day && !BeforeYear(path, day) && day > resultsDeadline)
            {
                Deadline(path, $"{label} {day:yyyy-MM-dd} 晚于 {resultsDeadline:yyyy-MM-dd}{Crossing(day)}：评审结果须在 {settings.ResultsDeadline} 前审核公布");
            }
        }
        string OutsideYear(DateOnly day) => $"日期 {day:yyyy-MM-dd} 不在{year}年度内：评审工作按年度进行，不得跨年";
        string Crossing(DateOnly day) => day.Year > year ? $"，已跨入{day.Year}年" : "";
        void Deadline(string path, string message)
        {
            var accepted = overriding is not null && !string.IsNullOrWhiteSpace(overriding.Reason);
            var problem = new FieldProblem(path, accepted
                ? $"{message}（已批准突破：{overriding!.Reason.Trim()}，{overriding.ApprovedBy.Trim()}）"
                : message + "；如确需突破须由监管部门记录理由", ClauseIds.AnnualTimeline);
            (accepted ? overridden : problems).Add(problem);
        }
    }
}
