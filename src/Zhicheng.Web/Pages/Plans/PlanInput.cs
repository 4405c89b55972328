using System.Globalization;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Plans;

namespace Zhicheng.Web.Pages.Plans;

/// <summary>
/// The work plan form as the browser posts it: dates as the text of <c>input type=date</c> (yyyy-MM-dd, blank when
/// unset), any number of meeting dates, and the version the editor started from. Problems are keyed by the same
/// field names as <see cref="WorkPlanService"/>'s (<c>materialDeadline</c>, <c>meetings[1]</c> …).
/// </summary>
public sealed class PlanInput
{
    public string? ApplicationOpens { get; set; }
    public string? ApplicationCloses { get; set; }
    public string? MaterialDeadline { get; set; }
    public string? ReviewStart { get; set; }
    public string? ReviewEnd { get; set; }
    public List<string?> Meetings { get; set; } = [];
    public string? PublicityStart { get; set; }
    public string? PublicityEnd { get; set; }
    public string? ResultsPublication { get; set; }
    public string? StandardId { get; set; }
    public string? RecommendationProcedure { get; set; }
    public string? WorkDiscipline { get; set; }
    public int Version { get; set; }

    /// <summary>The schedule's fields in the order the form shows them, with their labels.</summary>
    public static IReadOnlyList<(string Field, string Label)> Dates { get; } =
    [
        ("applicationOpens", "申报开始日期"), ("applicationCloses", "申报截止日期"), ("materialDeadline", "材料收审截止日期（D）"),
        ("reviewStart", "资格审核开始日期"), ("reviewEnd", "资格审核结束日期"),
        ("publicityStart", "结果公示开始日期"), ("publicityEnd", "结果公示结束日期"), ("resultsPublication", "结果公布日期"),
    ];

    public static PlanInput From(WorkPlan plan) => new()
    {
        ApplicationOpens = Iso(plan.ApplicationOpens), ApplicationCloses = Iso(plan.ApplicationCloses), MaterialDeadline = Iso(plan.MaterialDeadline),
        ReviewStart = Iso(plan.ReviewStart), ReviewEnd = Iso(plan.ReviewEnd), Meetings = [.. plan.Meetings.Select(d => Iso(d))],
        PublicityStart = Iso(plan.PublicityStart), PublicityEnd = Iso(plan.PublicityEnd), ResultsPublication = Iso(plan.ResultsPublication),
        StandardId = plan.StandardId?.ToString(CultureInfo.InvariantCulture), RecommendationProcedure = plan.RecommendationProcedure,
        WorkDiscipline = plan.WorkDiscipline, Version = plan.Version,
    };

    /// <summary>The text of a date field by its name.</summary>
    public string? Date(string field) => field switch
    {
        "applicationOpens" => ApplicationOpens,
        "applicationCloses" => ApplicationCloses,
        "materialDeadline" => MaterialDeadline,
        "reviewStart" => ReviewStart,
        "reviewEnd" => ReviewEnd,
        "publicityStart" => PublicityStart,
        "publicityEnd" => PublicityEnd,
        _ => ResultsPublication,
    };

    /// <summary>
    /// The form as the service takes it, or the fields that are not dates or numbers at all. Blank meeting inputs are
    /// dropped first (the form always offers a few spare ones), so <c>meetings[i]</c> is the i-th date filled in.
    /// </summary>
    public (PlanForm? Form, List<Problem> Problems) ToForm()
    {
        Meetings = [.. Meetings.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!.Trim())];
        var problems = new List<Problem>();
        DateOnly? Read(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }
            problems.Add(new Problem(field, $"“{text}”不是有效日期，应为 yyyy-MM-dd"));
            return null;
        }
        var meetings = Meetings.Select((m, i) => Read($"meetings[{i}]", m)).ToList();
        int? standardId = null;
        if (!string.IsNullOrWhiteSpace(StandardId))
        {
            if (int.TryParse(StandardId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                standardId = id;
            }
            else
            {
                problems.Add(new Problem("standardId", "请从列表中选择评价标准版本"));
            }
        }
        var form = new PlanForm
        {
            ApplicationOpens = Read("applicationOpens", ApplicationOpens), ApplicationCloses = Read("applicationCloses", ApplicationCloses),
            MaterialDeadline = Read("materialDeadline", MaterialDeadline), ReviewStart = Read("reviewStart", ReviewStart), ReviewEnd = Read("reviewEnd", ReviewEnd),
            Meetings = [.. meetings.OfType<DateOnly>()],
            PublicityStart = Read("publicityStart", PublicityStart), PublicityEnd = Read("publicityEnd", PublicityEnd),
            ResultsPublication = Read("resultsPublication", ResultsPublication), StandardId = standardId,
            RecommendationProcedure = RecommendationProcedure ?? "", WorkDiscipline = WorkDiscipline ?? "",
        };
        return problems.Count == 0 ? (form, problems) : (null, problems);
    }

    /// <summary>How the problem list names a field: "材料收审截止日期（D）", "第2个评审会议日期".</summary>
    public static string Label(string field)
    {
        if (field.StartsWith("meetings[", StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(9, field.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return $"第{i + 1}个评审会议日期";
        }
        foreach (var (name, label) in Dates)
        {
            if (name == field)
            {
                return label;
            }
        }
        return field switch
        {
            "meetings" => "评审会议日期",
            "standardId" => "评价标准版本",
            "recommendationProcedure" => "推荐程序",
            "workDiscipline" => "工作纪律",
            "year" => "年度",
            "committeeId" => "评委会",
            "version" => "版本",
            "comments" => "审批意见",
            "reason" => "突破时限理由",
            _ => "",
        };
    }

    /// <summary>The HTML id of a field's control: <c>meetings[1]</c> → <c>meetings-1</c>.</summary>
    public static string Id(string field) => field.Replace('[', '-').Replace("]", "", StringComparison.Ordinal).Replace('.', '-');

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
