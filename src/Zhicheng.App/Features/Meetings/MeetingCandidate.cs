using Zhicheng.App.Features.Applications;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// An accepted application on a meeting's list: its review group, the group's scores on the standard's five
/// dimensions and written opinion, and the ballot's counts. The counts are all the ballot keeps of what was voted:
/// who voted is in <see cref="BallotReceipt"/>, never beside a choice.
/// </summary>
public sealed class MeetingCandidate
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int ApplicationId { get; set; }

    public TitleApplication? Application { get; set; }

    public int? GroupId { get; set; }

    /// <summary>Scores 0–100 on 思想品德, 职业道德, 专业能力, 技术水平, 学术影响力 (N2024-1.1), by the group.</summary>
    public int? MoralCharacter { get; set; }

    public int? ProfessionalEthics { get; set; }

    public int? ProfessionalAbility { get; set; }

    public int? TechnicalLevel { get; set; }

    public int? AcademicInfluence { get; set; }

    /// <summary>评议意见 of the group.</summary>
    public string? Opinion { get; set; }

    public string? ScoredBy { get; set; }

    public int Yes { get; set; }

    public int No { get; set; }

    public int Abstain { get; set; }

    /// <summary>The outcome once the ballot is counted (MOHRSS-40-ballot); null before.</summary>
    public bool? Passed { get; set; }

    /// <summary>Set when an objection during the results publicity was upheld: not confirmed, whatever the ballot.</summary>
    public bool Withheld { get; set; }
}
