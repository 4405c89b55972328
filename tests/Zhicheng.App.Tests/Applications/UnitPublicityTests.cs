using System.Globalization;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// 单位公示 (MOHRSS-40-unit-review): the period's end comes from the working-day calendar (5 working days, the start
/// counted); it cannot start in the past or twice; objections are recorded only inside the period and block the
/// recommendation until each is resolved.
/// </summary>
public sealed class UnitPublicityTests : ApplicationServiceTest
{
    [Theory]
    [InlineData("2025-08-25", "2025-08-29", Label = "MondayToFriday")]
    [InlineData("2025-08-27", "2025-09-02", Label = "OverAWeekend")]
    [InlineData("2025-09-29", "2025-10-11", Label = "OverNationalDay_EndsOnMakeUpSaturday")]
    [InlineData("2025-10-01", "2025-10-14", Label = "StartOnHoliday_CountsFromTheNinth")]
    public async Task Start_Table_EndIsTheCalendarsPublicityEnd(string start, string end)
    {
        var first = DateOnly.Parse(start, CultureInfo.InvariantCulture);
        var application = await SubmittedAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, first)).ShouldSucceed();

        application.PublicityStart.ShouldBe(first);
        application.PublicityEnd.ShouldBe(WorkingDayCalendar.China.PublicityEnd(first, PolicyVersion.N2024.Settings.UnitPublicityWorkingDays));
        application.PublicityEnd.ShouldBe(DateOnly.Parse(end, CultureInfo.InvariantCulture));
        application.Events.Last().Note.ShouldBe($"公示期 {start} 至 {end}（5 个工作日）");
    }

    [Fact]
    public async Task Recommend_OverNationalDay_OnlyAfterTheMakeUpSaturday()
    {
        var application = await SubmittedAsync();
        Clock.Today = new DateOnly(2025, 9, 29);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 10, 11);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false))
                .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("公示期至 2025-10-11，期满后方可推荐");
        }
        Clock.Today = new DateOnly(2025, 10, 13);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }
    }

    [Fact]
    public async Task Start_InThePast_Refused()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, new DateOnly(2025, 8, 24)))
            .ShouldBeRefused("start", ClauseIds.NationalUnitReview).Message.ShouldBe("公示开始日期不能早于今天（2025-08-25）");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Start_Twice_Refused()
    {
        var application = await SubmittedAsync();
        await using var hr = await As(AccountRole.EmployerHr);
        application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        var before = await WrittenAsync();

        (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, new DateOnly(2025, 9, 1)))
            .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("该申报已于 2025-08-25 开始公示（至 2025-08-29）");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Start_AtTheDepartmentStep_Refused()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }
        await using var dept = await As(AccountRole.DepartmentReviewer);

        (await dept.Publicity.StartAsync(dept.Jurisdiction, application.Id, application.Version, null))
            .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("单位公示由推荐单位在推荐前进行");
    }

    [Fact]
    public async Task Raise_BeforePublicity_Refused()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Publicity.RaiseAsync(hr.Jurisdiction, application.Id, application.Version, "匿名", "论文涉嫌抄袭"))
            .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("该申报尚未公示");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("2025-08-25", "2025-09-01", Label = "AfterTheLastDay")]
    [InlineData("2025-09-29", "2025-09-26", Label = "BeforeTheFirstDay")]
    public async Task Raise_OutsideThePeriod_Refused(string start, string today)
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, DateOnly.Parse(start, CultureInfo.InvariantCulture))).ShouldSucceed();
        }
        Clock.Today = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var before = await WrittenAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Publicity.RaiseAsync(hr.Jurisdiction, application.Id, application.Version, "匿名", "论文涉嫌抄袭"))
                .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message
                .ShouldBe($"公示期为 {application.PublicityStart:yyyy-MM-dd} 至 {application.PublicityEnd:yyyy-MM-dd}，今天不在公示期内");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Raise_WithoutContentOrRaiser_RefusedNamingBoth()
    {
        var application = await SubmittedAsync();
        await using var hr = await As(AccountRole.EmployerHr);
        application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();

        var outcome = await hr.Publicity.RaiseAsync(hr.Jurisdiction, application.Id, application.Version, " ", null);

        outcome.Problems.Select(p => (p.Field, p.Message, p.ClauseId)).ShouldBe(
        [
            ("content", "请填写异议内容", ClauseIds.NationalUnitReview),
            ("raisedBy", "请填写异议人（可填“匿名”）", ClauseIds.NationalUnitReview),
        ]);
    }

    [Fact]
    public async Task Objection_Unresolved_BlocksRecommendationUntilResolved()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 8, 29);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.RaiseAsync(hr.Jurisdiction, application.Id, application.Version, "同科室医师", "业绩成果并非本人主持")).ShouldSucceed();
        }
        var objection = application.Objections.ShouldHaveSingleItem();
        objection.RaisedOn.ShouldBe(new DateOnly(2025, 8, 29));
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            var before = await WrittenAsync();
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", false))
                .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("还有 1 条公示异议未处理，处理完毕后方可推荐");
            (await WrittenAsync()).ShouldBe(before);

            (await hr.Publicity.ResolveAsync(hr.Jurisdiction, application.Id, application.Version, objection.Id, " "))
                .ShouldBeRefused("resolution", ClauseIds.NationalUnitReview).Message.ShouldBe("请填写异议的核查处理结果");
            application = (await hr.Publicity.ResolveAsync(hr.Jurisdiction, application.Id, application.Version, objection.Id, "经核查，该项目由本人主持，异议不成立")).ShouldSucceed();
            (await hr.Publicity.ResolveAsync(hr.Jurisdiction, application.Id, application.Version, objection.Id, "再次处理"))
                .ShouldBeRefused("objectionId", ClauseIds.NationalUnitReview).Message.ShouldBe("该异议已处理");
            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", false)).ShouldSucceed();
        }

        application.StepKind.ShouldBe(Domain.Applications.ReviewStepKind.Department);
        var stored = await StoredAsync(application.Id);
        stored.Objections.ShouldHaveSingleItem().ResolvedOn.ShouldBe(new DateOnly(2025, 9, 1));
        stored.Events.Select(e => e.Action).ShouldContain(ApplicationAction.ObjectionRaised);
        stored.Events.Select(e => e.Action).ShouldContain(ApplicationAction.ObjectionResolved);
    }
}
