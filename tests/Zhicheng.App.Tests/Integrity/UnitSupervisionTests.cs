using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Tests.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Integrity;

/// <summary>
/// 单位监督 (N2024-4.3b): a bureau orders a unit in its area to rectify by a future deadline, with the reason; the unit
/// reports; a notice of criticism only after the deadline has passed unrectified; the unit and its supervisors see both,
/// another county does not.
/// </summary>
public sealed class UnitSupervisionTests : ApplicationServiceTest
{
    private const string Reason = "未认真审核申报材料，推荐了学历造假人员";
    private static readonly DateOnly Deadline = new(2025, 9, 30);

    [Fact]
    public async Task Order_ByCountyBureau_IsIssued()
    {
        await using var county = await As(AccountRole.CountyStaff);

        var order = (await county.Units.OrderAsync(county.Jurisdiction, World.Hospital.Id, Reason, Deadline, null)).ShouldSucceed();

        order.Kind.ShouldBe(UnitActionKind.RectificationOrder);
        order.IssuedById.ShouldBe(World.Yanhu.Id);
        order.IssuedOn.ShouldBe(Clock.Today);
        order.RectifyBy.ShouldBe(Deadline);
    }

    [Theory]
    [InlineData(Reason, "2025-08-25", "rectifyBy", "整改期限须晚于今天（2025-08-25）", Label = "DeadlineToday")]
    [InlineData(Reason, "2025-08-01", "rectifyBy", "整改期限须晚于今天（2025-08-25）", Label = "DeadlinePast")]
    [InlineData(Reason, null, "rectifyBy", "整改期限须晚于今天（2025-08-25）", Label = "NoDeadline")]
    [InlineData(" ", "2025-09-30", "reason", "请写明未履行审核职责的事实", Label = "NoReason")]
    public async Task Order_BadDeadlineOrReason_Refused(string reason, string? deadline, string field, string message)
    {
        var before = await WrittenAsync();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Units.OrderAsync(county.Jurisdiction, World.Hospital.Id, reason, deadline is null ? null : DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), null))
            .ShouldBeRefused(field, ClauseIds.UnitSupervision).Message.ShouldBe(message);
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Order_ByNonBureaus_RefusedOrNotFound()
    {
        var before = await WrittenAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Units.OrderAsync(hr.Jurisdiction, World.Hospital.Id, Reason, Deadline, null)).ShouldBeNotFound();
            (await hr.Units.OrderAsync(hr.Jurisdiction, World.Company.Id, Reason, Deadline, null)).ShouldBeNotFound();
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            (await dept.Units.OrderAsync(dept.Jurisdiction, World.Hospital.Id, Reason, Deadline, null))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("责令整改由人社部门作出");
        }
        await using (var yongji = await As(YongjiStaff))
        {
            (await yongji.Units.OrderAsync(yongji.Jurisdiction, World.Hospital.Id, Reason, Deadline, null)).ShouldBeNotFound();
        }
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Units.OrderAsync(city.Jurisdiction, World.Yanhu.Id, Reason, Deadline, null))
                .ShouldBeRefused("organisationId", ClauseIds.UnitSupervision).Message.ShouldBe("责令整改的对象是未履行审核职责的用人单位或主管部门");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Criticise_BeforeTheDeadline_RefusedAndAfterItAllowedOnce()
    {
        var order = await OrderAsync();
        Clock.Today = Deadline;
        var before = await WrittenAsync();
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, "逾期未整改"))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("整改期限至 2025-09-30，期满未整改方可通报批评");
        }
        (await WrittenAsync()).ShouldBe(before);

        Clock.Today = Deadline.AddDays(1);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Units.CriticiseAsync(hr.Jurisdiction, order.Id, "逾期未整改")).ShouldBeNotFound();
        }
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, " "))
                .ShouldBeRefused("reason", ClauseIds.UnitSupervision).Message.ShouldBe("请填写通报批评的内容");
            var notice = (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, "逾期未整改，予以通报批评")).ShouldSucceed();
            notice.Kind.ShouldBe(UnitActionKind.CriticismNotice);
            notice.OrderId.ShouldBe(order.Id);
            notice.OrganisationId.ShouldBe(World.Hospital.Id);
            (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, "再次通报"))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("已就该整改通知作出通报批评");
        }
    }

    [Fact]
    public async Task Criticise_AfterTheUnitReported_Refused()
    {
        var order = await OrderAsync();
        Clock.Today = new DateOnly(2025, 9, 10);
        await using (var expert = await As(AccountRole.Expert))
        {
            // The hospital's expert account belongs to the unit but does not review for it.
            (await expert.Units.ReportAsync(expert.Jurisdiction, order.Id, order.Version, "代为报告"))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("整改情况由被责令整改单位的审核人员（人事或审核部门）报告");
        }
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Units.ReportAsync(hr.Jurisdiction, order.Id, order.Version, " "))
                .ShouldBeRefused("report", ClauseIds.UnitSupervision).Message.ShouldBe("请填写整改情况");
            var reported = (await hr.Units.ReportAsync(hr.Jurisdiction, order.Id, order.Version, "已建立材料双人复核制度")).ShouldSucceed();
            reported.RectifiedOn.ShouldBe(new DateOnly(2025, 9, 10));
            (await hr.Units.ReportAsync(hr.Jurisdiction, order.Id, reported.Version, "再次报告"))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("已于 2025-09-10 报告整改");
        }
        await using (var company = await As(new Features.Accounts.Viewer(9_501, "电力公司人事", AccountRole.EmployerHr, World.Company.Id, null)))
        {
            (await company.Units.ReportAsync(company.Jurisdiction, order.Id, order.Version, "冒名报告")).ShouldBeNotFound();
        }
        Clock.Today = Deadline.AddDays(1);
        var before = await WrittenAsync();
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, "逾期未整改"))
                .ShouldBeRefused("", ClauseIds.UnitSupervision).Message.ShouldBe("该单位已于 2025-09-10 报告整改，不予通报批评");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task List_TheUnitAndItsSupervisorsSee_AnotherCountyDoesNot()
    {
        var order = await OrderAsync();
        Clock.Today = Deadline.AddDays(1);
        await using (var county = await As(AccountRole.CountyStaff))
        {
            (await county.Units.CriticiseAsync(county.Jurisdiction, order.Id, "逾期未整改")).ShouldSucceed();
        }
        foreach (var role in new[] { AccountRole.EmployerHr, AccountRole.CountyStaff, AccountRole.CityAdmin, AccountRole.DepartmentReviewer })
        {
            await using var desk = await As(role);
            desk.Units.List(desk.Jurisdiction).Select(a => a.Kind).ToList().ShouldBe([UnitActionKind.CriticismNotice, UnitActionKind.RectificationOrder], role.ToString());
        }
        await using (var yongji = await As(YongjiStaff))
        {
            yongji.Units.List(yongji.Jurisdiction).ShouldBeEmpty();
        }
        await using (var company = await As(new Features.Accounts.Viewer(9_502, "电力公司人事", AccountRole.EmployerHr, World.Company.Id, null)))
        {
            company.Units.List(company.Jurisdiction).ShouldBeEmpty();
        }
    }

    private async Task<UnitAction> OrderAsync()
    {
        await using var county = await As(AccountRole.CountyStaff);
        return (await county.Units.OrderAsync(county.Jurisdiction, World.Hospital.Id, Reason, Deadline, null)).ShouldSucceed();
    }
}
