using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Tests.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Integrity;

/// <summary>
/// 诚信档案库 (N2024-4.4): only bureaus enter records, every field checked and named; a correction needs its reason and the
/// deciding bureau or one above it; an active record other than falsification does not block but must be acknowledged
/// before a reviewer approves (I-6), and a record three years old no longer counts.
/// </summary>
public sealed class IntegrityArchiveTests : ApplicationServiceTest
{
    private IntegrityForm Form(DateOnly? decidedOn = null, IntegrityKind kind = IntegrityKind.AcademicMisconduct) =>
        new(World.Doctor.IdNumber, World.Doctor.Name, IntegritySubject.Applicant, kind, "论文抄袭", "期刊撤稿通知", decidedOn ?? new DateOnly(2025, 8, 1));

    [Fact]
    public async Task Add_ByCountyBureau_RecordsTheAuthority()
    {
        await using var county = await As(AccountRole.CountyStaff);

        var entry = (await county.Integrity.AddAsync(county.Jurisdiction, Form() with { IdNumber = World.Doctor.IdNumber.ToLowerInvariant() + " " })).ShouldSucceed();

        entry.AuthorityId.ShouldBe(World.Yanhu.Id);
        entry.IdNumber.ShouldBe(World.Doctor.IdNumber);
        entry.RecordedBy.ShouldBe("盐湖区人社局经办人（盐湖区人力资源和社会保障局）");
        county.Integrity.IsActive(entry).ShouldBeTrue();
    }

