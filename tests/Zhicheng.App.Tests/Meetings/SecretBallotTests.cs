using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 无记名投票 (MOHRSS-40-ballot): opened by the office on the meeting day when two thirds of the panel are present
/// (MOHRSS-40-quorum) and every candidate is scored; one ballot per present expert with a choice for every candidate;
/// none after the close (<see cref="BallotCloseTests"/> for the count).
/// </summary>
public sealed class SecretBallotTests : MeetingServiceTest
{
    [Fact]
    public async Task Open_BelowQuorum_RefusedCitingQuorum()
    {
        var meeting = await ReadyAsync(present: 7);
        Clock.Today = MeetingDay;

        (await OpenAsync(meeting)).ShouldBeRefused("present", ClauseIds.NationalQuorum)
            .Message.ShouldBe("出席评委 7 人，不足评委总数 12 人的 2/3（至少 8 人），不能开始投票");
        (await StoredMeetingAsync(meeting.Id)).Status.ShouldBe(MeetingStatus.PanelDrawn);
    }

    [Fact]
    public async Task Open_AtQuorum_Opens()
    {
        var meeting = await ReadyAsync(present: 8);
        Clock.Today = MeetingDay;

        (await OpenAsync(meeting)).ShouldSucceed();

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Voting);
        stored.VotingOpenedAt.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public async Task Open_OnAnotherDayThanTheMeeting_Refused(int days)
    {
        var meeting = await ReadyAsync();
        Clock.Today = MeetingDay.AddDays(days);

        (await OpenAsync(meeting)).ShouldBeRefused("", ClauseIds.AnnualTimeline).Message.ShouldBe("投票在会议当天（2025-11-14）进行");
    }

