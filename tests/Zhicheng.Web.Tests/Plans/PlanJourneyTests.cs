using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Plans;

/// <summary>
/// A work plan's year (N2024-4.6b) over HTTP as the roles involved: the committee office drafts and submits it, the
/// city bureau returns it with comments, the office corrects and resubmits it, the city bureau approves it — on the
/// pages (forms without script, anti-forgery, the version carried in a hidden field) and through the API.
/// </summary>
public sealed class PlanJourneyTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Pages_SubmittedReturnedWithCommentsCorrectedAndApproved()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var standard = await YearSetup.StandardAsync(site);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var officePages = new PageClient(office);
        var cityPages = new PageClient(city);

        var created = await officePages.PostForm("/plans", "/plans?handler=Create",
            [new("committeeId", committee.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("newYear", YearSetup.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = YearSetup.IdIn(created.Headers.Location);
        var page = $"/plans/{id}";
        PageClient.Text(await office.GetStringAsync(created.Headers.Location!.OriginalString)).ShouldContain("已新建工作方案");

        var first = Schedule.Good(YearSetup.Year);
        var submitted = await officePages.PostForm(page, $"{page}?handler=Submit", first.Fields(await YearSetup.PageVersionAsync(office, id), standard.Id));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageClient.Text(await submitted.Content.ReadAsStringAsync()));
        (await YearSetup.StoredPlanAsync(site, id)).Status.ShouldBe(PlanStatus.Submitted);

        var withoutComments = await cityPages.PostForm(page, $"{page}?handler=Decide", [new("decision", "return"), new("Comments", "")]);
        PageClient.Text(await withoutComments.Content.ReadAsStringAsync()).ShouldContain("退回修改须写明意见（N2024-4.6b）");
        var returned = await cityPages.PostForm(page, $"{page}?handler=Decide", [new("decision", "return"), new("Comments", "评审会议请安排在10月下旬")]);
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var seenByOffice = PageClient.Text(await office.GetStringAsync(page));
        seenByOffice.ShouldContain("已退回修改");
        seenByOffice.ShouldContain("评审会议请安排在10月下旬");
        var corrected = first with { Meetings = [new DateOnly(YearSetup.Year, 10, 18)] };
        var resubmitted = await officePages.PostForm(page, $"{page}?handler=Submit", corrected.Fields(await YearSetup.PageVersionAsync(office, id), standard.Id));
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var approved = await cityPages.PostForm(page, $"{page}?handler=Decide", [new("decision", "approve"), new("Comments", "同意")]);
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = await YearSetup.StoredPlanAsync(site, id);
        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.Meetings.ShouldBe([new DateOnly(YearSetup.Year, 10, 18)]);
        plan.DecidedBy.ShouldBe("市局管理员");
        var final = PageClient.Text(await office.GetStringAsync(page));
        final.ShouldContain("已批准");
        final.ShouldContain("不能修改");
    }

    [Fact]
    public async Task Api_SubmittedReturnedWithCommentsCorrectedAndApproved()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var standard = await YearSetup.StandardAsync(site);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var created = await office.PostAsJsonAsync("/api/v1/plans", new { committeeId = committee.Id, year = YearSetup.Year });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetInt32();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/plans/{id}");
        plan.GetProperty("status").GetString().ShouldBe("draft");

        var saved = await office.PutAsJsonAsync($"/api/v1/plans/{id}", Schedule.Good(YearSetup.Year).Json(plan.GetProperty("version").GetInt32(), standard.Id));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.PostAsync($"/api/v1/plans/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var returned = await city.PostAsJsonAsync($"/api/v1/plans/{id}/decision", new { approve = false, comments = "请补充推荐程序中的公示环节" });
        returned.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterReturn = await office.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}");
        afterReturn.GetProperty("status").GetString().ShouldBe("returned");
        afterReturn.GetProperty("comments").GetString().ShouldBe("请补充推荐程序中的公示环节");

        var corrected = Schedule.Good(YearSetup.Year) with { RecommendationProcedure = "个人申报、单位公示5个工作日后推荐、主管部门审核" };
        (await office.PutAsJsonAsync($"/api/v1/plans/{id}", corrected.Json(afterReturn.GetProperty("version").GetInt32(), standard.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.PostAsync($"/api/v1/plans/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await city.PostAsJsonAsync($"/api/v1/plans/{id}/decision", new { approve = true });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var final = await approved.Content.ReadFromJsonAsync<JsonElement>();
        final.GetProperty("status").GetString().ShouldBe("approved");
        final.GetProperty("recommendationProcedure").GetString().ShouldBe("个人申报、单位公示5个工作日后推荐、主管部门审核");
    }

    [Fact]
    public async Task Decision_ByACountyBureau_IsRefusedNamingTheCityBureau()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.Yanhu, site.World.Yanhu);
        var standard = await YearSetup.StandardAsync(site);
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Submitted, Schedule.Good(YearSetup.Year), standard.Id);
        var county = await site.SignedIn(AccountRole.CountyStaff);

        var response = await county.PostAsJsonAsync($"/api/v1/plans/{plan.Id}/decision", new { approve = true });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("$")[0].GetString().ShouldBe("年度工作方案须报市人社局审批（N2024-4.6b）");
        (await YearSetup.StoredPlanAsync(site, plan.Id)).Status.ShouldBe(PlanStatus.Submitted);
    }
}
