using System.Net;
using System.Text.RegularExpressions;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>
/// A committee's way through the pages, as a browser without JavaScript takes it: the hospital's HR founds it and
/// submits its filing, the county bureau approves it from its queue, and the detail page shows it filed and until when.
/// </summary>
public sealed partial class CommitteeJourneyTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Filing_CreatedSubmittedAndApprovedOnThePages_DetailShowsItFiledWithItsValidity()
    {
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var county = new PageClient(await site.SignedIn(AccountRole.CountyStaff));
        var name = UniqueName("中心医院卫生系列初级评委会");
        var body = Complete(site.World.Hospital.Id, name, "junior", site.World.Hospital.Id);

        Text(await hr.Http.GetStringAsync("/committees")).ShouldContain("新建评委会");
        var created = await hr.PostForm("/committees/new", "/committees/new", FormOf(body));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdIn(created.Headers.Location!, "/committees/");
        var detail = await hr.Http.GetStringAsync($"/committees/{id}");
        Text(detail).ShouldContain("尚未核准备案");
        var filingId = int.Parse(FilingLink().Match(detail).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var filingPage = $"/committees/filings/{filingId}";
        var version = VersionField().Match(await hr.Http.GetStringAsync(filingPage)).Groups[1].Value;
        var submitted = await hr.PostForm(filingPage, filingPage + "?handler=Submit", [.. FormOf(body).Where(f => f.Key != "foundingUnitId"), new("version", version)]);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        submitted.Headers.Location!.ToString().ShouldBe($"{filingPage}?done=submitted");
        Text(await hr.Http.GetStringAsync(filingPage)).ShouldContain("已报送待核准");

        Text(await county.Http.GetStringAsync("/committees/filings")).ShouldContain(name);
        var approved = await county.PostForm(filingPage, filingPage + "?handler=Decide", [new("approve", "true"), new("comments", "材料齐全，予以核准备案")]);
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approved.Headers.Location!.ToString().ShouldBe($"/committees/{id}?done=approved");

        var text = Text(await hr.Http.GetStringAsync($"/committees/{id}"));
        text.ShouldContain("已核准备案");
        text.ShouldContain($"有效期至 {DateOnly.FromDateTime(DateTime.Now).AddYears(3).AddDays(-1):yyyy-MM-dd}");
        text.ShouldContain("材料齐全，予以核准备案");
        text.ShouldNotContain("尚未核准备案");
        Text(await county.Http.GetStringAsync("/committees/filings")).ShouldNotContain(name);
    }

    [Fact]
    public async Task Refiling_OnTheDetailPage_NeedsOneOfTheOccasionsAndDraftsANewFiling()
    {
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var body = Complete(site.World.Hospital.Id, UniqueName("中心医院护理评委会"), "junior", site.World.Hospital.Id);
        var id = await FiledAsync(hr.Http, await site.SignedIn(AccountRole.CountyStaff), body);
        var detail = $"/committees/{id}";
        var fields = FormOf(body).Where(f => f.Key != "foundingUnitId").ToList();

        var unchanged = await hr.PostForm(detail, detail + "?handler=Refile", fields);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await unchanged.Content.ReadAsStringAsync()).ShouldContain("无需重新备案（N2024-2.2）");

        var renamed = UniqueName("运城市中心医院护理评委会");
        var changed = await hr.PostForm(detail, detail + "?handler=Refile", [.. fields.Where(f => f.Key != "name"), new("name", renamed)]);
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var filingId = IdIn(changed.Headers.Location!, "/committees/filings/");
        var filing = Text(await hr.Http.GetStringAsync($"/committees/filings/{filingId}"));
        filing.ShouldContain("草稿");
        filing.ShouldContain("隶属关系或名称变化");
    }

    [GeneratedRegex("/committees/filings/(\\d+)")]
    private static partial Regex FilingLink();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
