using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>
/// Who reaches the committee pages and endpoints: not without signing in; a committee outside the jurisdiction is
/// 404 on every page and endpoint (never 403); only roles that manage committees found them.
/// </summary>
public sealed class CommitteeAccessTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Theory]
    [InlineData("/committees")]
    [InlineData("/committees/new")]
    [InlineData("/committees/1")]
    [InlineData("/committees/filings")]
    [InlineData("/committees/filings/1")]
    public async Task Page_Anonymous_GoesToLogin(string path)
    {
        var response = await site.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Theory]
    [InlineData("GET", "/api/v1/committees")]
    [InlineData("GET", "/api/v1/committees/1")]
    [InlineData("POST", "/api/v1/committees")]
    [InlineData("POST", "/api/v1/committees/1/supervision")]
    [InlineData("POST", "/api/v1/committees/1/open")]
    [InlineData("DELETE", "/api/v1/committees/1/members/1")]
    public async Task Api_Anonymous_Is401(string method, string path)
    {
        var response = await site.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.EmployerHr)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CommitteeOffice)]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    public async Task AnotherCountysCommittee_IsNotFoundOnEveryPageAndEndpoint(AccountRole role)
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var name = UniqueName("永济市第一中学教师评委会");
        var filing = await CreateAsync(city, Complete(site.World.School.Id, name, "junior", site.World.School.Id));
        var (id, filingId) = (filing.GetProperty("committeeId").GetInt32(), filing.GetProperty("id").GetInt32());
        (await city.GetAsync($"/committees/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = await site.SignedIn(role);

        foreach (var path in new[] { $"/committees/{id}", $"/committees/filings/{filingId}", $"/api/v1/committees/{id}", $"/api/v1/committees/filings/{filingId}" })
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
        var writes = new (HttpMethod Method, string Path, object Body)[]
        {
            (HttpMethod.Put, $"/api/v1/committees/filings/{filingId}", new Dictionary<string, object?>(Complete(site.World.School.Id, name, "junior")) { ["version"] = 0 }),
            (HttpMethod.Post, $"/api/v1/committees/filings/{filingId}/submit", new { }),
            (HttpMethod.Post, $"/api/v1/committees/filings/{filingId}/decision", new { approve = true }),
            (HttpMethod.Post, $"/api/v1/committees/{id}/filings", Complete(site.World.School.Id, name + "改", "junior")),
            (HttpMethod.Post, $"/api/v1/committees/{id}/members", new { name = "张三", specialty = "数学", titleLevel = "senior", termStart = "2024-01-01", termEnd = "2026-12-31" }),
            (HttpMethod.Delete, $"/api/v1/committees/{id}/members/1", new { }),
            (HttpMethod.Post, $"/api/v1/committees/{id}/supervision", new { kind = "suspend", reason = "检查", rectifyBy = "2099-01-01" }),
            (HttpMethod.Post, $"/api/v1/committees/{id}/open?year=2024", new { }),
        };
        foreach (var (method, path, body) in writes)
        {
            var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}: {await response.Content.ReadAsStringAsync()}");
        }
        var page = new PageClient(client);
        (await page.PostForm("/", $"/committees/{id}?handler=Supervise", [new("kind", "Suspend"), new("reason", "检查"), new("rectifyBy", "2099-01-01")]))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.PostForm("/", $"/committees/filings/{filingId}?handler=Decide", [new("approve", "true")])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.PostForm("/", $"/committees/{id}?handler=Open", [new("year", "2024")])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Text(await client.GetStringAsync("/committees")).ShouldNotContain(name);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/committees?q={Uri.EscapeDataString(name)}");
        list.GetProperty("total").GetInt32().ShouldBe(0);
        (await CommitteeAsync(city, id)).GetProperty("filings")[0].GetProperty("status").GetString().ShouldBe("draft");
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, HttpStatusCode.OK)]
    [InlineData(AccountRole.CountyStaff, HttpStatusCode.OK)]
    [InlineData(AccountRole.EmployerHr, HttpStatusCode.OK)]
    [InlineData(AccountRole.Expert, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Applicant, HttpStatusCode.NotFound)]
    public async Task NewCommitteePage_IsForRolesThatManageCommittees(AccountRole role, HttpStatusCode expected)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/committees/new")).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/committees/filings")).StatusCode.ShouldBe(expected);
        Text(await client.GetStringAsync("/committees")).Contains("新建评委会", StringComparison.Ordinal).ShouldBe(expected == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Founding_AsARoleThatDoesNotManageCommittees_IsRefused()
    {
        var expert = await site.SignedIn(AccountRole.Expert);
        var response = await expert.PostAsJsonAsync("/api/v1/committees", Complete(site.World.Hospital.Id, UniqueName(), "junior", site.World.Hospital.Id));
        Errors(await RefusalAsync(response), "$").ShouldHaveSingleItem().ShouldContain("不能组建评委会");
    }

    [Fact]
    public async Task Founding_ForAUnitOutsideTheJurisdiction_IsRefusedBesideTheFoundingUnit()
    {
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var response = await county.PostAsJsonAsync("/api/v1/committees", Complete(site.World.School.Id, UniqueName(), "junior", site.World.School.Id));
        var problem = await RefusalAsync(response);
        Errors(problem, "foundingUnitId").ShouldHaveSingleItem().ShouldContain("不在您的管辖范围内");
        Clauses(problem).ShouldBe(["N2024-2.3"]);
    }
}
