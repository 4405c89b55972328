using Microsoft.EntityFrameworkCore;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// A panel of 25, all present, voting at the same moment, each expert on a context of their own: every ballot is counted
/// exactly once — at the close, for each candidate yes + no + abstain is 25 and matches what was cast; 25 sealed ballots, 25 receipts.
/// </summary>
public sealed class BallotConcurrencyTests : MeetingServiceTest
{
    private const int Panel = 25;

    protected override int RosterSize => Panel;

    [Fact]
    public async Task Cast_TwentyFiveExpertsAtOnce_EveryBallotCountedOnce()
    {
        var meeting = await VotingAsync();
        meeting.Seats.Count.ShouldBe(Panel);
        meeting.Seats.ShouldAllBe(s => s.Present);
        // Expert v chooses (v + i) mod 3 for candidate i: each candidate gets a known mix.
        var ballots = meeting.Seats.Select((seat, v) => (Seat: seat, Choices: meeting.Candidates
            .Select((c, i) => (c.Id, Choice: (VoteChoice)((v + i) % 3 + 1))).ToDictionary(x => x.Id, x => x.Choice))).ToList();
        var desks = new List<MeetingDesk>();
        foreach (var (seat, _) in ballots)
        {
            desks.Add(await Meet(ExpertOf(seat).Viewer));
        }

        try
        {
            var outcomes = await Task.WhenAll(ballots.Select((b, v) => Task.Run(() => desks[v].Ballot.CastAsync(desks[v].Jurisdiction, meeting.Id, b.Choices))));

            outcomes.ShouldAllBe(o => o.Succeeded, string.Join("；", outcomes.SelectMany(o => o.Problems).Select(p => p.Text).Distinct()));
        }
        finally
        {
            foreach (var desk in desks)
            {
                await desk.DisposeAsync();
            }
        }
        var open = await StoredMeetingAsync(meeting.Id);
        open.BallotsCast.ShouldBe(Panel);
        open.Candidates.ShouldAllBe(c => c.Yes == 0 && c.No == 0 && c.Abstain == 0);
        var stored = await CloseAsync(meeting);
        foreach (var (candidate, i) in stored.Candidates.Select((c, i) => (c, i)))
        {
            (candidate.Yes + candidate.No + candidate.Abstain).ShouldBe(Panel);
            var cast = ballots.Select(b => b.Choices[candidate.Id]).ToList();
            (candidate.Yes, candidate.No, candidate.Abstain).ShouldBe(
                (cast.Count(c => c == VoteChoice.Yes), cast.Count(c => c == VoteChoice.No), cast.Count(c => c == VoteChoice.Abstain)), $"申报人 {i}");
        }
        await using var db = Read();
        var receipts = await db.BallotReceipts.Where(r => r.MeetingId == meeting.Id).Select(r => r.SeatId).ToListAsync();
        receipts.Order().ShouldBe(meeting.Seats.Select(s => s.Id).Order());
        (await db.SealedBallots.CountAsync(b => b.MeetingId == meeting.Id)).ShouldBe(Panel);
    }
}
