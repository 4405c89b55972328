namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// What the office gives to schedule a meeting: the day, place and panel size, the specialties the panel is drawn
/// from ("、"-separated, empty = any), and the accepted applications on its list (empty = every accepted application
/// of the committee's year not yet on a meeting, in those specialties).
/// </summary>
public sealed record MeetingForm(int CommitteeId, DateOnly? HeldOn, string? Place, int? PanelSize, string? Specialties, IReadOnlyList<int>? ApplicationIds);

/// <summary>One review group as the office forms it: a name, the seats in it and the candidates it reviews.</summary>
public sealed record GroupForm(string? Name, IReadOnlyList<int> SeatIds, IReadOnlyList<int> CandidateIds);

/// <summary>A group's scores on the five dimensions (0–100 each) and its written opinion on one candidate.</summary>
public sealed record ScoreForm(int? MoralCharacter, int? ProfessionalEthics, int? ProfessionalAbility, int? TechnicalLevel, int? AcademicInfluence, string? Opinion);
