using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Plans;

/// <summary>
/// Who reaches the plans: the pages and endpoints check the role and the jurisdiction on the server — a plan outside
/// it, or an account that has no plans, is 404 by id; the list holds only the jurisdiction's; the export is a workbook.
/// </summary>
public sealed class PlanAccessTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Anonymous_IsSentToLogin_AndTheApiAnswers401()
    {
        var pages = site.Anonymous();
        foreach (var path in new[] { "/plans", "/plans/1", "/dashboard" })
        {
            var response = await pages.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
        (await pages.GetAsync("/api/v1/plans")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await pages.PostAsJsonAsync("/api/v1/plans", new { committeeId = 1, year = YearSetup.Year })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, true)]
    [InlineData(AccountRole.CommitteeOffice, true)]
    [InlineData(AccountRole.CountyStaff, false)]
    [InlineData(AccountRole.DepartmentReviewer, false)]
    [InlineData(AccountRole.EmployerHr, false)]
    [InlineData(AccountRole.Expert, false)]
    [InlineData(AccountRole.Applicant, false)]
    public async Task CityCommitteesPlan_ByRole_IsFoundOnlyInsideTheJurisdiction(AccountRole role, bool visible)
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft);
        var client = await site.SignedIn(role);
        var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;

        (await client.GetAsync($"/plans/{plan.Id}")).StatusCode.ShouldBe(expected, "page");
        (await client.GetAsync($"/api/v1/plans/{plan.Id}")).StatusCode.ShouldBe(expected, "api");
        if (!visible)
        {
            var body = Schedule.Good(YearSetup.Year).Json(plan.Version, null);
            (await client.PutAsJsonAsync($"/api/v1/plans/{plan.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "put");
            (await client.PostAsync($"/api/v1/plans/{plan.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "submit");
            (await YearSetup.StoredPlanAsync(site, plan.Id)).ApplicationOpens.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    public async Task PlansList_ForAccountsWithoutPlans_Is404(AccountRole role)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/plans")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/plans")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_ByYearAndStatus_HoldsOnlyTheJurisdictionsPlans_AndExports()
    {
        var city = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var yanhu = await YearSetup.CommitteeAsync(site, site.World.Yanhu, site.World.Yanhu);
        await YearSetup.PlanAsync(site, city.Id, PlanStatus.Returned, Schedule.Good(YearSetup.Year));
        await YearSetup.PlanAsync(site, yanhu.Id, PlanStatus.Returned, Schedule.Good(YearSetup.Year));
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var cityAdmin = await site.SignedIn(AccountRole.CityAdmin);

        var countyList = Table(await county.GetStringAsync($"/plans?year={YearSetup.Year}&status=Returned"));
        var cityList = Table(await cityAdmin.GetStringAsync($"/plans?year={YearSetup.Year}&status=Returned"));
        var countyApi = await county.GetFromJsonAsync<JsonElement>($"/api/v1/plans?year={YearSetup.Year}&status=returned");

        countyList.ShouldContain(yanhu.Name);
        countyList.ShouldNotContain(city.Name);
        cityList.ShouldContain(yanhu.Name);
        cityList.ShouldContain(city.Name);
        countyApi.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("committee").GetString()).ShouldBe([yanhu.Name]);
        PageClient.Text(await cityAdmin.GetStringAsync($"/plans?year={YearSetup.Year - 2}")).ShouldContain("没有符合条件的工作方案");

        var export = await county.GetAsync($"/plans?handler=Export&year={YearSetup.Year}&status=Returned");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["评委会"]).ShouldBe([yanhu.Name]);
        rows[0]["状态"].ShouldBe("已退回修改");
        rows[0]["材料收审截止日（D）"].ShouldBe($"{YearSetup.Year}-04-10");
    }

    [Fact]
    public async Task List_PagesTwentyAtATime()
    {
        // Next year's plans: no other test here makes any.
        var year = YearSetup.Year + 1;
        for (var i = 0; i < 21; i++)
        {
            var committee = await YearSetup.CommitteeAsync(site, site.World.Yongji, site.World.Yongji);
            await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Submitted, year: year);
        }
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var county = await site.SignedIn(AccountRole.CountyStaff);

        var first = PageClient.Text(await city.GetStringAsync($"/plans?year={year}&status=Submitted"));
        var second = await city.GetFromJsonAsync<JsonElement>($"/api/v1/plans?year={year}&status=submitted&page=2");
        var secondPage = PageClient.Text(await city.GetStringAsync($"/plans?year={year}&status=Submitted&page=2"));

        first.ShouldContain("共 21 个，第 1 / 2 页");
        first.ShouldContain("下一页");
        secondPage.ShouldContain("第 2 / 2 页");
        second.GetProperty("total").GetInt32().ShouldBe(21);
        second.GetProperty("rows").GetArrayLength().ShouldBe(1);
        (await county.GetFromJsonAsync<JsonElement>($"/api/v1/plans?year={year}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    /// <summary>The text of the page's list table (the new-plan form below it also names committees).</summary>
    private static string Table(string html)
    {
        var start = html.IndexOf("<table class=\"list\">", StringComparison.Ordinal);
        return start < 0 ? "" : PageClient.Text(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task OpenApplications_SuspendedCommittee_IsRefusedNamingTheClause()
    {
        var standard = await YearSetup.StandardAsync(site);
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City, change: c =>
        {
            c.Standing = CommitteeStanding.Suspended;
            c.RectifyBy = YearSetup.Today.AddDays(20);
            c.StandingReason = "回避制度执行不到位";
        });
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Approved, Schedule.Good(YearSetup.Year), standard.Id);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);

        var response = await new PageClient(office).PostForm($"/plans/{plan.Id}", $"/plans/{plan.Id}?handler=Open", []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PageClient.Text(await response.Content.ReadAsStringAsync());
        text.ShouldContain("未能开始受理申报");
        text.ShouldContain("（N2024-4.3a）");
        (await YearSetup.StoredPlanAsync(site, plan.Id)).ApplicationsOpenedAt.ShouldBeNull();
    }

    [Fact]
    public async Task OpenApplications_FiledCommitteeWithApprovedPlan_Opens()
    {
        var standard = await YearSetup.StandardAsync(site);
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Approved, Schedule.Good(YearSetup.Year), standard.Id);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);

        var response = await new PageClient(office).PostForm($"/plans/{plan.Id}", $"/plans/{plan.Id}?handler=Open", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await YearSetup.StoredPlanAsync(site, plan.Id)).ApplicationsOpenedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Form_WithoutTheAntiforgeryToken_IsRefused()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Submitted);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var response = await city.PostAsync($"/plans/{plan.Id}?handler=Decide", new FormUrlEncodedContent([new("decision", "approve")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await YearSetup.StoredPlanAsync(site, plan.Id)).Status.ShouldBe(PlanStatus.Submitted);
    }
}
