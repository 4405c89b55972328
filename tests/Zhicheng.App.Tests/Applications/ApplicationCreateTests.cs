using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// Opening and submitting an application: every rule of <see cref="ApplicationRules"/> refuses with its clause and writes
/// nothing — the route (N2024-3.5b), the committee's window (N2024-4.6b), its filed series, specialties, level and scope
/// (N2024-2.3), the channel (N2024-3.1c), the same-year conflict across committees (N2024-3.5c) — and submitting needs a
/// passing self-check.
/// </summary>
public sealed class ApplicationCreateTests : ApplicationServiceTest
{
    private const string Name = TestYear.CommitteeName;

    [Fact]
    public async Task Create_ByApplicant_IsADraftWithTheChannel()
    {
        await using var doctor = await As(AccountRole.Applicant);
        var created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();

        created.Stage.ShouldBe(ApplicationStage.Draft);
        created.Channel.ShouldBe(Channel.Employer);
        created.UnitId.ShouldBe(World.Hospital.Id);
        created.Year.ShouldBe(2025);
        created.Number.ShouldBe($"SB2025-{created.Id:D6}");
        created.Steps.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_RouteInitial_RefusedAsNotApplied()
    {
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion() with { Route = Route.Initial });

        outcome.ShouldBeRefused("route", ClauseIds.InitialDetermination).Message.ShouldBe("初定由用人单位（无单位的由人社部门）直接认定并记录，不需申报评审");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("工程系列", TestYear.Specialty, TitleLevel.AssociateSenior, "series", "“" + Name + "”评审卫生系列，不评审工程系列")]
    [InlineData(TestYear.Series, "护理", TitleLevel.AssociateSenior, "specialty", "“" + Name + "”评审的专业为临床医学，不含“护理”")]
    [InlineData(TestYear.Series, TestYear.Specialty, TitleLevel.Intermediate, "level", "“" + Name + "”是高级评委会，不评审中级职称")]
    public async Task Create_TargetOutsideTheFiling_RefusedNamingTheField(string series, string specialty, TitleLevel level, string field, string message)
    {
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion(series: series, specialty: specialty) with { Level = level });

        outcome.ShouldBeRefused(field, ClauseIds.FilingContents).Message.ShouldBe(message);
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_EmployerOutsideCommitteeScope_Refused()
    {
        var yongji = await SecondCommitteeAsync(TestYear.Particulars(World, "永济市卫生系列临床医学高级职称评审委员会") with { ScopeUnitIds = [World.Yongji.Id] }, open: true);
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion() with { CommitteeId = yongji.Id });

        outcome.ShouldBeRefused("committeeId", ClauseIds.FilingContents).Message.ShouldBe("“运城市中心医院”不在“永济市卫生系列临床医学高级职称评审委员会”的评审范围内");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_PlanApprovedButApplicationsNotOpened_Refused()
    {
        var closed = await SecondCommitteeAsync(TestYear.Particulars(World, "运城市卫生系列临床医学高级职称评审委员会（二）"), open: false);
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion() with { CommitteeId = closed.Id });

