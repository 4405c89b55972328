using Zhicheng.App.Features;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>
/// A service's refusal as the integrity and supervision forms show it: every problem at the top (under what it
/// stopped), and each beside its field; each text carries its clause (<see cref="Problem.Text"/>).
/// </summary>
public sealed class FormProblems(string refused, IReadOnlyList<Problem> problems)
{
    public static FormProblems None { get; } = new("", []);

    /// <summary>What the problems stopped ("未能录入"), the summary's heading.</summary>
    public string Refused => refused;

    public IReadOnlyList<Problem> All => problems;

    public bool Any => problems.Count > 0;

    /// <summary>The texts of the problems about <paramref name="field"/>, joined; null when there are none.</summary>
    public string? For(string field) =>
        problems.Any(p => p.Field == field) ? string.Join("；", problems.Where(p => p.Field == field).Select(p => p.Text)) : null;

    public string Css(string field) => For(field) is null ? "" : "invalid";

    public string? DescribedBy(string field) => For(field) is null ? null : field + "-error";

    /// <summary>How the summary names a field (the form's label; the request as a whole has none).</summary>
    public static string Label(string field) => field switch
    {
        "idNumber" => "公民身份号码",
        "name" => "姓名",
        "subject" => "对象类别",
        "kind" => "失信行为类别",
        "description" => "失信行为",
        "evidence" => "证据",
        "decidedOn" => "认定日期",
        "note" => "更正理由",
        "version" => "版本",
        "organisationId" => "被监督单位",
        "reason" => "事由",
        "rectifyBy" => "整改期限",
        "applicationId" => "相关申报",
        "report" => "整改情况",
        _ => "",
    };
}
