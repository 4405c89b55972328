using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

/// <summary>The eligibility engine on a stored record, from the API and from the page.</summary>
public sealed class RecordEligibilityTests(WorldSite site) : IClassFixture<WorldSite>
{
    private object Promotion => new
    {
        route = "promotion", applicationYear = 2024, materialDeadline = "2024-09-30",
        target = new { series = "卫生", specialty = "临床医学", level = "associate_senior" },
        // Only the engineering series has a (sample) standard until standards are published (issue 4).
        requirements = new { tenureYears = 5, minEducation = "bachelor", minAchievements = 1 },
    };

    [Fact]
    public async Task Api_StoredRecord_IsDecidedFromTheRecord()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        var response = await client.PostAsJsonAsync($"/api/v1/people/{site.World.Doctor.Id}/eligibility", Promotion);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        decision.GetProperty("id").GetString().ShouldBe($"P-{site.World.Doctor.Id}");
        // 中级 obtained 2016-12-20: years 2017…2024 count (I-1), all assessed 合格 or better.
        decision.GetProperty("countedTenureYears").GetInt32().ShouldBe(8);
        var codes = decision.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("tenure");
        codes.ShouldContain("channel");
        decision.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "tenure")
            .GetProperty("passed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Api_NoRequirementsNoD_TakesTheStandardInForceAndThePlansD_AndSaysWhich()
    {
        var standard = await YearSetup.StandardAsync(site, "卫生系列", TitleLevel.AssociateSenior, "运城市卫生系列副高级职称评价标准（测试）");
        await using (var db = site.Factory.Database.Open("test:read"))
        {
            await site.Factory.Services.GetRequiredService<PublishedStandards>().RefreshAsync(db);
        }
        var committee = await YearSetup.CommitteeAsync(site, site.World.Health, site.World.City, series: "卫生系列");
        await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Approved, Schedule.Good(YearSetup.Year), standard.Id);
        var client = await site.SignedIn(AccountRole.EmployerHr);

        var response = await client.PostAsJsonAsync($"/api/v1/people/{site.World.Doctor.Id}/eligibility", new
        {
            route = "promotion", applicationYear = YearSetup.Year, committeeId = committee.Id,
            target = new { series = "卫生", specialty = "临床医学", level = "associate_senior" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("Zhicheng-Material-Deadline").ShouldBe([$"{YearSetup.Year}-04-10"]);
        response.Headers.GetValues("Zhicheng-Plan").ShouldBe([$"committee={committee.Id}; year={YearSetup.Year}"]);
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        decision.GetProperty("requirements").GetProperty("source").GetString().ShouldBe("《运城市卫生系列副高级职称评价标准（测试）》第1版（2024年起施行）");
    }

    [Fact]
    public async Task Api_ACommitteeWithoutAnApprovedPlan_AsksForD()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.Health, site.World.City, series: "卫生系列");
        await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Submitted, Schedule.Good(YearSetup.Year));
        var client = await site.SignedIn(AccountRole.EmployerHr);

        var response = await client.PostAsJsonAsync($"/api/v1/people/{site.World.Doctor.Id}/eligibility", new
        {
            route = "promotion", applicationYear = YearSetup.Year, committeeId = committee.Id,
            target = new { series = "卫生", specialty = "临床医学", level = "associate_senior" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Zhicheng-Plan").ShouldBeFalse();
        (await response.Content.ReadAsStringAsync()).ShouldContain($"所选评委会没有已批准的{YearSetup.Year}年度工作方案");
    }

    [Fact]
    public async Task Api_MissingTarget_AnswersProblemWithPaths()
    {
        var client = await site.SignedIn(AccountRole.CityAdmin);
        var response = await client.PostAsJsonAsync($"/api/v1/people/{site.World.Doctor.Id}/eligibility", new { route = "promotion", applicationYear = 2024 });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("target");
    }

    [Fact]
    public async Task Api_BrokenJson_AnswersProblem()
    {
        var client = await site.SignedIn(AccountRole.CityAdmin);
        var response = await client.PostAsync($"/api/v1/people/{site.World.Doctor.Id}/eligibility",
            new StringContent("{\"route\": ", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Page_SuggestsTheNextLevelAndShowsTheDecision()
    {
        var client = await site.SignedIn(AccountRole.CountyStaff);
        var path = $"/people/{site.World.Doctor.Id}/eligibility";
        var form = await client.GetStringAsync(path);
        form.ShouldContain("value=\"associate_senior\" selected");
        var response = await new PageClient(client).PostForm(path, path,
        [
            new("Ask.Route", "promotion"), new("Ask.Target.Series", "卫生"), new("Ask.Target.Specialty", "临床医学"),
            new("Ask.Target.Level", "associate_senior"), new("Ask.ApplicationYear", "2024"), new("Ask.MaterialDeadline", "2024-09-30"),
            new("Ask.Requirements.TenureYears", "5"), new("Ask.Requirements.MinEducation", "bachelor"), new("Ask.Requirements.MinAchievements", "1"),
        ]);
        var text = PageClient.Text(await response.Content.ReadAsStringAsync());
        text.ShouldContain("审查结论");
        text.ShouldContain("任职年限");
    }
}
