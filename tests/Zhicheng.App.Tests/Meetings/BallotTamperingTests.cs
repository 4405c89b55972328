using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// Ballots changed outside the system — a sealed ballot altered, taken away or copied in the database, or the key replaced —
/// are found when the ballot closes: the close is refused with a clear reason, nothing is counted, and the ballot stays
/// open until the cause is put right.
/// </summary>
public sealed class BallotTamperingTests : MeetingServiceTest
{
    [Fact]
    public async Task Close_ASealedBallotAltered_RefusedNothingCounted()
    {
        var meeting = await VotedAsync();
        await using (var db = Read())
        {
            var ballot = await db.SealedBallots.OrderBy(b => b.Id).FirstAsync(b => b.MeetingId == meeting.Id);
            var bytes = ballot.Sealed.ToArray();
            bytes[^3] ^= 0x01;
            ballot.Sealed = bytes;
            await db.SaveChangesAsync();
        }

        (await TryCloseAsync(meeting)).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldStartWith("有 1 张选票无法开启或与名单不符");

        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Close_ASealedBallotTakenAway_RefusedNamingBothCounts()
    {
        var meeting = await VotedAsync();
        await using (var db = Read())
        {
            await db.SealedBallots.Where(b => b.MeetingId == meeting.Id).OrderBy(b => b.Id).Take(1).ExecuteDeleteAsync();
        }

        (await TryCloseAsync(meeting)).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldStartWith("选票 11 张，与投票记录 12 条");

        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Close_ASealedBallotCopied_Refused()
    {
        var meeting = await VotedAsync();
        await using (var db = Read())
        {
            var blob = await db.SealedBallots.Where(b => b.MeetingId == meeting.Id).Select(b => b.Sealed).FirstAsync();
            db.SealedBallots.Add(new SealedBallot { MeetingId = meeting.Id, Sealed = blob });
            await db.SaveChangesAsync();
        }

        (await TryCloseAsync(meeting)).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldStartWith("选票 13 张，与投票记录 12 条");

        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Close_UnderAnotherKey_RefusedThenTheRightKeyCounts()
    {
        var meeting = await VotedAsync();
        var otherKey = new BallotSeal(new BallotOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

        (await TryCloseAsync(meeting, otherKey)).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldContain("选票密钥不是投票时的密钥");
        await NothingCountedAsync(meeting);

        var closed = await CloseAsync(meeting);
        closed.Candidates.Select(c => (c.Yes, c.No, c.Abstain)).ShouldBe([(12, 0, 0), (0, 12, 0), (6, 6, 0), (0, 0, 12)]);
    }

    /// <summary>All twelve present vote: the first candidate yes, the second no, the third half and half, the fourth abstains.</summary>
    private async Task<EvaluationMeeting> VotedAsync()
    {
        var meeting = await VotingAsync();
        await VoteAsync(meeting, "YYYYYYYYYYYY", "NNNNNNNNNNNN", "YYYYYYNNNNNN", "AAAAAAAAAAAA");
        return meeting;
    }

    private async Task<Features.Outcome<EvaluationMeeting>> TryCloseAsync(EvaluationMeeting meeting, BallotSeal? seal = null)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        await using var office = await MeetingDesk.OpenAsync(Database, Office, Clock, Signer, Published, seal: seal);
        return await office.Ballot.CloseAsync(office.Jurisdiction, stored.Id, stored.Version);
    }

    private async Task NothingCountedAsync(EvaluationMeeting meeting)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Voting);
        stored.ClosedAt.ShouldBeNull();
        stored.MinutesSha256.ShouldBeNull();
        stored.Candidates.ShouldAllBe(c => c.Yes == 0 && c.No == 0 && c.Abstain == 0 && c.Passed == null);
    }
}