    [Theory]
    [InlineData(AccountRole.EmployerHr)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CommitteeOffice)]
    [InlineData(AccountRole.Applicant)]
    public async Task Add_ByAnyoneButABureau_Refused(AccountRole role)
    {
        var before = await WrittenAsync();
        await using var desk = await As(role);

        (await desk.Integrity.AddAsync(desk.Jurisdiction, Form()))
            .ShouldBeRefused("", ClauseIds.IntegrityArchive).Message.ShouldBe("诚信档案记录由人社部门录入");
        (await WrittenAsync()).ShouldBe(before);
        desk.Integrity.Search(desk.Jurisdiction, null, false).ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_BadIdentityNumber_RefusedNamingIt()
    {
        const string bad = "140802198503011230";
        IdentityNumber.TryParse(bad, out _, out var error).ShouldBeFalse();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Integrity.AddAsync(county.Jurisdiction, Form() with { IdNumber = bad }))
            .ShouldBeRefused("idNumber", ClauseIds.IntegrityArchive).Message.ShouldBe($"公民身份号码有误：{error}");
    }

    [Theory]
    [InlineData("2025-08-25", true, Label = "Today_Accepted")]
    [InlineData("2025-08-26", false, Label = "Tomorrow_Refused")]
    public async Task Add_DecidedOn_NotLaterThanToday(string decidedOn, bool accepted)
    {
        var before = await WrittenAsync();
        await using var county = await As(AccountRole.CountyStaff);

        var outcome = await county.Integrity.AddAsync(county.Jurisdiction, Form(DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture)));

        if (accepted)
        {
            outcome.ShouldSucceed();
            return;
        }
        outcome.ShouldBeRefused("decidedOn", ClauseIds.IntegrityArchive).Message.ShouldBe("认定日期不能晚于今天（2025-08-25）");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Add_NothingFilledIn_EveryFieldNamed()
    {
        await using var county = await As(AccountRole.CountyStaff);

        var outcome = await county.Integrity.AddAsync(county.Jurisdiction, new IntegrityForm(null, " ", null, null, "", null, null));

        outcome.Problems.Select(p => p.Field).ShouldBe(["idNumber", "name", "subject", "kind", "description", "evidence", "decidedOn"]);
        outcome.Problems.ShouldAllBe(p => p.ClauseId == ClauseIds.IntegrityArchive);
        outcome.Problems.Skip(1).Select(p => p.Message).ShouldBe(
            ["请填写姓名", "请选择对象类别（申报人、评审专家或评审工作人员）", "请选择失信行为类别", "请填写失信行为", "请填写证据", "请填写认定日期"]);
    }

    [Fact]
    public async Task Correct_NeedsNoteAndTheDecidingBureauOrAbove()
    {
        IntegrityEntry entry;
        await using (var county = await As(AccountRole.CountyStaff))
        {
            entry = (await county.Integrity.AddAsync(county.Jurisdiction, Form())).ShouldSucceed();
        }
        var corrected = Form(new DateOnly(2025, 7, 31)) with { Description = "论文抄袭（经复核）" };
        var before = await WrittenAsync();
        await using (var yongji = await As(YongjiStaff))
        {
            (await yongji.Integrity.CorrectAsync(yongji.Jurisdiction, entry.Id, entry.Version, corrected, "日期录入有误"))
                .ShouldBeRefused("", ClauseIds.IntegrityArchive).Message.ShouldBe("只有认定机关或其上级人社部门可以更正该记录");
        }
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Integrity.CorrectAsync(hr.Jurisdiction, entry.Id, entry.Version, corrected, "日期录入有误")).ShouldBeNotFound();
        }
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Integrity.CorrectAsync(county.Jurisdiction, entry.Id, entry.Version, corrected, "  "))
                .ShouldBeRefused("note", ClauseIds.IntegrityArchive).Message.ShouldBe("请写明更正理由");
            (await county.Integrity.CorrectAsync(county.Jurisdiction, entry.Id, entry.Version + 1, corrected, "日期录入有误"))
                .ShouldBeRefused("version", ClauseIds.IntegrityArchive);
        }
        (await WrittenAsync()).ShouldBe(before);

        await using (var city = await As(AccountRole.CityAdmin))
        {
            entry = (await city.Integrity.CorrectAsync(city.Jurisdiction, entry.Id, entry.Version, corrected, "日期录入有误")).ShouldSucceed();
        }
        entry.DecidedOn.ShouldBe(new DateOnly(2025, 7, 31));
        entry.Description.ShouldBe("论文抄袭（经复核）");
        entry.CorrectionNote.ShouldBe("日期录入有误（市局管理员，2025-08-25）");
        entry.AuthorityId.ShouldBe(World.Yanhu.Id);
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Integrity.CorrectAsync(county.Jurisdiction, entry.Id, entry.Version, corrected with { Evidence = "撤稿通知及查重报告" }, "补充证据")).ShouldSucceed();
        }
    }

    [Fact]
    public async Task Search_ActiveOnly_ThreeYearsToTheDay()
    {
        await using var county = await As(AccountRole.CountyStaff);
        (await county.Integrity.AddAsync(county.Jurisdiction, Form(new DateOnly(2022, 8, 25)) with { Description = "三年前" })).ShouldSucceed();
        (await county.Integrity.AddAsync(county.Jurisdiction, Form(new DateOnly(2022, 8, 26)) with { Description = "三年内" })).ShouldSucceed();

        county.Integrity.Search(county.Jurisdiction, World.Doctor.Name, true).Select(e => e.Description).ToList().ShouldBe(["三年内"]);
        county.Integrity.Search(county.Jurisdiction, World.Doctor.IdNumber, false).Select(e => e.Description).ToList().ShouldBe(["三年内", "三年前"]);
    }

    [Theory]
    [InlineData("2027-02-27", true, Label = "DayBefore_Active")]
    [InlineData("2027-02-28", false, Label = "LeapDayRecord_EndsOnFebruary28")]
    public async Task ActiveRecords_DecidedOnLeapDay_AgreeWithIntegrityPeriod(string on, bool active)
    {
        Clock.Today = new DateOnly(2024, 3, 1);
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Integrity.AddAsync(county.Jurisdiction, Form(new DateOnly(2024, 2, 29)))).ShouldSucceed();
        }
        var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        Clock.Today = day;
        await using var db = Read();
        var rules = new Features.Applications.ApplicationRules(db, PolicyVersion.N2024, Clock);

        (await rules.ActiveRecordsAsync(World.Doctor.IdNumber, day, TestContext.Current.CancellationToken)).Count.ShouldBe(active ? 1 : 0);
        IntegrityPeriod.IsActive(new DateOnly(2024, 2, 29), day, 3).ShouldBe(active);
        await using var county2 = await As(AccountRole.CountyStaff);
        county2.Integrity.Search(county2.Jurisdiction, World.Doctor.IdNumber, activeOnly: true).Count().ShouldBe(active ? 1 : 0);
    }

    [Fact]
    public async Task Approve_ActiveNonFalsificationRecord_NeedsAcknowledgement()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Integrity.AddAsync(county.Jurisdiction, Form(new DateOnly(2022, 9, 1)) with { Description = "已过记录期" })).ShouldSucceed();
            (await county.Integrity.AddAsync(county.Jurisdiction, Form(new DateOnly(2022, 9, 2), IntegrityKind.DisciplineViolation))).ShouldSucceed();
        }
        var before = await WrittenAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", integrityAcknowledged: false))
                .ShouldBeRefused("integrityAcknowledged", ClauseIds.IntegrityArchive).Message.ShouldBe("申报人有 1 条在记录期内的诚信记录，请查看并确认知悉后再审核通过");
            (await WrittenAsync()).ShouldBe(before);

            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", integrityAcknowledged: true)).ShouldSucceed();
        }
        var stored = await StoredAsync(application.Id);
        stored.Events.OrderBy(e => e.Id).Last().Note.ShouldBe("同意推荐");
        var acknowledged = stored.Events.OrderBy(e => e.Id).SkipLast(1).Last();
        acknowledged.Action.ShouldBe(Features.Applications.ApplicationAction.IntegrityAcknowledged);
        acknowledged.Note.ShouldBe("已知悉申报人在记录期内的 1 条诚信记录（I-6）");
        stored.IntegrityAcknowledgedBy.ShouldNotBeNull();
        stored.StepKind.ShouldBe(Domain.Applications.ReviewStepKind.Department);
    }
}
