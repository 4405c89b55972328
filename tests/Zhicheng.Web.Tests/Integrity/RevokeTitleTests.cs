using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// 撤销职称 (N2024-4.3c) at <c>/titles/{id}/revoke</c>: a title granted outside the system is revoked by the city bureau,
/// which records it in the integrity archive; a county bureau is refused with the clause; others are answered 404.
/// </summary>
public sealed class RevokeTitleTests(IntegritySite site) : IClassFixture<IntegritySite>
{
    [Fact]
    public async Task CityAdmin_RevokesTheTitle_AndTheArchiveHasTheRecord()
    {
        var (person, titleId) = await site.TitleHolderAsync("陈撤销", site.World.Company.Id);
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var page = $"/titles/{titleId}/revoke";

        var shown = PageClient.Text(await city.Http.GetStringAsync(page));
        var missing = await (await city.Post(page, page, ("Description", ""), ("Evidence", ""))).Refused();
        var revoked = await (await city.Post(page, page, ("Description", "伪造任职年限证明"), ("Evidence", "原单位出具的核查函"))).RedirectedTo();
        var after = PageClient.Text(await city.Http.GetStringAsync(revoked));
        var archive = PageClient.Text(await city.Http.GetStringAsync($"/integrity?q={person.IdNumber}&active=true"));

        shown.ShouldContain("陈撤销");
        shown.ShouldContain("工程 电气工程 中级");
        shown.ShouldContain("有效");
        missing.ShouldContain("id=\"description-error\"");
        PageClient.Text(missing).ShouldContain("请写明证据（N2024-4.3c）");
        revoked.ShouldBe($"{page}?done=revoked");
        after.ShouldContain("已撤销该职称");
        after.ShouldContain("已于 2025-08-25 撤销");
        after.ShouldNotContain("撤销职称</button>");
        archive.ShouldContain("陈撤销");
        archive.ShouldContain("撤销职称：工程电气工程");
    }

    [Fact]
    public async Task CountyBureau_SeesTheTitle_ButIsRefusedWithTheClause()
    {
        var (_, titleId) = await site.TitleHolderAsync("褚县局", site.World.Company.Id);
        var yanhu = await site.SignedIn(AccountRole.CountyStaff);
        var page = $"/titles/{titleId}/revoke";

        (await yanhu.Http.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = PageClient.Text(await (await yanhu.Post(page, page, ("Description", "伪造"), ("Evidence", "核查函"))).Refused());

        refused.ShouldContain("该职称的授予机关不在本系统中，由市人社局撤销（N2024-4.3c）");
        PageClient.Text(await yanhu.Http.GetStringAsync(page)).ShouldContain("有效");
    }

    [Theory]
    [InlineData(AccountRole.EmployerHr)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    [InlineData(null)]
    public async Task Others_GetNotFound(AccountRole? role)
    {
        var (_, titleId) = await site.TitleHolderAsync("卫不可", site.World.Hospital.Id);
        var client = role is { } r ? await site.SignedIn(r) : await site.SignedIn(IntegritySite.YongjiStaff);
        var page = $"/titles/{titleId}/revoke";

        (await client.Http.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Post("/", page, ("Description", "伪造"), ("Evidence", "核查函"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync("/titles/999999/revoke")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
