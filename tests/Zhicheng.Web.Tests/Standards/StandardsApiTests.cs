using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Standards;

/// <summary><c>/api/v1/standards</c>: drafting, saving and publishing, each refusal as problem+json keyed by JSON path with its clause.</summary>
public sealed class StandardsApiTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Theory]
    [InlineData("weights", "全部指标权重合计为105，应恰好为100")]
    [InlineData("papers", "没有业绩贡献类指标：评价标准不得唯论文、唯职称、唯学历、唯奖项（破四唯）")]
    public async Task Publish_ContentThatBreaksN2024_1_1_Is400WithPathAndClause(string @case, string words)
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var content = @case == "weights" ? StandardDocuments.WeightsOff() : StandardDocuments.PapersOnly();
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("有问题的标准", StandardDocuments.NewSeries(), content));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var response = await city.PostAsync($"/api/v1/standards/{id}/publish", null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("indicators").EnumerateArray().Select(e => e.GetString()!)
            .ShouldContain(m => m.Contains(words) && m.EndsWith("（N2024-1.1）"));
        problem.GetProperty("problems").EnumerateArray().ShouldAllBe(p => p.GetProperty("clauseId").GetString() == "N2024-1.1");
        (await city.GetFromJsonAsync<JsonElement>($"/api/v1/standards/{id}")).GetProperty("published").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Draft_UnknownLevel_IsRefusedAtLevel()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var response = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("级别有误的标准", StandardDocuments.NewSeries(), StandardDocuments.Sample(), level: "九级"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("level")[0].GetString()!.ShouldContain("九级");
    }

    [Fact]
    public async Task Draft_WeightThatIsNotANumber_IsRefusedAtItsJsonPath()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var content = StandardDocuments.Sample();
        content["indicators"]![2]!["weight"] = "很多";

        var response = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("格式有误的标准", StandardDocuments.NewSeries(), content));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("content.indicators[2].weight", out _).ShouldBeTrue(errors.ToString());
    }

    [Fact]
    public async Task EditingAPublishedStandard_Is400NamingN2024_1_2_AndChangesNothing()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("将要发布的标准", StandardDocuments.NewSeries(), StandardDocuments.Sample()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await city.PostAsync($"/api/v1/standards/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await city.PutAsJsonAsync($"/api/v1/standards/{id}", new { title = "改名", inForceFrom = 2026, content = StandardDocuments.WeightsOff() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("$")[0].GetString()
            .ShouldBe("《将要发布的标准》第1版已发布，不能修改；如需调整请起草新版本（N2024-1.2）");
        var stored = await site.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/standards/{id}");
        stored.GetProperty("title").GetString().ShouldBe("将要发布的标准");
        stored.GetProperty("inForceFrom").GetInt32().ShouldBe(2025);
    }

    [Fact]
    public async Task Draft_SavedThenPublished_IsListedPublicly()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var series = StandardDocuments.NewSeries();
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("初稿", series, StandardDocuments.WeightsOff()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var saved = await city.PutAsJsonAsync($"/api/v1/standards/{id}", new { title = "定稿", inForceFrom = 2026, content = StandardDocuments.Sample() });
        var published = await city.PostAsync($"/api/v1/standards/{id}/publish", null);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await site.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/standards?series={Uri.EscapeDataString(series)}");
        var row = list.GetProperty("rows").EnumerateArray().Single();
        row.GetProperty("title").GetString().ShouldBe("定稿");
        row.GetProperty("inForceFrom").GetInt32().ShouldBe(2026);
        row.GetProperty("managementLevel").GetString().ShouldBe("city");
        row.GetProperty("ownerUnit").GetString().ShouldBe("运城市人力资源和社会保障局");
    }

    [Fact]
    public async Task Publish_ByTheCountyBureau_OfTheCitysDraft_Is404()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("市局的草稿", StandardDocuments.NewSeries(), StandardDocuments.Sample()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var county = await site.SignedIn(AccountRole.CountyStaff);

        (await county.PostAsync($"/api/v1/standards/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await county.PutAsJsonAsync($"/api/v1/standards/{id}", new { title = "县里改的", inForceFrom = 2025, content = StandardDocuments.Sample() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await city.GetFromJsonAsync<JsonElement>($"/api/v1/standards/{id}")).GetProperty("title").GetString().ShouldBe("市局的草稿");
    }

    [Fact]
    public async Task Writes_WithoutSigningIn_Are401()
    {
        var anonymous = site.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("匿名", StandardDocuments.NewSeries(), StandardDocuments.Sample())))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/v1/standards/1/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/standards")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