    [Fact]
    public async Task Open_WithAnUnscoredCandidate_Refused()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), RosterSize), 2);
        foreach (var candidate in meeting.Candidates.Skip(1))
        {
            await using var expert = await Meet(ExpertOf(meeting.Seats.First(s => s.GroupId == candidate.GroupId)).Viewer);
            (await expert.Groups.ScoreAsync(expert.Jurisdiction, meeting.Id, candidate.Id, Scores())).ShouldSucceed();
        }
        Clock.Today = MeetingDay;

        (await OpenAsync(await StoredMeetingAsync(meeting.Id))).ShouldBeRefused("", ClauseIds.NationalReviewGroup)
            .Message.ShouldBe("还有 1 名申报人未经评议组打分并出具评议意见");
    }

    [Fact]
    public async Task Open_GroupBelowItsMinimumAfterAttendanceChanged_Refused()
    {
        var meeting = await PresentAsync(await DrawnAsync(), RosterSize);
        var seats = meeting.Seats.Select(s => s.Id).ToList();
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();
        await using (var office = await Meet(Office))
        {
            (await office.Groups.FormAsync(office.Jurisdiction, meeting.Id, meeting.Version,
                [new GroupForm("第一评议组", seats[..3], candidates[..2]), new GroupForm("第二评议组", seats[3..], candidates[2..])])).ShouldSucceed();
        }
        meeting = await ScoredAsync(meeting);
        await using (var office = await Meet(Office))
        {
            (await office.Schedule.AttendanceAsync(office.Jurisdiction, meeting.Id, meeting.Version, seats[1..])).ShouldSucceed();
        }
        Clock.Today = MeetingDay;

        (await OpenAsync(await StoredMeetingAsync(meeting.Id))).ShouldBeRefused("", ClauseIds.NationalReviewGroup)
            .Message.ShouldBe("评议组“第一评议组”出席专家 2 人，少于 3 人");
    }

    [Fact]
    public async Task Cast_PresentExpert_SealedWithAReceipt_CountedOnlyAtTheClose()
    {
        var meeting = await VotingAsync();
        var expert = ExpertOf(meeting.Seats[0]);

        (await CastAsync(expert, meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldSucceed().ShouldBe(ApplicantCount);

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.BallotsCast.ShouldBe(1);
        stored.Candidates.ShouldAllBe(c => c.Yes == 0 && c.No == 0 && c.Abstain == 0);
        (await ReceiptsAsync(meeting.Id)).ShouldBe([meeting.Seats[0].Id]);
        (await SealedCountAsync(meeting.Id)).ShouldBe(1);

        (await CloseAsync(meeting)).Candidates.ShouldAllBe(c => c.Yes == 1 && c.No == 0 && c.Abstain == 0);
    }

    [Fact]
    public async Task Cast_Twice_RefusedAndOnlyTheFirstCounted()
    {
        var meeting = await VotingAsync();
        var expert = ExpertOf(meeting.Seats[0]);
        (await CastAsync(expert, meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldSucceed();

        (await CastAsync(expert, meeting.Id, Every(meeting, VoteChoice.No)))
            .ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldBe("您已投过票，每位评委只能投一次");

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.BallotsCast.ShouldBe(1);
        (await ReceiptsAsync(meeting.Id)).Count.ShouldBe(1);
        (await SealedCountAsync(meeting.Id)).ShouldBe(1);
        (await CloseAsync(meeting)).Candidates.ShouldAllBe(c => c.Yes == 1 && c.No == 0 && c.Abstain == 0);
    }

    [Fact]
    public async Task Cast_ByExpertNotOnThePanel_NotFound()
    {
        var meeting = await VotingAsync(panelSize: RosterSize - 1);
        var outsider = Experts.Single(e => meeting.Seats.All(s => s.MemberId != e.MemberId));

        (await CastAsync(outsider, meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldBeNotFound();
        (await StoredMeetingAsync(meeting.Id)).BallotsCast.ShouldBe(0);
    }

    [Theory]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.CommitteeOffice)]
    [InlineData(AccountRole.CityAdmin)]
    public async Task Cast_ByAccountWithoutASeat_NotFound(AccountRole role)
    {
        var meeting = await VotingAsync();
        await using var desk = await Meet(role);

        (await desk.Ballot.CastAsync(desk.Jurisdiction, meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldBeNotFound();
    }

    [Fact]
    public async Task Cast_ByAbsentExpert_Refused()
    {
        var meeting = await VotingAsync(present: RosterSize - 1);
        var absent = ExpertOf(meeting.Seats.Single(s => !s.Present));

        (await CastAsync(absent, meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldContain("未登记出席");
        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Cast_ChoiceForCandidateNotOnTheList_RefusedNamingIt()
    {
        var meeting = await VotingAsync();
        var choices = Every(meeting, VoteChoice.Yes);
        choices[987_654] = VoteChoice.No;

        (await CastAsync(ExpertOf(meeting.Seats[0]), meeting.Id, choices)).ShouldBeRefused("choices.987654", ClauseIds.NationalBallot);
        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Cast_ChoiceOutsideTheEnum_RefusedNamingIt()
    {
        var meeting = await VotingAsync();
        var choices = Every(meeting, VoteChoice.Yes);
        choices[meeting.Candidates[1].Id] = (VoteChoice)7;

        (await CastAsync(ExpertOf(meeting.Seats[0]), meeting.Id, choices)).ShouldBeRefused($"choices.{meeting.Candidates[1].Id}", ClauseIds.NationalBallot);
        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Cast_BallotMissingACandidate_Refused()
    {
        var meeting = await VotingAsync();
        var choices = Every(meeting, VoteChoice.Yes);
        choices.Remove(meeting.Candidates[2].Id);

        (await CastAsync(ExpertOf(meeting.Seats[0]), meeting.Id, choices))
            .ShouldBeRefused("choices", ClauseIds.NationalBallot).Message.ShouldStartWith("还有 1 名申报人未表决");
        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Cast_BeforeTheBallotOpens_Refused()
    {
        var meeting = await ReadyAsync();
        Clock.Today = MeetingDay;

        (await CastAsync(ExpertOf(meeting.Seats[0]), meeting.Id, Every(meeting, VoteChoice.Yes)))
            .ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldBe("投票尚未开始");
        await NothingCountedAsync(meeting);
    }

    [Fact]
    public async Task Cast_AfterTheClose_RefusedAndCountsUnchanged()
    {
        var meeting = await VotingAsync();
        var present = meeting.Seats.Where(s => s.Present).ToList();
        foreach (var seat in present.Take(9))
        {
            (await CastAsync(ExpertOf(seat), meeting.Id, Every(meeting, VoteChoice.Yes))).ShouldSucceed();
        }
        var closed = await CloseAsync(meeting);

        (await CastAsync(ExpertOf(present[9]), meeting.Id, Every(meeting, VoteChoice.No)))
            .ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldContain("投票已结束");

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.BallotsCast.ShouldBe(9);
        stored.Candidates.ShouldAllBe(c => c.Yes == 9 && c.No == 0 && c.Abstain == 0 && c.Passed == true);
        stored.Version.ShouldBe(closed.Version);
        (await ReceiptsAsync(meeting.Id)).Count.ShouldBe(9);
    }

    private async Task<Features.Outcome<EvaluationMeeting>> OpenAsync(EvaluationMeeting meeting)
    {
        await using var office = await Meet(Office);
        return await office.Ballot.OpenAsync(office.Jurisdiction, meeting.Id, meeting.Version);
    }

    private async Task<List<int>> ReceiptsAsync(int meetingId)
    {
        await using var db = Read();
        return await db.BallotReceipts.Where(r => r.MeetingId == meetingId).OrderBy(r => r.SeatId).Select(r => r.SeatId).ToListAsync();
    }

    private async Task NothingCountedAsync(EvaluationMeeting meeting)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        stored.BallotsCast.ShouldBe(0);
        stored.Candidates.ShouldAllBe(c => c.Yes == 0 && c.No == 0 && c.Abstain == 0);
        (await ReceiptsAsync(meeting.Id)).ShouldBeEmpty();
        (await SealedCountAsync(meeting.Id)).ShouldBe(0);
    }

    private async Task<int> SealedCountAsync(int meetingId)
    {
        await using var db = Read();
        return await db.SealedBallots.CountAsync(b => b.MeetingId == meetingId);
    }
}
