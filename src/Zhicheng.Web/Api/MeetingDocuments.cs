using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.Web.Api;

public record MeetingActionBody
{
    public int? Version { get; init; }
}

public sealed record ScheduleBody(int? CommitteeId, DateOnly? HeldOn, string? Place, int? PanelSize, string? Specialties, IReadOnlyList<int>? ApplicationIds);

public sealed record AttendanceBody : MeetingActionBody
{
    public IReadOnlyList<int>? Present { get; init; }
}

public sealed record ReviewGroupBody(string? Name, IReadOnlyList<int>? SeatIds, IReadOnlyList<int>? CandidateIds);

public sealed record GroupsBody : MeetingActionBody
{
    public IReadOnlyList<ReviewGroupBody>? Groups { get; init; }
}

/// <summary>A ballot: candidate id → <c>yes</c> / <c>no</c> / <c>abstain</c> (or 同意 / 不同意 / 弃权).</summary>
public sealed record BallotBody(Dictionary<string, string?>? Choices);

public sealed record ResultsPublicityBody : MeetingActionBody
{
    public DateOnly? Start { get; init; }
}

public sealed record ResultObjectionBody(int? CandidateId, string? RaisedBy, string? Content);

public sealed record ResultResolutionBody(string? Resolution, bool? Upheld);

public sealed record ConfirmResultsBody : MeetingActionBody
{
    public string? DocumentNumber { get; init; }

    public string? OverrideReason { get; init; }
}

public sealed record BallotReceiptDocument(int MeetingId, int CandidatesVoted);

public sealed record MeetingPage(IReadOnlyList<MeetingRowDocument> Items, int Page, int PageSize, int Total);

public sealed record MeetingRowDocument(int Id, string Number, string Committee, DateOnly HeldOn, string Place, string Status, string StatusLabel, int Candidates, int PanelSize, int? Passed)
{
    public static MeetingRowDocument From(MeetingRow r) => new(r.Id, r.Number, r.Committee, r.HeldOn, r.Place, CommitteesApi.Code(r.Status),
        MeetingStatuses.Label(r.Status), r.Candidates, r.PanelSize, r.Status >= MeetingStatus.Closed ? r.Passed : null);
}

public sealed record ScoresDocument(int? MoralCharacter, int? ProfessionalEthics, int? ProfessionalAbility, int? TechnicalLevel, int? AcademicInfluence);

/// <summary>A candidate; the counts and the outcome only once the ballot is closed (before, there are none: null, not 0).</summary>
public sealed record CandidateDocument(int Id, int ApplicationId, string? ApplicationNumber, string? Name, string? Unit, string? Series, string? Specialty,
    string? Level, int? GroupId, ScoresDocument Scores, string? Opinion, int? Yes, int? No, int? Abstain, bool? Passed, bool Withheld)
{
    public static CandidateDocument From(CandidateRow r, MeetingStatus status)
    {
        var c = r.Candidate;
        var counted = status >= MeetingStatus.Closed;
        return new(c.Id, c.ApplicationId, r.ApplicationNumber, r.Name, r.Unit, r.Series, r.Specialty, Codes.Level.Label(r.Level), c.GroupId, ScoresOf(c), c.Opinion,
            counted ? c.Yes : null, counted ? c.No : null, counted ? c.Abstain : null, counted ? c.Passed : null, c.Withheld);
    }

    public static CandidateDocument Scored(MeetingCandidate c) =>
        new(c.Id, c.ApplicationId, null, null, null, null, null, null, c.GroupId, ScoresOf(c), c.Opinion, null, null, null, null, c.Withheld);

    private static ScoresDocument ScoresOf(MeetingCandidate c) => new(c.MoralCharacter, c.ProfessionalEthics, c.ProfessionalAbility, c.TechnicalLevel, c.AcademicInfluence);
}

public sealed record SeatDocument(int Id, int MemberId, string Name, string Employer, string Specialty, string Level, int? GroupId, bool Present);

public sealed record GroupDocument(int Id, string Name);

/// <summary>A meeting as its office and supervisors see it.</summary>
public sealed record MeetingDocument(int Id, string Number, int CommitteeId, string Committee, int Year, DateOnly HeldOn, string Place, string Specialties,
    string Level, int PanelSize, string Status, string StatusLabel, int Version, string? OverrideReason, string? DrawSeed, DateTimeOffset? DrawnAt,
    int? BallotsCast, int Present, DateOnly? PublicityStart, DateOnly? PublicityEnd, DateOnly? ConfirmedOn, string? DocumentNumber,
    IReadOnlyList<CandidateDocument> Candidates, IReadOnlyList<SeatDocument> Seats, IReadOnlyList<GroupDocument> Groups, IReadOnlyList<ResultObjection> Objections)
{
    public static MeetingDocument From(MeetingView view)
    {
        var m = view.Meeting;
        return new(m.Id, m.Number, m.CommitteeId, m.Committee!.Name, m.Year, m.HeldOn, m.Place, m.Specialties, Codes.Level.Label(m.Level), m.PanelSize,
            CommitteesApi.Code(m.Status), MeetingStatuses.Label(m.Status), m.Version, m.OverrideReason, m.DrawSeed, m.DrawnAt,
            m.Status >= MeetingStatus.Voting ? view.BallotsCast : null, m.Seats.Count(s => s.Present), m.PublicityStart, m.PublicityEnd, m.ConfirmedOn, m.DocumentNumber,
            [.. view.Candidates.Select(c => CandidateDocument.From(c, m.Status))],
            [.. m.Seats.OrderBy(s => s.Id).Select(s => new SeatDocument(s.Id, s.MemberId, s.Member!.Name, s.Member.Employer, s.Member.Specialty, Codes.Level.Label(s.Member.TitleLevel), s.GroupId, s.Present))],
            [.. m.Groups.Select(g => new GroupDocument(g.Id, g.Name))], view.Objections);
    }
}

/// <summary>A meeting as its expert sees it: the list and their own seat, never the panel.</summary>
public sealed record SeatViewDocument(int Id, string Number, string Committee, DateOnly HeldOn, string Place, string Status, string StatusLabel,
    int SeatId, bool Present, int? GroupId, string? Group, bool Voted, IReadOnlyList<CandidateDocument> Candidates)
{
    public static SeatViewDocument From(ExpertMeetingView view)
    {
        var m = view.Meeting;
        return new(m.Id, m.Number, m.Committee!.Name, m.HeldOn, m.Place, CommitteesApi.Code(m.Status), MeetingStatuses.Label(m.Status), view.Seat.Id, view.Seat.Present,
            view.Seat.GroupId, m.Groups.FirstOrDefault(g => g.Id == view.Seat.GroupId)?.Name, view.Voted, [.. view.Candidates.Select(c => CandidateDocument.From(c, m.Status))]);
    }
}
