using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// 单位监督 pages (N2024-4.3b): a bureau orders a unit of its area to rectify, the unit and its supervisors see the order,
/// the unit reports; criticism before the deadline is refused with the clause; another county's bureau sees nothing.
/// </summary>
public sealed class UnitSupervisionTests(IntegritySite site) : IClassFixture<IntegritySite>
{
    [Fact]
    public async Task CityOrdersTheHospital_TheHospitalSeesItAndReports_CriticismBeforeTheDeadlineIsRefused()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var hospital = await site.SignedIn(AccountRole.EmployerHr);
        var yanhu = await site.SignedIn(AccountRole.CountyStaff);
        var yongji = await site.SignedIn(IntegritySite.YongjiStaff);
        var deadline = IntegritySite.Start.AddDays(14);

        var order = await (await Order(city, site.World.Hospital.Id, "未核实申报人业绩材料即推荐", Forms.Iso(deadline))).RedirectedTo();
        var page = order.Split('?')[0];
        var ordered = PageClient.Text(await city.Http.GetStringAsync(order));
        var hospitalList = PageClient.Text(await hospital.Http.GetStringAsync("/supervision/units"));
        var yanhuList = PageClient.Text(await yanhu.Http.GetStringAsync("/supervision/units?kind=RectificationOrder&state=Open"));
        var yongjiList = PageClient.Text(await yongji.Http.GetStringAsync("/supervision/units"));
        var early = PageClient.Text(await (await city.Post(page, $"{page}?handler=Criticise", ("Reason", "逾期未整改"))).Refused());

        order.ShouldMatch(@"^/supervision/units/\d+\?done=ordered$");
        ordered.ShouldContain("已责令整改");
        ordered.ShouldContain($"整改期限至 {Forms.Iso(deadline)}，期满未整改方可通报批评（N2024-4.3b）");
        hospitalList.ShouldContain("未核实申报人业绩材料即推荐");
        hospitalList.ShouldNotContain("被责令整改的单位"); // the order form is a bureau's
        yanhuList.ShouldContain("未核实申报人业绩材料即推荐");
        yanhuList.ShouldContain("整改中");
        yongjiList.ShouldNotContain("未核实申报人业绩材料即推荐");
        (await yongji.Http.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        early.ShouldContain("未能通报批评");
        early.ShouldContain($"整改期限至 {Forms.Iso(deadline)}，期满未整改方可通报批评（N2024-4.3b）");

        var reported = await (await hospital.Post(page, $"{page}?handler=Report", ("Version", "0"), ("Report", "已组织复核，修订推荐审核流程"))).RedirectedTo();
        var after = PageClient.Text(await city.Http.GetStringAsync(page));
        var again = PageClient.Text(await (await hospital.Post(page, $"{page}?handler=Report", ("Version", "1"), ("Report", "再次报告"))).Refused());

        reported.ShouldBe($"{page}?done=reported");
        after.ShouldContain("已组织复核，修订推荐审核流程");
        after.ShouldContain("已报告整改");
        again.ShouldContain("已于 2025-08-25 报告整改（N2024-4.3b）");
        PageClient.Text(await city.Http.GetStringAsync("/supervision/units?state=Rectified")).ShouldContain("未核实申报人业绩材料即推荐");
    }

    [Fact]
    public async Task Order_WithoutReasonOrWithAPastDeadline_IsRefusedBesideTheFields_WithTheClause()
    {
        var yanhu = await site.SignedIn(AccountRole.CountyStaff);

        var html = await (await Order(yanhu, site.World.Company.Id, "", Forms.Iso(IntegritySite.Start))).Refused();
        var text = PageClient.Text(html);
        var noUnit = PageClient.Text(await (await yanhu.Post("/supervision/units", "/supervision/units?handler=Order", ("Reason", "x"), ("RectifyBy", "2025-09-30"))).Refused());

        html.ShouldContain("id=\"reason-error\"");
        html.ShouldContain("id=\"rectifyBy-error\"");
        text.ShouldContain("请写明未履行审核职责的事实（N2024-4.3b）");
        text.ShouldContain("整改期限须晚于今天（2025-08-25）（N2024-4.3b）");
        noUnit.ShouldContain("请选择被责令整改的单位（N2024-4.3b）");
    }

    [Fact]
    public async Task Order_ByAUnitOrForAUnitOutsideTheArea_IsNotFound()
    {
        var hospital = await site.SignedIn(AccountRole.EmployerHr);
        var yongji = await site.SignedIn(IntegritySite.YongjiStaff);

        (await Order(hospital, site.World.Hospital.Id, "自查", "2025-09-30")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Order(yongji, site.World.Company.Id, "越权", "2025-09-30")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PageClient.Text(await yongji.Http.GetStringAsync("/supervision/units")).ShouldNotContain("山西盐湖电力工程有限公司（");
    }

    [Theory]
    [InlineData(AccountRole.Applicant)]
    [InlineData(AccountRole.Expert)]
    public async Task AccountsWithoutAUnitToSupervise_GetNotFound(AccountRole role)
    {
        var client = await site.SignedIn(role);
        (await client.Http.GetAsync("/supervision/units")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync("/supervision/units?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_IsAWorkbookOfTheActionsTheViewerSees()
    {
        var yanhu = await site.SignedIn(AccountRole.CountyStaff);
        await (await Order(yanhu, site.World.Company.Id, "未审核申报人学历证书", "2025-09-15")).RedirectedTo();

        var export = await yanhu.Http.GetAsync("/supervision/units?handler=Export&kind=RectificationOrder");

        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var row = Forms.Workbook(await export.Content.ReadAsByteArrayAsync()).Single(r => (string?)r["事由"] == "未审核申报人学历证书");
        row["单位"].ShouldBe("山西盐湖电力工程有限公司");
        row["类别"].ShouldBe("责令整改");
        row["整改期限"].ShouldBe("2025-09-15");
        row["状态"].ShouldBe("整改中");
        row["作出机关"].ShouldBe("盐湖区人力资源和社会保障局");
    }

    internal static Task<HttpResponseMessage> Order(PageClient client, int unit, string reason, string rectifyBy) =>
        client.Post("/", "/supervision/units?handler=Order",
            ("OrganisationId", unit.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reason", reason), ("RectifyBy", rectifyBy));
}
