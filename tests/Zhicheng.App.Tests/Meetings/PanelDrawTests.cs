using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 评委抽取: the panel is drawn from the roster by a recorded seed, so that the office or the supervising bureau can re-run
/// it; an expert who must recuse (the applicant's employer, a declared relation), who has an active integrity record or
/// who cannot sit is never seated (MOHRSS-40-recusal); too few eligible experts, or a second draw, is refused.
/// </summary>
public sealed class PanelDrawTests : MeetingServiceTest
{
    /// <summary>Seeds to re-run a recorded draw with: a passed-over expert must be passed over by every one of them.</summary>
    private static readonly string[] Seeds = [.. Enumerable.Range(0, 24).Select(i => ExpertDraw.KeyOf("zhicheng-test", i)[..32])];

    [Fact]
    public async Task Draw_Scheduled_SeatsPanelOfRequestedSizeAndRecordsSeedAndOrder()
    {
        var meeting = await DrawnAsync(panelSize: 9);

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.PanelDrawn);
        stored.Seats.Count.ShouldBe(9);
        stored.Seats.ShouldAllBe(s => !s.Present && s.GroupId == null);
        stored.DrawSeed.ShouldNotBeNull().Length.ShouldBe(32);
        stored.DrawnBy.ShouldNotBeNull().ShouldContain(Office.Name);
        var record = PanelDraw.Record(stored).ShouldNotBeNull();
        record.Request.Seed.ShouldBe(stored.DrawSeed);
        record.Request.Size.ShouldBe(9);
        record.Request.HeldOn.ShouldBe(MeetingDay);
        record.Request.Candidates.Select(c => c.MemberId).ShouldBe(Experts.Select(e => e.MemberId));
        record.Request.Applicants.Select(a => a.PersonId).ShouldBe(Accepted.Select(a => a.PersonId));
        record.Order.Count.ShouldBe(RosterSize);
        record.Order.Select(o => o.Order).ShouldBe(Enumerable.Range(1, RosterSize));
        record.Order.Where(o => o.PassedOver is null).Select(o => o.MemberId).Order().ShouldBe(stored.Seats.Select(s => s.MemberId).Order());
        record.Order.Where(o => o.PassedOver is not null).ShouldAllBe(o => o.PassedOver == PassOverReason.NotNeeded);
    }

    [Fact]
    public async Task Replay_ByTheOffice_Same()
    {
        var meeting = await DrawnAsync(panelSize: 9);
        await using var office = await Meet(Office);

        var replay = (await office.Draw.ReplayAsync(office.Jurisdiction, meeting.Id)).ShouldSucceed();

        replay.Same.ShouldBeTrue();
        replay.Seed.ShouldBe(meeting.DrawSeed);
        replay.SeatedMembers.ShouldBe(meeting.Seats.Select(s => s.MemberId).Order());
    }

    [Fact]
    public async Task Replay_BySupervisingBureau_Same()
    {
        var meeting = await DrawnAsync(panelSize: 9);
        await using var city = await Meet(CityAdmin);

        (await city.Draw.ReplayAsync(city.Jurisdiction, meeting.Id)).ShouldSucceed().Same.ShouldBeTrue();
    }

    [Fact]
    public async Task Replay_ByBureauOutsideTheCommittee_NotFound()
    {
        var meeting = await DrawnAsync(panelSize: 9);
        await using var yongji = await Meet(YongjiStaff);

        (await yongji.Draw.ReplayAsync(yongji.Jurisdiction, meeting.Id)).ShouldBeNotFound();
    }

    [Fact]
    public async Task Replay_SeatSwappedInDatabase_NotSame()
    {
        var meeting = await DrawnAsync(panelSize: 9);
        var unseated = Experts.Select(e => e.MemberId).Except(meeting.Seats.Select(s => s.MemberId)).First();
        await using (var db = Read())
        {
            var seat = meeting.Seats.OrderBy(s => s.Id).First().Id;
            await db.PanelSeats.Where(s => s.Id == seat).ExecuteUpdateAsync(s => s.SetProperty(x => x.MemberId, unseated));
        }
        await using var city = await Meet(CityAdmin);

        var replay = (await city.Draw.ReplayAsync(city.Jurisdiction, meeting.Id)).ShouldSucceed();

        replay.Same.ShouldBeFalse();
        replay.SeatedMembers.ShouldContain(unseated);
    }

    [Fact]
    public async Task Draw_ExpertAtAnApplicantsEmployer_NeverSeated()
    {
        var recused = Experts[0];
        await using (var db = Read())
        {
            await db.CommitteeMembers.Where(m => m.Id == recused.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Employer, " " + World.Hospital.Name));
        }

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, recused.MemberId, PassOverReason.SameEmployer);
    }

    [Fact]
    public async Task Draw_ExpertWhosePersonWorksAtAnApplicantsUnit_NeverSeated()
    {
        var colleague = await DoctorLikeAsync("中心医院专家", 700);
        var recused = Experts[3];
        await using (var db = Read())
        {
            await db.CommitteeMembers.Where(m => m.Id == recused.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonId, colleague.Id));
        }

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, recused.MemberId, PassOverReason.SameEmployer);
    }

    [Fact]
    public async Task Draw_ExpertWhoIsAnApplicant_NeverSeated()
    {
        var applicant = Experts[4];
        await using (var db = Read())
        {
            await db.CommitteeMembers.Where(m => m.Id == applicant.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonId, Accepted[1].PersonId));
        }

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, applicant.MemberId, PassOverReason.DeclaredRelation);
    }

    [Fact]
    public async Task Draw_ExpertWithDeclaredRelation_NeverSeated()
    {
        var recused = Experts[5];
        await using (var office = await Meet(Office))
        {
            (await office.Pool.DeclareAsync(office.Jurisdiction, Setup.Committee.Id, recused.MemberId, Accepted[2].PersonId, "硕士研究生导师")).ShouldSucceed();
        }

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, recused.MemberId, PassOverReason.DeclaredRelation);
    }

    [Fact]
    public async Task Draw_ExpertWithActiveIntegrityRecord_NeverSeated()
    {
        var flagged = Experts[7];
        var person = await OutsiderAsync(flagged, 701);
        await RecordAsync(person.IdNumber, person.Name, PrepDay.AddYears(-3).AddDays(1));

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, flagged.MemberId, PassOverReason.IntegrityRecord);
    }

    [Fact]
    public async Task Draw_ExpertWithIntegrityRecordPastItsPeriod_MaySit()
    {
        var expert = Experts[7];
        var person = await OutsiderAsync(expert, 702);
        await RecordAsync(person.IdNumber, person.Name, PrepDay.AddYears(-3));

        var meeting = await DrawnAsync(panelSize: RosterSize);

        meeting.Seats.Select(s => s.MemberId).ShouldContain(expert.MemberId);
    }

    [Fact]
    public async Task Draw_UnavailableExpert_NeverSeated()
    {
        var away = Experts[9];
        await using (var office = await Meet(Office))
        {
            (await office.Pool.SetAvailableAsync(office.Jurisdiction, Setup.Committee.Id, away.MemberId, false)).ShouldSucceed();
        }

        var meeting = await DrawnAsync(panelSize: RosterSize - 1);

        PassedOverEverywhere(meeting, away.MemberId, PassOverReason.Unavailable);
    }

    [Fact]
    public async Task Draw_NotEnoughEligibleExperts_RefusedWithCountsAndNothingWritten()
    {
        await using (var office = await Meet(Office))
        {
            (await office.Pool.SetAvailableAsync(office.Jurisdiction, Setup.Committee.Id, Experts[9].MemberId, false)).ShouldSucceed();
        }
        var meeting = await ScheduledAsync(panelSize: RosterSize);
        var audit = await AuditCountAsync();
        await using (var office = await Meet(Office))
        {
            (await office.Draw.DrawAsync(office.Jurisdiction, meeting.Id, meeting.Version))
                .ShouldBeRefused("panelSize", ClauseIds.NationalRecusal).Message
                .ShouldBe($"专家库中符合条件的专家只有 {RosterSize - 1} 人，不足评委人数 {RosterSize} 人（专家库 {RosterSize} 人；本次不能参加 1 人）");
        }

        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Status.ShouldBe(MeetingStatus.Scheduled);
        stored.Version.ShouldBe(meeting.Version);
        stored.Seats.ShouldBeEmpty();
        stored.DrawSeed.ShouldBeNull();
        stored.DrawOrder.ShouldBeNull();
        (await AuditCountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task Draw_Twice_Refused()
    {
        var meeting = await DrawnAsync(panelSize: 9);
        await using var office = await Meet(Office);

        (await office.Draw.DrawAsync(office.Jurisdiction, meeting.Id, meeting.Version))
            .ShouldBeRefused("", ClauseIds.NationalRecusal).Message.ShouldContain("不能重抽");
        var stored = await StoredMeetingAsync(meeting.Id);
        stored.DrawSeed.ShouldBe(meeting.DrawSeed);
        stored.Seats.Select(s => s.MemberId).ShouldBe(meeting.Seats.OrderBy(s => s.Id).Select(s => s.MemberId));
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.Expert)]
    public async Task Draw_ByAnyoneButTheOffice_NotFound(AccountRole role)
    {
        var meeting = await ScheduledAsync();
        await using var desk = await Meet(role);

        (await desk.Draw.DrawAsync(desk.Jurisdiction, meeting.Id, meeting.Version)).ShouldBeNotFound();
    }

    /// <summary>
    /// The expert was passed over for <paramref name="reason"/> in the draw on record, is not seated, and the recorded
    /// request passes them over for the same reason whatever the seed.
    /// </summary>
    private static void PassedOverEverywhere(EvaluationMeeting meeting, int memberId, PassOverReason reason)
    {
        meeting.Seats.Select(s => s.MemberId).ShouldNotContain(memberId);
        var record = PanelDraw.Record(meeting).ShouldNotBeNull();
        record.Order.Single(o => o.MemberId == memberId).PassedOver.ShouldBe(reason);
        foreach (var seed in Seeds)
        {
            var result = ExpertDraw.Run(record.Request with { Seed = seed });
            result.Complete.ShouldBeTrue();
            result.Panel.ShouldNotContain(memberId);
            result.Order.Single(o => o.MemberId == memberId).PassedOver.ShouldBe(reason);
        }
    }

    /// <summary>A person on record (at 永济一中, no applicant's unit) who is the expert.</summary>
    private async Task<Features.People.Person> OutsiderAsync(Expert expert, int serial)
    {
        var person = await DoctorLikeAsync(expert.Name, serial, World.School.Id);
        await using var db = Read();
        await db.CommitteeMembers.Where(m => m.Id == expert.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonId, person.Id));
        return person;
    }

    /// <summary>An integrity record of an expert, entered by the city bureau, decided on <paramref name="decidedOn"/>.</summary>
    private async Task RecordAsync(string idNumber, string name, DateOnly decidedOn)
    {
        await using var city = await As(AccountRole.CityAdmin);
        (await city.Integrity.AddAsync(city.Jurisdiction, new IntegrityForm(idNumber, name, IntegritySubject.Expert, IntegrityKind.DisciplineViolation,
            "评审中违反保密纪律", "市人社局调查报告", decidedOn))).ShouldSucceed();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = Read();
        return await db.AuditEntries.CountAsync();
    }
}
