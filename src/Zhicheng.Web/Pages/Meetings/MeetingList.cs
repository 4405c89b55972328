using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// 评审名单 as a table: who is evaluated, their group, the group's scores and opinion once given, and — only when the
/// ballot is closed — the tally and the outcome (the sealed ballots are counted only at the close).
/// </summary>
public sealed record MeetingList(IReadOnlyList<CandidateRow> Rows, MeetingStatus Status, IReadOnlyList<ReviewGroup> Groups, bool LinkApplications)
{
    public bool Counted => Status >= MeetingStatus.Closed;

    public string Group(int? groupId) => Groups.FirstOrDefault(g => g.Id == groupId)?.Name ?? "";

    public static string Target(CandidateRow r) => $"{r.Series} {r.Specialty} {Codes.Level.Label(r.Level)}";

    /// <summary>The five scores in the standard's order, with their Chinese names (N2024-1.1).</summary>
    public static IReadOnlyList<(string Label, int? Score)> Scores(MeetingCandidate c) =>
    [
        ("思想品德", c.MoralCharacter), ("职业道德", c.ProfessionalEthics), ("专业能力", c.ProfessionalAbility),
        ("技术水平", c.TechnicalLevel), ("学术影响力", c.AcademicInfluence),
    ];

    public static string Outcome(MeetingCandidate c) => c switch
    {
        { Withheld: true } => "异议成立，不予确认",
        { Passed: true } => "通过",
        { Passed: false } => "未通过",
        _ => "",
    };
}