        outcome.ShouldBeRefused("committeeId", ClauseIds.WorkPlan).Message.ShouldBe("“运城市卫生系列临床医学高级职称评审委员会（二）”尚未开始受理2025年度申报");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("2025-08-19", false)]
    [InlineData("2025-08-20", true)]
    [InlineData("2025-09-20", true)]
    [InlineData("2025-09-21", false)]
    public async Task Create_ApplicationWindow_BothEndsIncluded(string today, bool opens)
    {
        Clock.Today = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var before = await WrittenAsync();
        await using var doctor = await As(AccountRole.Applicant);

        var outcome = await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion());

        if (opens)
        {
            outcome.ShouldSucceed();
            return;
        }
        outcome.ShouldBeRefused("committeeId", ClauseIds.WorkPlan).Message
            .ShouldBe($"“{Name}”2025年度申报时间为 2025-08-20 至 2025-09-20，今天（{today}）不在其内");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Submit_DraftAfterTheWindowClosed_Refused()
    {
        Clock.Today = new DateOnly(2025, 9, 20);
        TitleApplication created;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 21);
        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, created.Id, created.Version))
                .ShouldBeRefused("committeeId", ClauseIds.WorkPlan).Message.ShouldBe($"“{Name}”2025年度申报时间为 2025-08-20 至 2025-09-20，今天（2025-09-21）不在其内");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_ChannelNotFittingEmploymentType_Refused()
    {
        var misfiled = await DoctorLikeAsync("钱医生", 201, World.Yanhu.Id, EmploymentType.PublicInstitution);
        var before = await WrittenAsync();
        await using var county = await As(AccountRole.CountyStaff);

        var outcome = await county.Applications.CreateAsync(county.Jurisdiction, Promotion(misfiled));

        outcome.ShouldBeRefused("personId", ClauseIds.Channels).Message.ShouldBe("事业单位人员不能经人力资源社会保障部门申报；可用渠道：用人单位、主管部门、劳务派遣单位");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_BureauHeldPersonWithoutEmploymentType_RefusedAsChannelUnknown()
    {
        var unknown = await DoctorLikeAsync("孙医生", 202, World.Yanhu.Id, null);
        await using var county = await As(AccountRole.CountyStaff);

        var outcome = await county.Applications.CreateAsync(county.Jurisdiction, Promotion(unknown));

        outcome.ShouldBeRefused("personId", ClauseIds.Channels).Message.ShouldBe("“盐湖区人力资源和社会保障局”未登记单位性质，无法确定申报渠道");
    }

    [Fact]
    public async Task Create_PersonOutsideJurisdiction_NotFound()
    {
        var companyHr = new Viewer(9_201, "电力公司人事", AccountRole.EmployerHr, World.Company.Id, null);
        var before = await WrittenAsync();

        await using (var other = await As(companyHr))
        {
            (await other.Applications.CreateAsync(other.Jurisdiction, Promotion())).ShouldBeNotFound();
        }
        await using (var yongji = await As(YongjiStaff))
        {
            (await yongji.Applications.CreateAsync(yongji.Jurisdiction, Promotion())).ShouldBeNotFound();
        }
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion(World.Engineer))).ShouldBeNotFound();
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CityAdmin)]
    public async Task Create_SupervisorWhoIsNotTheUnit_Refused(AccountRole role)
    {
        var before = await WrittenAsync();
        await using var desk = await As(role);

        var outcome = await desk.Applications.CreateAsync(desk.Jurisdiction, Promotion());

        outcome.ShouldBeRefused("personId", ClauseIds.Channels).Message.ShouldBe("申报由本人或其所在单位（无单位的由当地人社部门）代为提出");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_SameLevelInAnotherSpecialtySameYear_RefusedNamingTheOther()
    {
        var bySeries = await SecondCommitteeAsync(TestYear.Particulars(World, "运城市卫生系列高级职称评审委员会") with { Specialties = "" }, open: true, rosterSize: 25);
        TitleApplication first;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            first = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion(specialty: "护理") with { CommitteeId = bySeries.Id })).ShouldSucceed();
        }
        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion()))
                .ShouldBeRefused("level", ClauseIds.SameYearSameLevel).Message
                .ShouldBe($"2025年度已申报卫生系列护理副高级（申报编号 {first.Number}，运城市卫生系列高级职称评审委员会），同一年度不得申报不同系列或专业的同级职称");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_SameTitleTwice_RefusedAsDuplicate()
    {
        var first = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        var outcome = await hr.Applications.CreateAsync(hr.Jurisdiction, Promotion());

        outcome.ShouldBeRefused("level", ClauseIds.SameYearSameLevel).Message
            .ShouldBe($"2025年度已申报卫生系列临床医学副高级（申报编号 {first.Number}，{Name}），不能重复申报");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_AfterTheOtherWasWithdrawn_Allowed()
    {
        var first = await SubmittedAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.WithdrawAsync(doctor.Jurisdiction, first.Id, first.Version, "填错了专业")).ShouldSucceed();
            (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        }
    }

    [Fact]
    public async Task Submit_SelfCheckFailing_RefusedWithTheFailedChecksClauses()
    {
        TitleApplication created;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        }
        await using (var db = Read())
        {
            await db.Assessments.Where(a => a.PersonId == World.Doctor.Id && a.Year == 2024).ExecuteDeleteAsync();
        }
        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            var outcome = await doctor.Applications.SubmitAsync(doctor.Jurisdiction, created.Id, created.Version);

            outcome.Succeeded.ShouldBeFalse();
            outcome.IsNotFound.ShouldBeFalse();
            outcome.Problems.ShouldAllBe(p => p.Field.StartsWith("eligibility.") && !string.IsNullOrEmpty(p.ClauseId));
            outcome.Problems.ShouldContain(p => p.ClauseId!.Contains(ClauseIds.LatestAssessment));
        }
        (await WrittenAsync()).ShouldBe(before);
        var stored = await StoredAsync(created.Id);
        stored.Stage.ShouldBe(ApplicationStage.Draft);
        stored.Steps.ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_Twice_SecondRefused()
    {
        TitleApplication created;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
            (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, created.Id, created.Version)).ShouldSucceed();
        }
        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, created.Id, created.Version))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“审核中”，不能提交");
        }
        (await WrittenAsync()).ShouldBe(before);
        (await StoredAsync(created.Id)).Events.Count(e => e.Action == ApplicationAction.Submitted).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_DraftByAnotherUnitOrBureau_NotFound()
    {
        TitleApplication created;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        }
        foreach (var viewer in new[] { Desk.ViewerOf(World, AccountRole.CountyStaff), Desk.ViewerOf(World, AccountRole.DepartmentReviewer), YongjiStaff, Office })
        {
            await using var desk = await As(viewer);
            (await desk.Applications.SubmitAsync(desk.Jurisdiction, created.Id, created.Version)).ShouldBeNotFound();
        }
    }
}
