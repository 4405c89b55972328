using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 评审结果公示与审核确认 (MOHRSS-40-results-publicity, N2024-4.6a): the office publicises a closed meeting's results for 5
/// working days by the holiday calendar and records objections raised inside that period; the bureau that supervises the
/// committee confirms after the period, every objection resolved (an upheld one withholds its candidate), not after
/// 12-31 unless it records why.
/// </summary>
public sealed class MeetingResultsTests : MeetingServiceTest
{
    [Fact]
    public async Task Publish_Closed_EndsAfterFiveWorkingDaysByTheCalendar()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());

        meeting.Status.ShouldBe(MeetingStatus.Publicised);
        meeting.PublicityStart.ShouldBe(PublicityDay);
        meeting.PublicityEnd.ShouldBe(WorkingDayCalendar.China.PublicityEnd(PublicityDay, 5));
        meeting.PublicityEnd.ShouldBe(new DateOnly(2025, 11, 21));
    }

    [Fact]
    public async Task Publish_AcrossTheNewYearHoliday_EndsByTheCalendar()
    {
        var closed = await ClosedAsync();
        var start = new DateOnly(2025, 12, 29);
        await using (var office = await Meet(Office))
        {
            (await office.Results.PublishAsync(office.Jurisdiction, closed.Id, closed.Version, start)).ShouldSucceed();
        }

        var stored = await StoredMeetingAsync(closed.Id);
        stored.PublicityStart.ShouldBe(start);
        stored.PublicityEnd.ShouldBe(WorkingDayCalendar.China.PublicityEnd(start, 5));
        // 12-29, 12-30, 12-31, Sun 01-04 (worked for 元旦), 01-05.
        stored.PublicityEnd.ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public async Task Publish_StartBeforeToday_Refused()
    {
        var closed = await ClosedAsync();
        await using var office = await Meet(Office);

        (await office.Results.PublishAsync(office.Jurisdiction, closed.Id, closed.Version, MeetingDay.AddDays(-1)))
            .ShouldBeRefused("start", ClauseIds.NationalResultsPublicity);
    }

    [Fact]
    public async Task Publish_WhileVoting_Refused()
    {
        var meeting = await VotingAsync();
        await using var office = await Meet(Office);

        (await office.Results.PublishAsync(office.Jurisdiction, meeting.Id, meeting.Version, null))
            .ShouldBeRefused("", ClauseIds.NationalResultsPublicity).Message.ShouldBe("会议投票中，不能公示");
    }

    [Theory]
    [InlineData("2025-11-17")]
    [InlineData("2025-11-21")]
    public async Task Raise_InsideThePeriod_Recorded(string day)
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        Clock.Today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var objection = (await RaiseAsync(meeting, meeting.Candidates[1].Id)).ShouldSucceed();

        objection.RaisedOn.ShouldBe(Clock.Today);
        objection.CandidateId.ShouldBe(meeting.Candidates[1].Id);
        objection.ResolvedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-11-16")]
    [InlineData("2025-11-22")]
    public async Task Raise_OutsideThePeriod_Refused(string day)
    {
        var closed = await ClosedAsync();
        Clock.Today = new DateOnly(2025, 11, 15);
        await using (var office = await Meet(Office))
        {
            (await office.Results.PublishAsync(office.Jurisdiction, closed.Id, closed.Version, PublicityDay)).ShouldSucceed();
        }
        Clock.Today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        (await RaiseAsync(closed, closed.Candidates[1].Id)).ShouldBeRefused("", ClauseIds.NationalResultsPublicity)
            .Message.ShouldBe("公示期为 2025-11-17 至 2025-11-21，今天不在公示期内");
        await using var db = Read();
        (await db.ResultObjections.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Raise_BeforeThePublicity_Refused()
    {
        var closed = await ClosedAsync();

        (await RaiseAsync(closed, closed.Candidates[0].Id)).ShouldBeRefused("", ClauseIds.NationalResultsPublicity).Message.ShouldBe("评审结果尚未公示");
    }

    [Fact]
    public async Task Confirm_OnTheLastDayOfThePublicity_Refused()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        Clock.Today = new DateOnly(2025, 11, 21);

        (await ConfirmAsync(CityAdmin, meeting)).ShouldBeRefused("", ClauseIds.NationalResultsPublicity)
            .Message.ShouldBe("公示期至 2025-11-21，期满后方可确认");
        await NothingGrantedAsync(meeting);
    }

    [Fact]
    public async Task Confirm_TheDayAfterThePublicity_Confirmed()
    {
        var meeting = await ConfirmedAsync(await PublicisedAsync(await ClosedAsync()), new DateOnly(2025, 11, 22));

        meeting.Status.ShouldBe(MeetingStatus.Confirmed);
        meeting.ConfirmedOn.ShouldBe(new DateOnly(2025, 11, 22));
        meeting.ConfirmedBy.ShouldNotBeNull().ShouldContain(CityAdmin.Name);
        meeting.DocumentNumber.ShouldBe(DocumentNumber);
        meeting.ConfirmOverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task Confirm_WithAnOpenObjection_Refused()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        (await RaiseAsync(meeting, meeting.Candidates[0].Id)).ShouldSucceed();
        Clock.Today = ConfirmDay;

        (await ConfirmAsync(CityAdmin, meeting)).ShouldBeRefused("", ClauseIds.NationalResultsPublicity)
            .Message.ShouldBe("还有 1 条公示异议未处理，处理完毕后方可确认");
        await NothingGrantedAsync(meeting);
    }

    [Fact]
    public async Task Confirm_UpheldObjection_WithholdsThatCandidateOnly()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        var upheld = (await RaiseAsync(meeting, meeting.Candidates[1].Id)).ShouldSucceed();
        var dismissed = (await RaiseAsync(meeting, meeting.Candidates[2].Id)).ShouldSucceed();
        await using (var office = await Meet(Office))
        {
            (await office.Results.ResolveAsync(office.Jurisdiction, meeting.Id, upheld.Id, "经核查，论文系抄袭，异议成立", true)).ShouldSucceed();
            (await office.Results.ResolveAsync(office.Jurisdiction, meeting.Id, dismissed.Id, "经核查，反映情况不属实", false)).ShouldSucceed();
        }

        var confirmed = await ConfirmedAsync(meeting);

        confirmed.Candidates.Select(c => c.Withheld).ShouldBe([false, true, false, false]);
        await using var db = Read();
        var granted = await db.Titles.Where(t => t.CommitteeId == Setup.Committee.Id).Select(t => t.ApplicationId).ToListAsync();
        granted.Order().ShouldBe(new int?[] { Accepted[0].Id, Accepted[2].Id, Accepted[3].Id });
        (await db.Titles.AnyAsync(t => t.PersonId == Accepted[1].PersonId && t.Level == Domain.Eligibility.TitleLevel.AssociateSenior)).ShouldBeFalse();
    }

    [Fact]
    public async Task PublicResults_AfterAnUpheldObjection_ListOnlyThoseConfirmed()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        var upheld = (await RaiseAsync(meeting, meeting.Candidates[1].Id)).ShouldSucceed();
        await using (var office = await Meet(Office))
        {
            (await office.Results.ResolveAsync(office.Jurisdiction, meeting.Id, upheld.Id, "经核查，论文系抄袭，异议成立", true)).ShouldSucceed();
        }
        await ConfirmedAsync(meeting);

        await using var desk = await Meet(Office);
        var published = (await desk.Queries.PublicAsync(meeting.Id)).ShouldNotBeNull();
        published.Status.ShouldBe(MeetingStatus.Confirmed);
        published.Passed.Select(p => p.Name).ShouldBe(new[] { 0, 2, 3 }.Select(i => $"申报人{501 + i}"), "异议成立、未予确认的申报人不应列为评审通过");
        (await desk.Queries.PublicListAsync(Year)).Single().Passed.ShouldBe(3);
    }

    [Fact]
    public async Task Confirm_ByTheOffice_NotFound()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        Clock.Today = ConfirmDay;

        (await ConfirmAsync(Office, meeting)).ShouldBeNotFound();
        await NothingGrantedAsync(meeting);
    }

    [Fact]
    public async Task Confirm_ByBureausThatDoNotSuperviseTheCommittee_NotFound()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        Clock.Today = ConfirmDay;

        (await ConfirmAsync(Zhicheng.Tests.Shared.Desk.ViewerOf(World, AccountRole.CountyStaff), meeting)).ShouldBeNotFound();
        (await ConfirmAsync(YongjiStaff, meeting)).ShouldBeNotFound();
        await NothingGrantedAsync(meeting);
    }

    [Fact]
    public async Task Confirm_WithoutDocumentNumber_RefusedNamingIt()
    {
        var meeting = await PublicisedAsync(await ClosedAsync());
        Clock.Today = ConfirmDay;

        (await ConfirmAsync(CityAdmin, meeting, documentNumber: " ")).ShouldBeRefused("documentNumber", ClauseIds.NationalCertificate);
    }

    [Fact]
    public async Task Confirm_OnTheResultsDeadline_ConfirmedWithoutReason()
    {
        var meeting = await PublicisedAsync(await ClosedAsync(), new DateOnly(2025, 12, 22));

        var confirmed = await ConfirmedAsync(meeting, new DateOnly(2025, 12, 31));

        confirmed.ConfirmedOn.ShouldBe(new DateOnly(2025, 12, 31));
        confirmed.ConfirmOverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task Confirm_AfterTheResultsDeadlineWithoutReason_RefusedCitingAnnualTimeline()
    {
        var meeting = await PublicisedAsync(await ClosedAsync(), new DateOnly(2025, 12, 22));
        Clock.Today = new DateOnly(2026, 1, 5);

        (await ConfirmAsync(CityAdmin, meeting)).ShouldBeRefused("overrideReason", ClauseIds.AnnualTimeline)
            .Message.ShouldStartWith("评审结果须在 2025-12-31 前审核确认");
        await NothingGrantedAsync(meeting);
    }

    [Fact]
    public async Task Confirm_AfterTheResultsDeadlineWithReason_ConfirmedAndReasonRecorded()
    {
        var meeting = await PublicisedAsync(await ClosedAsync(), new DateOnly(2025, 12, 22));
        Clock.Today = new DateOnly(2026, 1, 5);

        (await ConfirmAsync(CityAdmin, meeting, overrideReason: " 公示期间异议核查延至次年 ")).ShouldSucceed();

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Confirmed);
        stored.ConfirmOverrideReason.ShouldBe("公示期间异议核查延至次年");
        await using var db = Read();
        (await db.Titles.CountAsync(t => t.CommitteeId == Setup.Committee.Id && t.ObtainedOn == new DateOnly(2026, 1, 5))).ShouldBe(ApplicantCount);
    }

    [Fact]
    public async Task Confirm_Twice_Refused()
    {
        var confirmed = await ConfirmedAsync(await PublicisedAsync(await ClosedAsync()));

        (await ConfirmAsync(CityAdmin, confirmed)).ShouldBeRefused("", ClauseIds.NationalResultsPublicity)
            .Message.ShouldBe($"评审结果已于 {ConfirmDay:yyyy-MM-dd} 确认");
        await using var db = Read();
        (await db.Titles.CountAsync(t => t.CommitteeId == Setup.Committee.Id)).ShouldBe(ApplicantCount);
    }

    private async Task<Features.Outcome<ResultObjection>> RaiseAsync(EvaluationMeeting meeting, int candidateId)
    {
        await using var office = await Meet(Office);
        return await office.Results.RaiseAsync(office.Jurisdiction, meeting.Id, candidateId, "匿名", "该申报人代表性论文涉嫌抄袭");
    }

    private async Task<Features.Outcome<EvaluationMeeting>> ConfirmAsync(Features.Accounts.Viewer viewer, EvaluationMeeting meeting,
        string documentNumber = DocumentNumber, string? overrideReason = null)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        await using var desk = await Meet(viewer);
        return await desk.Results.ConfirmAsync(desk.Jurisdiction, stored.Id, stored.Version, documentNumber, overrideReason);
    }

    private async Task NothingGrantedAsync(EvaluationMeeting meeting)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Publicised);
        stored.ConfirmedOn.ShouldBeNull();
        await using var db = Read();
        (await db.Titles.CountAsync(t => t.CommitteeId == Setup.Committee.Id)).ShouldBe(0);
        (await db.Certificates.CountAsync()).ShouldBe(0);
    }
}
