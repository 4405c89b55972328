using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Plans;

/// <summary>Two people editing one plan from the same version: the first save stands, the second is refused and overwrites nothing.</summary>
public sealed class ConcurrentEditTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Page_SecondSaveFromTheSameVersion_IsRefusedAndTheFirstStands()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var page = $"/plans/{plan.Id}";
        var officeVersion = await YearSetup.PageVersionAsync(office, plan.Id);
        var cityVersion = await YearSetup.PageVersionAsync(city, plan.Id);
        var first = Schedule.Good(YearSetup.Year) with { WorkDiscipline = "第一位经办人写的工作纪律" };
        var second = Schedule.Good(YearSetup.Year) with { WorkDiscipline = "第二位经办人写的工作纪律", Meetings = [new DateOnly(YearSetup.Year, 9, 1)] };

        var firstSave = await new PageClient(office).PostForm(page, $"{page}?handler=Save", first.Fields(officeVersion, null));
        var secondSave = await new PageClient(city).PostForm(page, $"{page}?handler=Save", second.Fields(cityVersion, null));

        firstSave.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secondSave.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await secondSave.Content.ReadAsStringAsync();
        PageClient.Text(html).ShouldContain("该工作方案已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");
        // The refused form keeps the stale version, so saving it again cannot overwrite the first edit either.
        html.ShouldContain($"name=\"Input.Version\" value=\"{cityVersion}\"");
        var stored = await YearSetup.StoredPlanAsync(site, plan.Id);
        stored.WorkDiscipline.ShouldBe("第一位经办人写的工作纪律");
        stored.Meetings.ShouldBe([new DateOnly(YearSetup.Year, 10, 15)]);
    }

    [Fact]
    public async Task Api_SecondPutFromTheSameVersion_Is409AndTheFirstStands()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var read = await office.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan.Id}");
        var version = read.GetProperty("version").GetInt32();

        var first = await office.PutAsJsonAsync($"/api/v1/plans/{plan.Id}", (Schedule.Good(YearSetup.Year) with { WorkDiscipline = "甲" }).Json(version, null));
        var second = await office.PutAsJsonAsync($"/api/v1/plans/{plan.Id}", (Schedule.Good(YearSetup.Year) with { WorkDiscipline = "乙" }).Json(version, null));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(version + 1);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        second.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("version")[0].GetString()
            .ShouldBe("该工作方案已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");
        (await YearSetup.StoredPlanAsync(site, plan.Id)).WorkDiscipline.ShouldBe("甲");
    }

    [Fact]
    public async Task Api_PutWithoutAVersion_IsRefused()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var body = Schedule.Good(YearSetup.Year).Json(0, null);
        body.Remove("version");

        var response = await office.PutAsJsonAsync($"/api/v1/plans/{plan.Id}", body);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await YearSetup.StoredPlanAsync(site, plan.Id)).ApplicationOpens.ShouldBeNull();
    }

    [Fact]
    public async Task Api_BadDateInTheBody_Is400NamingTheField()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var body = Schedule.Good(YearSetup.Year).Json(plan.Version, null);
        body["materialDeadline"] = "9月30日";

        var response = await office.PutAsJsonAsync($"/api/v1/plans/{plan.Id}", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("materialDeadline", out _).ShouldBeTrue();
    }
}
