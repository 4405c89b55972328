using System.Globalization;
using Zhicheng.App.Features;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// A meeting service's refusal as the meeting pages show it: every problem at the top (a stale copy among them), and
/// each beside its field; each text carries its clause (<see cref="Problem.Text"/>).
/// </summary>
public sealed class MeetingProblems(IReadOnlyList<Problem> problems)
{
    public static MeetingProblems None { get; } = new([]);

    public IReadOnlyList<Problem> All => problems;

    public bool Any => problems.Count > 0;

    /// <summary>The texts of the problems about <paramref name="field"/>, joined; null when there are none.</summary>
    public string? For(string field) =>
        problems.Any(p => p.Field == field) ? string.Join("；", problems.Where(p => p.Field == field).Select(p => p.Text)) : null;

    /// <summary>The texts of the problems about any field starting with <paramref name="prefix"/>.</summary>
    public string? Starting(string prefix) =>
        problems.Any(p => p.Field.StartsWith(prefix, StringComparison.Ordinal))
            ? string.Join("；", problems.Where(p => p.Field.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Text))
            : null;

    public string Css(string field) => For(field) is null ? "" : "invalid";

    /// <summary>How the summary names a field (the form's label; the request as a whole has none).</summary>
    public static string Label(string field) => field switch
    {
        "committeeId" => "评委会",
        "heldOn" => "会议日期",
        "place" => "会议地点",
        "panelSize" => "评委人数",
        "specialties" => "评审专业",
        "present" => "出席登记",
        "version" => "版本",
        "start" => "公示开始日期",
        "candidateId" => "申报人",
        "raisedBy" => "异议人",
        "content" => "异议内容",
        "resolution" => "核查处理结果",
        "documentNumber" => "文号",
        "overrideReason" => "延期理由",
        "moralCharacter" => "思想品德",
        "professionalEthics" => "职业道德",
        "professionalAbility" => "专业能力",
        "technicalLevel" => "技术水平",
        "academicInfluence" => "学术影响力",
        "opinion" => "评议意见",
        "userName" => "账号",
        "personId" => "申报人员",
        "relation" => "利害关系",
        _ when field.StartsWith("applicationIds", StringComparison.Ordinal) => "评审名单",
        _ when field.StartsWith("groups", StringComparison.Ordinal) => "评议组",
        _ when field.StartsWith("choices", StringComparison.Ordinal) => "选票",
        _ => "",
    };

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as 运城 reads it (UTC+8).</summary>
    public static string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
