using Zhicheng.App.Features;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>A service's refusal as a form shows it: every problem at the top, and each beside its field.</summary>
public sealed class ProblemList(IReadOnlyList<Problem> problems)
{
    public static ProblemList None { get; } = new([]);

    public IReadOnlyList<Problem> All => problems;

    public bool Any => problems.Count > 0;

    /// <summary>The texts (message and clause) of the problems about any of <paramref name="fields"/>.</summary>
    public IEnumerable<string> For(params string[] fields) => problems.Where(p => fields.Contains(p.Field)).Select(p => p.Text);

    public string? Css(params string[] fields) => For(fields).Any() ? "invalid" : null;

    /// <summary>How the summary names a field (the form's label; the request as a whole has none).</summary>
    public static string Label(string field) => field switch
    {
        "foundingUnitId" => "组建单位",
        "name" => "名称",
        "level" => "评委会级别",
        "series" => "评审系列",
        "specialties" => "评审专业",
        "scope" or "scopeUnitIds" => "评审范围",
        "scopeText" => "评审范围说明",
        "conditions" => "评审条件",
        "rules" => "规章制度",
        "office" => "办事机构",
        "members" => "评审专家",
        "version" => "版本",
        "comments" => "审核意见",
        "reason" => "理由",
        "rectifyBy" => "整改期限",
        "specialty" => "专家评审专业",
        "titleLevel" => "专家职称级别",
        "termStart" or "termEnd" => "专家任期",
        _ => "",
    };
}
