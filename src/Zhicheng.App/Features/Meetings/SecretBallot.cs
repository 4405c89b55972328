using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 无记名投票 (MOHRSS-40-ballot). The office opens the ballot on the meeting day once quorum is met and every candidate
/// has its group's scores and opinion; each present expert casts one ballot with a choice for every candidate; the
/// office closes it and the counts decide (<see cref="MeetingRules.Passes"/>). Who voted is kept as a
/// <see cref="BallotReceipt"/>; what was voted as a <see cref="SealedBallot"/> that only the key outside the database
/// opens (<see cref="BallotSeal"/>); the two are written in one transaction and no column links them. Nothing of how
/// anyone voted can be read in the database while the ballot is open — the counts are made when it closes, from the
/// sealed ballots, and only then stored (docs/decisions/0007).
/// </summary>
public sealed class SecretBallot(AppDbContext db, CommitteeService committees, MeetingMinutesArchive minutes, BallotSeal seal, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<EvaluationMeeting>> OpenAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken = default)
    {
        var found = await MeetingAccess.ActOnAsync(db, jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var meeting = found.Value!;
        if (meeting.Status != MeetingStatus.PanelDrawn)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", meeting.Status == MeetingStatus.Scheduled ? "尚未抽取评委，不能开始投票" : $"会议{MeetingStatuses.Label(meeting.Status)}，不能再开始投票", ClauseIds.NationalBallot));
        }
        if (await committees.GateAsync(meeting.Committee!, CommitteeAction.HoldMeeting, meeting.Year, cancellationToken) is { } refusal)
        {
            return Outcome<EvaluationMeeting>.Refused(Problem.Of(refusal));
        }
        var problems = new List<Problem>();
        if (Today != meeting.HeldOn)
        {
            problems.Add(new Problem("", $"投票在会议当天（{meeting.HeldOn:yyyy-MM-dd}）进行", ClauseIds.AnnualTimeline));
        }
        var present = meeting.Seats.Count(s => s.Present);
        if (!MeetingRules.IsQuorate(meeting.Seats.Count, present, Settings))
        {
            problems.Add(new Problem("present", $"出席评委 {present} 人，不足评委总数 {meeting.Seats.Count} 人的 {Settings.QuorumNumerator}/{Settings.QuorumDenominator}（至少 {MeetingRules.QuorumOf(meeting.Seats.Count, Settings)} 人），不能开始投票", ClauseIds.NationalQuorum));
        }
        var unscored = meeting.Candidates.Count(c => c.GroupId is null || !GroupReview.IsScored(c));
        if (unscored > 0)
        {
            problems.Add(new Problem("", $"还有 {unscored} 名申报人未经评议组打分并出具评议意见", ClauseIds.NationalReviewGroup));
        }
        foreach (var group in meeting.Groups)
        {
            var members = meeting.Seats.Count(s => s.GroupId == group.Id && s.Present);
            if (members < Settings.MinReviewGroupSize)
            {
                problems.Add(new Problem("", $"评议组“{group.Name}”出席专家 {members} 人，少于 {Settings.MinReviewGroupSize} 人", ClauseIds.NationalReviewGroup));
            }
        }
        if (problems.Count > 0)
        {
            return Outcome<EvaluationMeeting>.Refused(problems);
        }
        meeting.Status = MeetingStatus.Voting;
        meeting.VotingOpenedAt = time.GetUtcNow();
        meeting.Version++;
        return await db.SaveVersionedAsync(meeting, MeetingAccess.Stale, cancellationToken);
    }

    /// <summary>
    /// Casts the viewer's ballot: a choice for every candidate on the list, once. Refused, with nothing written, when the
    /// viewer has no seat on the meeting (not found), was not present, already voted, the ballot is not open, or the
    /// choices name a candidate not on the list or leave one out.
    /// </summary>
    public async Task<Outcome<int>> CastAsync(Jurisdiction jurisdiction, int meetingId, IReadOnlyDictionary<int, VoteChoice>? choices, CancellationToken cancellationToken = default)
    {
        var seat = await MeetingAccess.Seats(db, jurisdiction.Viewer).AsNoTracking().SingleOrDefaultAsync(s => s.MeetingId == meetingId, cancellationToken);
        if (seat is null)
        {
            return Outcome<int>.NotFound;
        }
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { m.Status, m.Number }).SingleAsync(cancellationToken);
        if (meeting.Status != MeetingStatus.Voting)
        {
            return Outcome<int>.Refused(Closed(meeting.Status));
        }
        if (!seat.Present)
        {
            return Outcome<int>.Refused(new Problem("", "您未登记出席本次会议，不能投票（不得委托投票）", ClauseIds.NationalBallot));
        }
        var listed = await db.MeetingCandidates.Where(c => c.MeetingId == meetingId).Select(c => c.Id).ToListAsync(cancellationToken);
        var problems = new List<Problem>();
        choices ??= new Dictionary<int, VoteChoice>();
        foreach (var (candidate, choice) in choices)
        {
            if (!listed.Contains(candidate))
            {
                problems.Add(new Problem($"choices.{candidate}", $"申报人 {candidate} 不在本次评审名单中", ClauseIds.NationalBallot));
            }
            else if (!Enum.IsDefined(choice))
            {
                problems.Add(new Problem($"choices.{candidate}", "表决只能是同意、不同意或弃权", ClauseIds.NationalBallot));
            }
        }
        var missing = listed.Count(c => !choices.ContainsKey(c));
        if (missing > 0)
        {
            problems.Add(new Problem("choices", $"还有 {missing} 名申报人未表决；每张选票须对名单上的每一位申报人表决", ClauseIds.NationalBallot));
        }
        if (problems.Count > 0)
        {
            return Outcome<int>.Refused(problems);
        }
        if (await db.BallotReceipts.AnyAsync(r => r.SeatId == seat.Id, cancellationToken))
        {
            return Outcome<int>.Refused(AlreadyVoted);
        }
        var sealedBallot = seal.Seal(meetingId, choices);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The meeting row first (every writer of an open ballot takes it before the audit chain, so none waits on the
        // other in reverse): counted only while the ballot is open, and the close waits for a ballot in flight.
        var counting = await db.Meetings.Where(m => m.Id == meetingId && m.Status == MeetingStatus.Voting)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BallotsCast, m => m.BallotsCast + 1), cancellationToken);
        if (counting == 0)
        {
            return Outcome<int>.Refused(Closed(MeetingStatus.Closed));
        }
        db.BallotReceipts.Add(new BallotReceipt { MeetingId = meetingId, SeatId = seat.Id });
        db.SealedBallots.Add(new SealedBallot { MeetingId = meetingId, Sealed = sealedBallot });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same expert's other ballot won the race to the unique (meeting, seat) index.
            return Outcome<int>.Refused(AlreadyVoted);
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome<int>.Done(listed.Count);
    }

    /// <summary>
    /// Closes the ballot: no vote counts after this; each candidate passes or fails by the counts against the experts
    /// present (an expert present who did not vote counts as not yes); the minutes are generated and archived.
    /// </summary>
    public async Task<Outcome<EvaluationMeeting>> CloseAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken = default)
    {
        if (!MeetingAccess.Runs(jurisdiction.Viewer) || !await MeetingAccess.Managed(db, jurisdiction).AnyAsync(m => m.Id == id, cancellationToken))
        {
            return Outcome<EvaluationMeeting>.NotFound;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Flip the status first, by the meeting row every ballot also takes: a ballot in flight finishes before, any later one finds it closed.
        var closing = await db.Meetings.Where(m => m.Id == id && m.Version == version && m.Status == MeetingStatus.Voting)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Closed), cancellationToken);
        if (closing == 0)
        {
            var status = await db.Meetings.Where(m => m.Id == id).Select(m => new { m.Status, m.Version }).SingleAsync(cancellationToken);
            return Outcome<EvaluationMeeting>.Refused(status.Version != version ? MeetingAccess.Stale
                : new Problem("", $"会议{MeetingStatuses.Label(status.Status)}，没有进行中的投票", ClauseIds.NationalBallot));
        }
        var meeting = (await MeetingAccess.RunAsync(db, jurisdiction, id, cancellationToken))!;
        var counted = await CountAsync(meeting, cancellationToken);
        if (counted is not null)
        {
            return Outcome<EvaluationMeeting>.Refused(counted);
        }
        var present = meeting.Seats.Count(s => s.Present);
        foreach (var candidate in meeting.Candidates)
        {
            candidate.Passed = MeetingRules.Passes(candidate.Yes, present, Settings);
        }
        meeting.ClosedAt = time.GetUtcNow();
        meeting.MinutesSha256 = await minutes.ArchiveAsync(meeting, cancellationToken);
        meeting.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<EvaluationMeeting>.Done(meeting);
    }

    /// <summary>
    /// Opens every sealed ballot of the meeting and sets the candidates' counts from them; a problem, with no count set,
    /// when the ballots do not match the receipts one for one or one of them does not open whole (altered, added or taken
    /// away outside the system, or the key is not the one they were sealed with).
    /// </summary>
    private async Task<Problem?> CountAsync(EvaluationMeeting meeting, CancellationToken cancellationToken)
    {
        var sealedBallots = await db.SealedBallots.AsNoTracking().Where(b => b.MeetingId == meeting.Id).Select(b => b.Sealed).ToListAsync(cancellationToken);
        var receipts = await db.BallotReceipts.CountAsync(r => r.MeetingId == meeting.Id, cancellationToken);
        if (sealedBallots.Count != receipts || receipts != meeting.BallotsCast)
        {
            return new Problem("", $"选票 {sealedBallots.Count} 张，与投票记录 {receipts} 条（计数 {meeting.BallotsCast}）不符，不能计票；请联系系统管理员核查", ClauseIds.NationalBallot);
        }
        var listed = meeting.Candidates.ToDictionary(c => c.Id);
        var tallies = listed.Keys.ToDictionary(c => c, _ => new int[4]); // by the choice's value (1–3)
        var unreadable = 0;
        foreach (var sealedBallot in sealedBallots)
        {
            var choices = seal.Open(meeting.Id, sealedBallot);
            if (choices is null || choices.Count != listed.Count || !choices.Keys.All(listed.ContainsKey))
            {
                unreadable++;
                continue;
            }
            foreach (var (candidate, choice) in choices)
            {
                tallies[candidate][(int)choice]++;
            }
        }
        if (unreadable > 0)
        {
            return new Problem("", $"有 {unreadable} 张选票无法开启或与名单不符（被改动，或选票密钥不是投票时的密钥），不能计票；请联系系统管理员核查", ClauseIds.NationalBallot);
        }
        foreach (var (id, tally) in tallies)
        {
            var candidate = listed[id];
            (candidate.Yes, candidate.No, candidate.Abstain) = (tally[(int)VoteChoice.Yes], tally[(int)VoteChoice.No], tally[(int)VoteChoice.Abstain]);
        }
        return null;
    }

    private static Problem AlreadyVoted => new("", "您已投过票，每位评委只能投一次", ClauseIds.NationalBallot);

    private static Problem Closed(MeetingStatus status) => new("", status switch
    {
        MeetingStatus.Scheduled or MeetingStatus.PanelDrawn => "投票尚未开始",
        _ => "投票已结束，不再接受投票",
    }, ClauseIds.NationalBallot);
}
