using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 安排评审会议: only the committee's office, only on a meeting date of the approved plan (N2024-4.6b), not after the
/// evaluation deadline 11-30 unless the plan carries the city bureau's override (N2024-4.6a), only with accepted
/// applications of the committee's year that are on no meeting yet, and not while the committee is suspended.
/// </summary>
public sealed class MeetingScheduleTests : MeetingServiceTest
{
    [Fact]
    public async Task Schedule_OnPlanMeetingDate_ListsEveryOpenAcceptedApplication()
    {
        var meeting = await ScheduledAsync(panelSize: 9);

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Scheduled);
        stored.Number.ShouldBe($"PS2025-{meeting.Id:D4}");
        stored.CommitteeId.ShouldBe(Setup.Committee.Id);
        stored.Year.ShouldBe(2025);
        stored.HeldOn.ShouldBe(MeetingDay);
        stored.Place.ShouldBe(Place);
        stored.PanelSize.ShouldBe(9);
        stored.Level.ShouldBe(TitleLevel.AssociateSenior);
        stored.Specialties.ShouldBe(TestYear.Specialty);
        stored.OverrideReason.ShouldBeNull();
        stored.Candidates.Select(c => c.ApplicationId).ShouldBe(Accepted.Select(a => a.Id));
        stored.Seats.ShouldBeEmpty();
        stored.DrawSeed.ShouldBeNull();
    }

    [Fact]
    public async Task Schedule_OnEvaluationDeadline_Scheduled()
    {
        var meeting = await ScheduledAsync(day: DeadlineDay);

        meeting.HeldOn.ShouldBe(DeadlineDay);
        meeting.OverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task Schedule_DayNotInPlan_RefusedOnHeldOn()
    {
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(new DateOnly(2025, 11, 20))))
            .ShouldBeRefused("heldOn", ClauseIds.WorkPlan).Message.ShouldBe("会议日期须是经批准的年度工作方案中的评审会议日期（2025-11-14、2025-11-30）");
        (await office.Db.Meetings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Schedule_PlanDateAlreadyPast_RefusedOnHeldOn()
    {
        Clock.Today = new DateOnly(2025, 11, 20);
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(MeetingDay)))
            .ShouldBeRefused("heldOn", ClauseIds.AnnualTimeline).Message.ShouldBe("会议日期不能早于今天（2025-11-20）");
    }

    [Fact]
    public async Task Schedule_AfterEvaluationDeadlineWithoutOverride_RefusedCitingAnnualTimeline()
    {
        await MeetingDatesAsync(MeetingDay, DeadlineDay, new DateOnly(2025, 12, 5));
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(new DateOnly(2025, 12, 5))))
            .ShouldBeRefused("heldOn", ClauseIds.AnnualTimeline).Message.ShouldStartWith("评审须在 2025-11-30 前完成");
        (await office.Db.Meetings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Schedule_AfterEvaluationDeadlineWithPlanOverride_ScheduledWithTheReason()
    {
        await MeetingDatesAsync(MeetingDay, DeadlineDay, new DateOnly(2025, 12, 5));
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Plans.OverrideAsync(city.Jurisdiction, Setup.Plan.Id, "受疫情影响，经市人社局同意延期评审")).ShouldSucceed();
        }

        var meeting = await ScheduledAsync(day: new DateOnly(2025, 12, 5));

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.HeldOn.ShouldBe(new DateOnly(2025, 12, 5));
        stored.OverrideReason.ShouldBe("受疫情影响，经市人社局同意延期评审");
        stored.OverrideBy.ShouldBe(World.Accounts[AccountRole.CityAdmin].DisplayName);
    }

    [Fact]
    public async Task Schedule_ApplicationNotAccepted_RefusedNamingIt()
    {
        Clock.Today = WindowDay;
        var inReview = await SubmittedAsync();
        Clock.Today = PrepDay;
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(applicationIds: [Accepted[0].Id, inReview.Id])))
            .ShouldBeRefused("applicationIds[1]", ClauseIds.AnnualTimeline).Message.ShouldContain(inReview.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await office.Db.Meetings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Schedule_ApplicationOfAnotherCommittee_RefusedNamingIt()
    {
        var other = await SecondCommitteeAsync(TestYear.Particulars(World, "运城市卫生系列临床医学高级职称评审委员会（二）"), open: true);
        var elsewhere = (await AcceptedAsync(1, 600, other.Id)).Single();
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(applicationIds: [elsewhere.Id, Accepted[0].Id])))
            .ShouldBeRefused("applicationIds[0]", ClauseIds.AnnualTimeline);
        (await office.Db.Meetings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Schedule_ApplicationAlreadyOnAMeeting_RefusedNamingIt()
    {
        await ScheduledAsync(applicationIds: [Accepted[1].Id]);
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(DeadlineDay, applicationIds: [Accepted[0].Id, Accepted[1].Id])))
            .ShouldBeRefused("applicationIds[1]", ClauseIds.AnnualTimeline);
        (await office.Db.Meetings.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Schedule_WithoutIdsWhenEveryApplicationIsOnAMeeting_Refused()
    {
        await ScheduledAsync();
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(DeadlineDay))).ShouldBeRefused("applicationIds", ClauseIds.AnnualTimeline);
    }

    [Fact]
    public async Task Schedule_ByOfficeOfAnotherCommittee_NotFound()
    {
        // The world's committee.office account belongs to the city bureau, which founded no committee.
        await using var office = await Meet(AccountRole.CommitteeOffice);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form())).ShouldBeNotFound();
    }

    [Theory]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CityAdmin)]
    [InlineData(AccountRole.Expert)]
    public async Task Schedule_ByAnyoneButTheOffice_NotFound(AccountRole role)
    {
        await using var desk = await Meet(role);

        (await desk.Schedule.ScheduleAsync(desk.Jurisdiction, Form())).ShouldBeNotFound();
    }

    [Fact]
    public async Task Schedule_ByAnExpertOfTheRoster_NotFound()
    {
        await using var desk = await Meet(Experts[0].Viewer);

        (await desk.Schedule.ScheduleAsync(desk.Jurisdiction, Form())).ShouldBeNotFound();
    }

    [Fact]
    public async Task Schedule_CommitteeSuspended_RefusedByTheGate()
    {
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Supervision.ActAsync(city.Jurisdiction, Setup.Committee.Id, SupervisionKind.Suspend, "评审纪律检查发现问题", new DateOnly(2025, 12, 31))).ShouldSucceed();
        }
        await using var office = await Meet(Office);

        (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form()))
            .ShouldBeRefused("", ClauseIds.CommitteeSuspension).Message.ShouldContain("暂停评审");
        (await office.Db.Meetings.CountAsync()).ShouldBe(0);
    }
}
