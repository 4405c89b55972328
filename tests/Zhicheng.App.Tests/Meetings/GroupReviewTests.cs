using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 出席、评议组与评议打分: attendance names only seats of the panel; every review group has at least the set number (3)
/// of present experts and every candidate is in exactly one group (MOHRSS-40-review-group); only a present expert of a
/// candidate's group scores them, 0–100 on each of the five dimensions with an opinion (N2024-1.1).
/// </summary>
public sealed class GroupReviewTests : MeetingServiceTest
{
    [Fact]
    public async Task Attendance_PanelSeats_RecordsWhoIsPresent()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);

        meeting.Seats.Take(10).ShouldAllBe(s => s.Present);
        meeting.Seats.Skip(10).ShouldAllBe(s => !s.Present);
    }

    [Fact]
    public async Task Attendance_SeatNotOnPanel_RefusedAndNothingRecorded()
    {
        var meeting = await DrawnAsync();
        await using var office = await Meet(Office);

        (await office.Schedule.AttendanceAsync(office.Jurisdiction, meeting.Id, meeting.Version, [meeting.Seats[0].Id, 999_999]))
            .ShouldBeRefused("present", ClauseIds.NationalQuorum).Message.ShouldContain("999999");
        (await StoredMeetingAsync(meeting.Id)).Seats.ShouldAllBe(s => !s.Present);
    }

    [Fact]
    public async Task Groups_SmallerThanTheSetting_RefusedNamingTheGroupsSeats()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);
        var seats = meeting.Seats.Where(s => s.Present).Select(s => s.Id).ToList();
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();

        var outcome = await FormAsync(meeting,
            new GroupForm("第一评议组", seats[..8], candidates[..2]), new GroupForm("第二评议组", seats[8..10], candidates[2..]));

        outcome.ShouldBeRefused("groups[1].seatIds", ClauseIds.NationalReviewGroup).Message.ShouldBe("每个评议组不少于 3 名专家");
        (await StoredMeetingAsync(meeting.Id)).Groups.ShouldBeEmpty();
    }

    [Fact]
    public async Task Groups_OfThreeEach_Formed()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);
        var seats = meeting.Seats.Where(s => s.Present).Select(s => s.Id).ToList();
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();

        (await FormAsync(meeting, new GroupForm("第一评议组", seats[..3], candidates[..2]), new GroupForm("第二评议组", seats[3..6], candidates[2..]))).ShouldSucceed();

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Groups.Select(g => g.Name).ShouldBe(["第一评议组", "第二评议组"]);
        stored.Seats.Count(s => s.GroupId == stored.Groups[0].Id).ShouldBe(3);
        stored.Seats.Count(s => s.GroupId == null).ShouldBe(RosterSize - 6);
        stored.Candidates.Take(2).ShouldAllBe(c => c.GroupId == stored.Groups[0].Id);
        stored.Candidates.Skip(2).ShouldAllBe(c => c.GroupId == stored.Groups[1].Id);
    }

    [Fact]
    public async Task Groups_CandidateInTwoGroups_RefusedNamingTheSecond()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);
        var seats = meeting.Seats.Where(s => s.Present).Select(s => s.Id).ToList();
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();

        var outcome = await FormAsync(meeting,
            new GroupForm("第一评议组", seats[..5], candidates[..3]), new GroupForm("第二评议组", seats[5..], candidates[2..]));

        outcome.ShouldBeRefused("groups[1].candidateIds", ClauseIds.NationalReviewGroup).Message.ShouldContain("已分到另一个评议组");
    }

    [Fact]
    public async Task Groups_CandidateInNoGroup_Refused()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);
        var seats = meeting.Seats.Where(s => s.Present).Select(s => s.Id).ToList();
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();

        var outcome = await FormAsync(meeting,
            new GroupForm("第一评议组", seats[..5], candidates[..1]), new GroupForm("第二评议组", seats[5..], candidates[2..]));

        outcome.ShouldBeRefused("groups", ClauseIds.NationalReviewGroup).Message.ShouldBe("还有 1 名申报人未分到评议组");
    }

    [Fact]
    public async Task Groups_SeatNotPresent_RefusedNamingTheGroupsSeats()
    {
        var meeting = await PresentAsync(await DrawnAsync(), 10);
        var present = meeting.Seats.Where(s => s.Present).Select(s => s.Id).ToList();
        var absent = meeting.Seats.First(s => !s.Present).Id;
        var candidates = meeting.Candidates.Select(c => c.Id).ToList();

        var outcome = await FormAsync(meeting,
            new GroupForm("第一评议组", present[..5], candidates[..2]), new GroupForm("第二评议组", [.. present[5..7], absent], candidates[2..]));

        outcome.ShouldBeRefused("groups[1].seatIds", ClauseIds.NationalReviewGroup).Message.ShouldBe($"评委 {absent} 不是本次会议出席的评委");
    }

    [Fact]
    public async Task Score_ByPresentExpertOfTheGroup_Recorded()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        var candidate = meeting.Candidates[0];
        var expert = ExpertOf(meeting.Seats.First(s => s.GroupId == candidate.GroupId));

        (await ScoreAsync(expert, meeting, candidate.Id, new ScoreForm(0, 100, 90, 80, 70, " 同意提交表决。 "))).ShouldSucceed();

        var stored = (await StoredMeetingAsync(meeting.Id)).Candidates[0];
        (stored.MoralCharacter, stored.ProfessionalEthics, stored.ProfessionalAbility, stored.TechnicalLevel, stored.AcademicInfluence).ShouldBe((0, 100, 90, 80, 70));
        stored.Opinion.ShouldBe("同意提交表决。");
        stored.ScoredBy.ShouldBe(expert.Name);
    }

    [Fact]
    public async Task Score_ByExpertOfAnotherGroup_Refused()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        var candidate = meeting.Candidates[0];
        var other = ExpertOf(meeting.Seats.First(s => s.GroupId != null && s.GroupId != candidate.GroupId));

        (await ScoreAsync(other, meeting, candidate.Id, Scores())).ShouldBeRefused("", ClauseIds.NationalReviewGroup);
        (await StoredMeetingAsync(meeting.Id)).Candidates[0].Opinion.ShouldBeNull();
    }

    [Fact]
    public async Task Score_ByAbsentExpert_Refused()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        var absent = ExpertOf(meeting.Seats.First(s => !s.Present));

        (await ScoreAsync(absent, meeting, meeting.Candidates[0].Id, Scores())).ShouldBeRefused("", ClauseIds.NationalReviewGroup);
    }

    [Fact]
    public async Task Score_ByExpertNotOnThePanel_NotFound()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(panelSize: RosterSize - 1), RosterSize - 1), 2);
        var outsider = Experts.Single(e => meeting.Seats.All(s => s.MemberId != e.MemberId));

        (await ScoreAsync(outsider, meeting, meeting.Candidates[0].Id, Scores())).ShouldBeNotFound();
    }

    [Fact]
    public async Task Score_ByTheOffice_NotFound()
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        await using var office = await Meet(Office);

        (await office.Groups.ScoreAsync(office.Jurisdiction, meeting.Id, meeting.Candidates[0].Id, Scores())).ShouldBeNotFound();
    }

    [Theory]
    [InlineData("moralCharacter", -1)]
    [InlineData("professionalEthics", 101)]
    [InlineData("professionalAbility", null)]
    [InlineData("technicalLevel", 1000)]
    [InlineData("academicInfluence", null)]
    public async Task Score_OutOfRangeOrMissing_RefusedNamingTheField(string field, int? value)
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        var candidate = meeting.Candidates[1];
        var expert = ExpertOf(meeting.Seats.First(s => s.GroupId == candidate.GroupId));
        var form = field switch
        {
            "moralCharacter" => Scores() with { MoralCharacter = value },
            "professionalEthics" => Scores() with { ProfessionalEthics = value },
            "professionalAbility" => Scores() with { ProfessionalAbility = value },
            "technicalLevel" => Scores() with { TechnicalLevel = value },
            _ => Scores() with { AcademicInfluence = value },
        };

        (await ScoreAsync(expert, meeting, candidate.Id, form)).ShouldBeRefused(field, ClauseIds.StandardDimensions).Message.ShouldContain("0–100");
        (await StoredMeetingAsync(meeting.Id)).Candidates[1].MoralCharacter.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Score_WithoutOpinion_RefusedNamingOpinion(string? opinion)
    {
        var meeting = await GroupedAsync(await PresentAsync(await DrawnAsync(), 10), 2);
        var candidate = meeting.Candidates[1];
        var expert = ExpertOf(meeting.Seats.First(s => s.GroupId == candidate.GroupId));

        (await ScoreAsync(expert, meeting, candidate.Id, Scores() with { Opinion = opinion }))
            .ShouldBeRefused("opinion", ClauseIds.NationalReviewGroup).Message.ShouldBe("请填写评议意见");
    }

    private async Task<Features.Outcome<EvaluationMeeting>> FormAsync(EvaluationMeeting meeting, params GroupForm[] groups)
    {
        await using var office = await Meet(Office);
        return await office.Groups.FormAsync(office.Jurisdiction, meeting.Id, meeting.Version, groups);
    }

    private async Task<Features.Outcome<MeetingCandidate>> ScoreAsync(Expert expert, EvaluationMeeting meeting, int candidateId, ScoreForm form)
    {
        await using var desk = await Meet(expert.Viewer);
        return await desk.Groups.ScoreAsync(desk.Jurisdiction, meeting.Id, candidateId, form);
    }
}
