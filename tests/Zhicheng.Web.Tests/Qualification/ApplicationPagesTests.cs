using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Qualification;

/// <summary>
/// The application pages over HTTP with sign-in cookies: the office's queue and its qualification check from the page;
/// another unit's application and the list for an expert are not found; a new application with nothing filled in is
/// refused field by field, each with its clause.
/// </summary>
public sealed class ApplicationPagesTests(OfficeQueueSite office) : IClassFixture<OfficeQueueSite>
{
    private WorldSite Site => office.Site;

    [Fact]
    public async Task Office_SeesItsQueue_AndChecksAnApplicationFromItsPage()
    {
        var client = await SignedInAsOfficeAsync();
        var queue = PageClient.Text(await client.GetStringAsync("/applications/queue", TestContext.Current.CancellationToken));
        var (id, number, version) = await DoctorsAsync();
        queue.ShouldContain(number);
        queue.ShouldContain("共 2 份");

        var response = await new PageClient(client).PostForm($"/applications/{id}", $"/applications/{id}?handler=Qualify",
            [new("Version", version.ToString(CultureInfo.InvariantCulture))]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/applications/{id}?done=qualified");
        var page = PageClient.Text(await client.GetStringAsync(response.Headers.Location.ToString(), TestContext.Current.CancellationToken));
        page.ShouldContain("已完成资格审查");
        page.ShouldMatch(@"资格审查\s+通过（");
    }

    [Fact]
    public async Task Office_RunsTheBatchCheckFromItsQueue_AndGetsTheWorkbook()
    {
        var client = await SignedInAsOfficeAsync();

        var response = await new PageClient(client).PostForm("/applications/queue", "/applications/queue?handler=Batch",
        [
            new("committeeId", office.Setup.Committee.Id.ToString(CultureInfo.InvariantCulture)),
            new("batchYear", OfficeQueueSite.ThisYear.ToString(CultureInfo.InvariantCulture)),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var workbook = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => (string?)r["姓名"]).ShouldBe([Site.World.Doctor.Name, Site.World.Engineer.Name], ignoreOrder: true);
        rows.ShouldAllBe(r => ((string)r["公民身份号码"]!).Contains('*'));
    }

    [Fact]
    public async Task AnotherUnitsApplication_AndTheListForAnExpert_AreNotFound()
    {
        await using var db = Site.Factory.Database.Open("test:read");
        var engineers = await db.Applications.Where(a => a.PersonId == Site.World.Engineer.Id).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        var hr = await Site.SignedIn(AccountRole.EmployerHr);
        var expert = await Site.SignedIn(AccountRole.Expert);

        (await hr.GetAsync($"/applications/{engineers}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hr.GetAsync($"/applications/{engineers}?handler=Material&materialId=1", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await expert.GetAsync("/applications", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NewApplication_WithNothingFilledIn_NamesEveryFieldAndItsClause()
    {
        var hr = await Site.SignedIn(AccountRole.EmployerHr);

        var response = await new PageClient(hr).PostForm("/applications/new", "/applications/new", [new("IdNumber", "")]);

        var page = PageClient.Text(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        page.ShouldContain("在您的管辖范围内没有找到该公民身份号码的人员（单位只为本单位人员代为申报）（N2024-3.1c）");
        page.ShouldContain("请选择正在受理申报的评委会（N2024-4.6b）");
        page.ShouldContain("请填写申报系列（N2024-2.3）");
    }

    private async Task<HttpClient> SignedInAsOfficeAsync()
    {
        var client = Site.Anonymous();
        (await WorldSite.SignIn(client, OfficeQueueSite.OfficeUser, TestWorld.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<(int Id, string Number, int Version)> DoctorsAsync()
    {
        await using var db = Site.Factory.Database.Open("test:read");
        var a = await db.Applications.AsNoTracking().SingleAsync(a => a.PersonId == Site.World.Doctor.Id, TestContext.Current.CancellationToken);
        return (a.Id, a.Number, a.Version);
    }
}
