using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Standards;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Audit;

/// <summary>
/// /audit/{type}/{id} for a committee, a work plan and a standard version: the history of a record the viewer may see, linked
/// from its page as "变更记录"; 404 (never 403) for a record the viewer may not see.
/// </summary>
public sealed class AuditRecordTests(WorldSite site) : IClassFixture<WorldSite>
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hospital's own committee, filed by its HR and approved by 盐湖区, with one expert on its roster.</summary>
    private async Task<int> HospitalCommitteeAsync(HttpClient hr)
    {
        var id = await FiledAsync(hr, await site.SignedIn(AccountRole.CountyStaff),
            Complete(site.World.Hospital.Id, UniqueName("中心医院变更记录评委会"), "junior", site.World.Hospital.Id));
        var today = DateOnly.FromDateTime(DateTime.Now);
        var added = await hr.PostAsJsonAsync($"/api/v1/committees/{id}/members",
            new { name = "周审计", specialty = "临床医学", titleLevel = "senior", termStart = Day(today), termEnd = Day(today.AddYears(3).AddDays(-1)) });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        return id;
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin)]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.EmployerHr)]
    public async Task Committee_ForAViewerInside_ShowsItsFilingAndRoster(AccountRole role)
    {
        var id = await HospitalCommitteeAsync(await site.SignedIn(AccountRole.EmployerHr));
        var client = await site.SignedIn(role);

        (await client.GetStringAsync($"/committees/{id}")).ShouldContain($"<a href=\"/audit/Committee/{id}\">变更记录</a>");
        var response = await client.GetAsync($"/audit/Committee/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Text(await response.Content.ReadAsStringAsync());
        page.ShouldContain($"评审委员会 {id} 的变更记录");
        page.ShouldContain("核准备案");
        page.ShouldContain("Name：周审计");
    }

    [Theory]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.Applicant)]
    public async Task Committee_ForAViewerOutside_Is404(AccountRole role)
    {
        var id = await HospitalCommitteeAsync(await site.SignedIn(AccountRole.EmployerHr));
        var client = await site.SignedIn(role);

        (await client.GetAsync($"/committees/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/audit/Committee/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Committee_Anonymous_GoesToLogin()
    {
        var response = await site.Anonymous().GetAsync("/audit/Committee/1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task WorkPlan_LinkedFromItsPage_404OutsideItsCommitteesJurisdiction()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var created = await office.PostAsJsonAsync("/api/v1/plans", new { committeeId = committee.Id, year = YearSetup.Year });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        (await office.GetStringAsync($"/plans/{id}")).ShouldContain($"<a href=\"/audit/WorkPlan/{id}\">变更记录</a>");
        var history = await office.GetAsync($"/audit/WorkPlan/{id}");
        history.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await history.Content.ReadAsStringAsync()).ShouldContain($"年度工作方案 {id} 的变更记录");
        (await (await site.SignedIn(AccountRole.CountyStaff)).GetAsync($"/audit/WorkPlan/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Standard_DraftHistoryForItsOwner_LinkOnlyForASignedInViewer()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("变更记录测试标准", StandardDocuments.NewSeries(), StandardDocuments.Sample()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var link = $"<a href=\"/audit/EvaluationStandard/{id}\">变更记录</a>";

        (await city.GetStringAsync($"/standards/{id}")).ShouldContain(link);
        (await city.GetAsync($"/audit/EvaluationStandard/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var county = await site.SignedIn(AccountRole.CountyStaff);
        (await county.GetAsync($"/audit/EvaluationStandard/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await city.PostAsync($"/api/v1/standards/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await site.Anonymous().GetStringAsync($"/standards/{id}")).ShouldNotContain("/audit/EvaluationStandard/");
        (await county.GetStringAsync($"/standards/{id}")).ShouldContain(link);
        (await county.GetAsync($"/audit/EvaluationStandard/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
