using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 评审会议 — one sitting of a committee in a year: its day and place (inside the approved plan, not after the
/// evaluation deadline, N2024-4.6a), the applicants on its list, the panel drawn for it (seed and draw order kept, so
/// the draw can be re-run), attendance and review groups, the secret ballot, the minutes, the results' publicity and
/// the bureau's confirmation.
/// </summary>
public sealed class EvaluationMeeting
{
    public int Id { get; set; }

    /// <summary>会议编号, e.g. <c>PS2026-0003</c>: the year and the id.</summary>
    public string Number { get; set; } = "";

    public int CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public int Year { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Place { get; set; } = "";

    /// <summary>评审专业 the panel is drawn from, "、"-separated; empty = any specialty of the pool.</summary>
    public string Specialties { get; set; } = "";

    /// <summary>The highest level on the list; every expert drawn holds at least it (MOHRSS-40-expert-level).</summary>
    public TitleLevel Level { get; set; }

    public int PanelSize { get; set; }

    public MeetingStatus Status { get; set; } = MeetingStatus.Scheduled;

    /// <summary>The supervisor's recorded reason for a meeting after the evaluation deadline (N2024-4.6a), and who.</summary>
    public string? OverrideReason { get; set; }

    public string? OverrideBy { get; set; }

    /// <summary>The draw's seed and its whole order (<see cref="Domain.Meetings.DrawnCandidate"/>s as JSON), once drawn.</summary>
    public string? DrawSeed { get; set; }

    public string? DrawOrder { get; set; }

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public DateTimeOffset? VotingOpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// Ballots cast so far. Each ballot adds one to it by an update that also requires the ballot to be open, so a ballot
    /// and the closing of the ballot cannot interleave: a vote after the close finds no open meeting to count on.
    /// </summary>
    public int BallotsCast { get; set; }

    /// <summary>The archived minutes PDF, by the SHA-256 of its bytes in the content store.</summary>
    public string? MinutesSha256 { get; set; }

    public DateOnly? PublicityStart { get; set; }

    public DateOnly? PublicityEnd { get; set; }

    /// <summary>审核确认: when and by whom the bureau confirmed the results, and its document number (文号).</summary>
    public DateOnly? ConfirmedOn { get; set; }

    public string? ConfirmedBy { get; set; }

    public string? DocumentNumber { get; set; }

    /// <summary>The supervisor's recorded reason for a confirmation after the results deadline (N2024-4.6a).</summary>
    public string? ConfirmOverrideReason { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bumped by every change of the meeting's own state, so that two offices acting at once cannot both win.</summary>
    public int Version { get; set; }

    public List<MeetingCandidate> Candidates { get; set; } = [];

    public List<PanelSeat> Seats { get; set; } = [];

    public List<ReviewGroup> Groups { get; set; } = [];
}
