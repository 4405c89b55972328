using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 计票 (MOHRSS-40-ballot): the office closes the ballot and each candidate passes with yes from two thirds of the experts
/// present — 12 present: 8 yes passes, 7 fails; an abstention, or an expert present who did not vote, counts against —
/// and the minutes are archived as a PDF in the content store.
/// </summary>
public sealed class BallotCloseTests : MeetingServiceTest
{
    [Fact]
    public async Task Close_TwelvePresent_EightYesPassesSevenFailsAbstentionsCountAgainst()
    {
        var meeting = await VotingAsync();

        await VoteAsync(meeting,
            "YYYYYYYYNNNN",
            "YYYYYYYNNNNN",
            "YYYYYYYAAAAA",
            "YYYYYYYYAAAA");
        var closed = await CloseAsync(meeting);

        closed.Status.ShouldBe(MeetingStatus.Closed);
        closed.ClosedAt.ShouldNotBeNull();
        closed.BallotsCast.ShouldBe(12);
        closed.Candidates.Select(c => (c.Yes, c.No, c.Abstain, c.Passed)).ShouldBe(
        [
            (8, 4, 0, (bool?)true),
            (7, 5, 0, false),
            (7, 0, 5, false),
            (8, 0, 4, true),
        ]);
    }

    [Fact]
    public async Task Close_PresentExpertWhoDidNotVote_CountsAgainst()
    {
        var meeting = await VotingAsync();

        await VoteAsync(meeting,
            "YYYYYYYYNN--",
            "YYYYYYYNNN--",
            "YYYYYYYYYY--",
            "NNNNNNNNNN--");
        var closed = await CloseAsync(meeting);

        closed.BallotsCast.ShouldBe(10);
        // 7 of the 10 who voted is two thirds of them, but not of the 12 present.
        closed.Candidates.Select(c => c.Passed).ShouldBe([true, false, true, false]);
    }

    [Fact]
    public async Task Close_Voting_ArchivesTheMinutesAsPdf()
    {
        var closed = await ClosedAsync();

        closed.MinutesSha256.ShouldNotBeNull().Length.ShouldBe(64);
        await using var db = Read();
        var bytes = await db.MaterialContents.Where(c => c.Sha256 == closed.MinutesSha256).Select(c => c.Bytes).SingleAsync();
        bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)).ShouldBe(closed.MinutesSha256);
        closed.Candidates.ShouldAllBe(c => c.Passed == true);
    }

    [Fact]
    public async Task Close_Twice_Refused()
    {
        var closed = await ClosedAsync();
        await using var office = await Meet(Office);

        (await office.Ballot.CloseAsync(office.Jurisdiction, closed.Id, closed.Version))
            .ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldBe("会议已计票，没有进行中的投票");
    }

    [Fact]
    public async Task Close_ByTheSupervisingBureau_NotFound()
    {
        var meeting = await VotingAsync();
        await using var city = await Meet(CityAdmin);

        (await city.Ballot.CloseAsync(city.Jurisdiction, meeting.Id, meeting.Version)).ShouldBeNotFound();
        (await StoredMeetingAsync(meeting.Id)).Status.ShouldBe(MeetingStatus.Voting);
    }
}
