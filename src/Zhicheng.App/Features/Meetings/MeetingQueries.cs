using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.App.Features.Meetings;

/// <summary>What the meeting pages and API read: lists, one meeting whole, an expert's seat, the public results.</summary>
public sealed class MeetingQueries(AppDbContext db)
{
    /// <summary>Meetings the viewer runs or supervises, newest first, a page at a time, with the total.</summary>
    public async Task<(IReadOnlyList<MeetingRow> Rows, int Total)> ListAsync(Jurisdiction jurisdiction, int? year, MeetingStatus? status, int page, int size, CancellationToken cancellationToken = default)
    {
        var query = MeetingAccess.Managed(db, jurisdiction);
        if (year is { } y)
        {
            query = query.Where(m => m.Year == y);
        }
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Skip((Math.Max(page, 1) - 1) * size).Take(size)
            .Select(m => new MeetingRow(m.Id, m.Number, m.Committee!.Name, m.HeldOn, m.Place, m.Status, m.Candidates.Count, m.PanelSize,
                m.Candidates.Count(c => c.Passed == true && !c.Withheld)))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>One meeting the viewer runs or supervises, whole: list with names and units, seats with experts, groups.</summary>
    public async Task<MeetingView?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingAccess.Managed(db, jurisdiction).AsNoTracking().Include(m => m.Committee)
            .Include(m => m.Seats).ThenInclude(s => s.Member).Include(m => m.Groups.OrderBy(g => g.Id))
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        var candidates = await CandidatesAsync(id, cancellationToken);
        var objections = await db.ResultObjections.AsNoTracking().Where(o => o.MeetingId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return new MeetingView(meeting, candidates, objections, await ReceiptsAsync(id, cancellationToken));
    }

    /// <summary>The meetings an expert sits on, newest first.</summary>
    public Task<List<ExpertMeetingRow>> ForExpertAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        MeetingAccess.Seats(db, viewer).OrderByDescending(s => s.MeetingId)
            .Join(db.Meetings, s => s.MeetingId, m => m.Id, (s, m) => new ExpertMeetingRow(m.Id, m.Number, m.Committee!.Name, m.HeldOn, m.Place, m.Status,
                s.Present, db.BallotReceipts.Any(r => r.SeatId == s.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A meeting as its expert sees it: the list (names, units, targets, the groups' scores and opinions), their own seat and
    /// group, whether they voted. Not the panel. Null when the viewer has no seat on it.
    /// </summary>
    public async Task<ExpertMeetingView?> ForSeatAsync(Viewer viewer, int meetingId, CancellationToken cancellationToken = default)
    {
        var seat = await MeetingAccess.Seats(db, viewer).AsNoTracking().SingleOrDefaultAsync(s => s.MeetingId == meetingId, cancellationToken);
        if (seat is null)
        {
            return null;
        }
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).Include(m => m.Groups).SingleAsync(m => m.Id == meetingId, cancellationToken);
        var voted = await db.BallotReceipts.AnyAsync(r => r.SeatId == seat.Id, cancellationToken);
        return new ExpertMeetingView(meeting, seat, voted, await CandidatesAsync(meetingId, cancellationToken));
    }

    /// <summary>
    /// 评审结果公示 — the public list of a publicised or confirmed meeting's results: those who passed (name, unit, series,
    /// specialty, level), nothing more — a result withheld on an upheld objection is not listed; null for a meeting not
    /// publicised.
    /// </summary>
    public async Task<PublicResults?> PublicAsync(int meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => m.Id == meetingId && (m.Status == MeetingStatus.Publicised || m.Status == MeetingStatus.Confirmed)).SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        var passed = await db.MeetingCandidates.AsNoTracking().Where(c => c.MeetingId == meetingId && c.Passed == true && !c.Withheld).OrderBy(c => c.ApplicationId)
            .Select(c => new PublicResultRow(c.Application!.Person!.Name, c.Application.Unit!.Name, c.Application.Series, c.Application.Specialty, c.Application.Level))
            .ToListAsync(cancellationToken);
        return new PublicResults(meeting.Id, meeting.Number, meeting.Committee!.Name, meeting.Year, meeting.HeldOn, meeting.PublicityStart!.Value, meeting.PublicityEnd!.Value, meeting.Status, passed);
    }

    /// <summary>Meetings whose results are publicised or confirmed, newest first: the public results index.</summary>
    public Task<List<PublicResultsRow>> PublicListAsync(int? year, CancellationToken cancellationToken = default) =>
        db.Meetings.AsNoTracking().Where(m => (m.Status == MeetingStatus.Publicised || m.Status == MeetingStatus.Confirmed) && (year == null || m.Year == year))
            .OrderByDescending(m => m.PublicityStart).ThenByDescending(m => m.Id).Take(200)
            .Select(m => new PublicResultsRow(m.Id, m.Number, m.Committee!.Name, m.PublicityStart!.Value, m.PublicityEnd!.Value, m.Status,
                m.Candidates.Count(c => c.Passed == true && !c.Withheld)))
            .ToListAsync(cancellationToken);

    private Task<List<CandidateRow>> CandidatesAsync(int meetingId, CancellationToken cancellationToken) =>
        db.MeetingCandidates.AsNoTracking().Where(c => c.MeetingId == meetingId).OrderBy(c => c.ApplicationId)
            .Select(c => new CandidateRow(c, c.Application!.Number, c.Application.Person!.Name, c.Application.Unit!.Name, c.Application.Series,
                c.Application.Specialty, c.Application.Level))
            .ToListAsync(cancellationToken);

    private Task<int> ReceiptsAsync(int meetingId, CancellationToken cancellationToken) =>
        db.BallotReceipts.CountAsync(r => r.MeetingId == meetingId, cancellationToken);
}

public sealed record MeetingRow(int Id, string Number, string Committee, DateOnly HeldOn, string Place, MeetingStatus Status, int Candidates, int PanelSize, int Passed);

public sealed record CandidateRow(MeetingCandidate Candidate, string ApplicationNumber, string Name, string Unit, string Series, string Specialty, TitleLevel Level);

/// <summary>A meeting whole for its office or supervisor; <see cref="BallotsCast"/> counts receipts (who voted, not how).</summary>
public sealed record MeetingView(EvaluationMeeting Meeting, IReadOnlyList<CandidateRow> Candidates, IReadOnlyList<ResultObjection> Objections, int BallotsCast);

public sealed record ExpertMeetingRow(int Id, string Number, string Committee, DateOnly HeldOn, string Place, MeetingStatus Status, bool Present, bool Voted);

public sealed record ExpertMeetingView(EvaluationMeeting Meeting, PanelSeat Seat, bool Voted, IReadOnlyList<CandidateRow> Candidates);

public sealed record PublicResultRow(string Name, string Unit, string Series, string Specialty, TitleLevel Level);

public sealed record PublicResults(int Id, string Number, string Committee, int Year, DateOnly HeldOn, DateOnly PublicityStart, DateOnly PublicityEnd, MeetingStatus Status, IReadOnlyList<PublicResultRow> Passed);

public sealed record PublicResultsRow(int Id, string Number, string Committee, DateOnly PublicityStart, DateOnly PublicityEnd, MeetingStatus Status, int Passed);
