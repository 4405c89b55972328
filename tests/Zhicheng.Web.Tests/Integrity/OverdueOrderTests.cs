using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// 通报批评 (N2024-4.3b) on an order the unit did not rectify: refused on the deadline day itself, issued the day after,
/// once; the notice shows to the unit's supervisors. Its own site: the test moves the clock.
/// </summary>
public sealed class OverdueOrderTests(IntegritySite site) : IClassFixture<IntegritySite>
{
    [Fact]
    public async Task Criticism_OnTheDeadlineIsRefused_TheDayAfterIsIssuedOnce()
    {
        var deadline = IntegritySite.Start.AddDays(7);
        var yanhu = await site.SignedIn(AccountRole.CountyStaff);
        var order = (await (await UnitSupervisionTests.Order(yanhu, site.World.Company.Id, "未审核申报人任职年限", Forms.Iso(deadline))).RedirectedTo()).Split('?')[0];

        site.Clock.Today = deadline;
        yanhu = await site.SignedIn(AccountRole.CountyStaff);
        var onTheDay = PageClient.Text(await (await yanhu.Post(order, $"{order}?handler=Criticise", ("Reason", "逾期未整改"))).Refused());

        site.Clock.Today = deadline.AddDays(1);
        yanhu = await site.SignedIn(AccountRole.CountyStaff);
        var overdue = PageClient.Text(await yanhu.Http.GetStringAsync("/supervision/units?state=Overdue"));
        var empty = PageClient.Text(await (await yanhu.Post(order, $"{order}?handler=Criticise", ("Reason", ""))).Refused());
        var notice = await (await yanhu.Post(order, $"{order}?handler=Criticise", ("Reason", "逾期未整改，予以通报批评"))).RedirectedTo();
        var twice = PageClient.Text(await (await yanhu.Post(order, $"{order}?handler=Criticise", ("Reason", "再次"))).Refused());
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var notices = PageClient.Text(await city.Http.GetStringAsync("/supervision/units?kind=CriticismNotice"));
        var orderPage = PageClient.Text(await city.Http.GetStringAsync(order));

        onTheDay.ShouldContain("期满未整改方可通报批评（N2024-4.3b）");
        overdue.ShouldContain("未审核申报人任职年限");
        overdue.ShouldContain("逾期未整改");
        empty.ShouldContain("请填写通报批评的内容（N2024-4.3b）");
        notice.ShouldMatch(@"^/supervision/units/\d+\?done=criticised$");
        twice.ShouldContain("N2024-4.3b");
        notices.ShouldContain("逾期未整改，予以通报批评");
        notices.ShouldContain("山西盐湖电力工程有限公司");
        orderPage.ShouldContain("通报批评");
        (await (await site.SignedIn(IntegritySite.YongjiStaff)).Http.GetAsync(notice.Split('?')[0])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
