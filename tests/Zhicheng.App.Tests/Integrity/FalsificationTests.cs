using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Tests.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Integrity;

/// <summary>
/// 弄虚作假 (N2024-4.3c): disqualifying an application with description and evidence writes the integrity record
/// (N2024-4.4) in the same transaction, and the person cannot apply while it is active (I-6) — until the day three years
/// on; a title granted outside the system is revoked only by the city bureau.
/// </summary>
public sealed class FalsificationTests : ApplicationServiceTest
{
    private const string Description = "学历证书系伪造";
    private const string Evidence = "学信网查无此证书（查询报告编号 XX2025-001）";

    [Fact]
    public async Task Disqualify_ByTheOfficeAtItsStep_WritesTheRecordAndBlocksApplying()
    {
        var application = await DoctorAtOfficeAsync();
        var today = Clock.Today;
        await using (var office = await As(Office))
        {
            application = (await office.Falsification.DisqualifyAsync(office.Jurisdiction, application.Id, application.Version, Description, Evidence)).ShouldSucceed();
        }

        application.Stage.ShouldBe(ApplicationStage.Disqualified);
        application.ReviewerOrganisationId.ShouldBeNull();
        await using (var db = Read())
        {
            var entry = await db.IntegrityEntries.AsNoTracking().SingleAsync();
            entry.Kind.ShouldBe(IntegrityKind.Falsification);
            entry.Subject.ShouldBe(IntegritySubject.Applicant);
            entry.IdNumber.ShouldBe(World.Doctor.IdNumber);
            entry.DecidedOn.ShouldBe(today);
            entry.ApplicationId.ShouldBe(application.Id);
            entry.AuthorityId.ShouldBe(World.Health.Id);
            entry.Description.ShouldBe(Description);
            entry.Evidence.ShouldBe(Evidence);
            var disqualified = await db.ApplicationEvents.AsNoTracking().SingleAsync(e => e.ApplicationId == application.Id && e.Action == ApplicationAction.Disqualified);
            disqualified.Items.ShouldBe($"证据：{Evidence}");
        }

        var before = await WrittenAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion()))
                .ShouldBeRefused("personId", ClauseIds.IntegrityArchive).Message
                .ShouldBe($"申报人有弄虚作假的诚信记录（{today:yyyy-MM-dd} 由运城市卫生健康委员会认定），记录期内（至 {today.AddYears(3).AddDays(-1):yyyy-MM-dd}）不得申报");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("2028-08-31", true, Label = "LastActiveDay_Blocked")]
    [InlineData("2028-09-01", false, Label = "ThreeYearsOn_MayApplyAgain")]
    public async Task Rules_FalsificationRecord_BlockExactlyThreeYears(string day, bool blocked)
    {
        var application = await DoctorAtOfficeAsync();
        Clock.Today.ShouldBe(new DateOnly(2025, 9, 1));
        await using (var office = await As(Office))
        {
            (await office.Falsification.DisqualifyAsync(office.Jurisdiction, application.Id, application.Version, Description, Evidence)).ShouldSucceed();
        }
        Clock.Today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        await using var db = Read();
        var person = await db.People.Include(p => p.Unit).SingleAsync(p => p.Id == World.Doctor.Id);
        var committee = await db.Committees.SingleAsync(c => c.Id == Setup.Committee.Id);
        var rules = new ApplicationRules(db, PolicyVersion.N2024, Clock);

        var problems = await rules.CheckAsync(person, committee, null, Promotion(), null, TestContext.Current.CancellationToken);

        problems.Any(p => p.ClauseId == ClauseIds.IntegrityArchive).ShouldBe(blocked);
    }

    [Theory]
    [InlineData(null, Evidence, "description", "请写明弄虚作假的事实")]
    [InlineData(Description, "  ", "evidence", "请写明证据")]
    public async Task Disqualify_WithoutDescriptionOrEvidence_Refused(string? description, string? evidence, string field, string message)
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Falsification.DisqualifyAsync(hr.Jurisdiction, application.Id, application.Version, description, evidence))
            .ShouldBeRefused(field, ClauseIds.Falsification).Message.ShouldBe(message);
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Disqualify_ByTheUnitAfterItRecommended_Refused()
    {
        var application = await DoctorAtOfficeAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Falsification.DisqualifyAsync(hr.Jurisdiction, application.Id, application.Version, Description, Evidence))
            .ShouldBeRefused("", ClauseIds.Falsification).Message.ShouldBe("取消申报资格由当前审核环节、评委会办公室或人社部门作出");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Disqualify_WithdrawnApplication_Refused()
    {
        var application = await SubmittedAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            application = (await doctor.Applications.WithdrawAsync(doctor.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        var before = await WrittenAsync();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Falsification.DisqualifyAsync(county.Jurisdiction, application.Id, application.Version, Description, Evidence))
            .ShouldBeRefused("", ClauseIds.Falsification).Message.ShouldBe("该申报当前为“已撤回”，不能取消申报资格");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Disqualify_StaleVersion_Refused()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Falsification.DisqualifyAsync(hr.Jurisdiction, application.Id, application.Version - 1, Description, Evidence))
            .ShouldBeRefused("version", ClauseIds.Channels);
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Disqualify_OutsideTheJurisdiction_NotFound()
    {
        var application = await SubmittedAsync();
        await using var yongji = await As(YongjiStaff);

        (await yongji.Falsification.DisqualifyAsync(yongji.Jurisdiction, application.Id, application.Version, Description, Evidence)).ShouldBeNotFound();
    }

    [Fact]
    public async Task RevokeTitle_GrantedOutsideTheSystem_OnlyByTheCityBureau()
    {
        var title = World.Doctor.Titles.Single(t => t.Level == TitleLevel.Intermediate);
        var before = await WrittenAsync();
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Falsification.RevokeTitleAsync(county.Jurisdiction, title.Id, "以伪造业绩取得中级职称", "原评审材料复核报告"))
                .ShouldBeRefused("", ClauseIds.Falsification).Message.ShouldBe("该职称的授予机关不在本系统中，由市人社局撤销");
        }
        await using (var yongji = await As(YongjiStaff))
        {
            (await yongji.Falsification.RevokeTitleAsync(yongji.Jurisdiction, title.Id, "以伪造业绩取得中级职称", "原评审材料复核报告")).ShouldBeNotFound();
        }
        (await WrittenAsync()).ShouldBe(before);

        await using (var city = await As(AccountRole.CityAdmin))
        {
            var revoked = (await city.Falsification.RevokeTitleAsync(city.Jurisdiction, title.Id, "以伪造业绩取得中级职称", "原评审材料复核报告")).ShouldSucceed();
            revoked.RevokedOn.ShouldBe(Clock.Today);
            (await city.Falsification.RevokeTitleAsync(city.Jurisdiction, title.Id, "再次撤销", "同上"))
                .ShouldBeRefused("", ClauseIds.Falsification).Message.ShouldBe($"该职称已于 {Clock.Today:yyyy-MM-dd} 撤销");
        }
        await using var db = Read();
        (await db.Titles.AsNoTracking().SingleAsync(t => t.Id == title.Id)).RevokedOn.ShouldBe(Clock.Today);
        var entry = await db.IntegrityEntries.AsNoTracking().SingleAsync();
        entry.Kind.ShouldBe(IntegrityKind.Falsification);
        entry.IdNumber.ShouldBe(World.Doctor.IdNumber);
        entry.AuthorityId.ShouldBe(World.City.Id);
        entry.ApplicationId.ShouldBeNull();
        entry.DecidedOn.ShouldBe(Clock.Today);
        entry.Description.ShouldBe("撤销职称：卫生临床医学中级。以伪造业绩取得中级职称");
    }

    [Fact]
    public async Task RevokeTitle_WithoutEvidence_Refused()
    {
        var title = World.Doctor.Titles.Single(t => t.Level == TitleLevel.Intermediate);
        var before = await WrittenAsync();
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Falsification.RevokeTitleAsync(city.Jurisdiction, title.Id, "以伪造业绩取得中级职称", null))
            .ShouldBeRefused("evidence", ClauseIds.Falsification).Message.ShouldBe("请写明证据");
        (await WrittenAsync()).ShouldBe(before);
    }
}
