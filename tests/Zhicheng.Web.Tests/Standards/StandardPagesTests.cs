using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Standards;

/// <summary>
/// Standards on the pages: published versions readable by anyone without signing in (N2024-1.2), drafts only by their
/// owner's jurisdiction; drafting from the sample, publishing, and each refusal with its JSON path and clause.
/// </summary>
public sealed class StandardPagesTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task PublishedStandard_IsReadableWithoutSigningIn()
    {
        var standard = await YearSetup.StandardAsync(site, StandardDocuments.NewSeries(), title: "运城市测试系列职称评价标准（公开）");
        var anonymous = site.Anonymous();

        var list = await anonymous.GetAsync($"/standards?series={Uri.EscapeDataString(standard.Series)}");
        var page = await anonymous.GetAsync($"/standards/{standard.Id}");
        var json = await anonymous.GetAsync($"/standards/{standard.Id}?handler=Json");
        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/standards/{standard.Id}");

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await list.Content.ReadAsStringAsync()).ShouldContain("运城市测试系列职称评价标准（公开）");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PageClient.Text(await page.Content.ReadAsStringAsync());
        foreach (var words in new[] { "思想品德", "职业道德", "专业能力", "技术水平", "学术影响力", "解决技术问题能力", "业绩贡献", "论文", "中级", "第1版", "2024年起施行",
            "运城市人力资源和社会保障局", "市级", "取得现级别职称后满 4 年", "大专及以上", "任助理级职称满2年", "初定对照表", "博士" })
        {
            text.ShouldContain(words);
        }
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        StandardJson.Parse(await json.Content.ReadAsStringAsync()).Content.ShouldBe(SampleStandards.Engineering(TitleLevel.Intermediate));
        api.GetProperty("published").GetBoolean().ShouldBeTrue();
        api.GetProperty("content").GetProperty("indicators").GetArrayLength().ShouldBe(SampleStandards.Engineering(TitleLevel.Intermediate).Indicators.Count);
    }

    [Fact]
    public async Task Drafts_AreNotPublic_AndOnlyTheOwnersJurisdictionSeesThem()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var created = await city.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("市局起草中的标准", StandardDocuments.NewSeries(), StandardDocuments.Sample()));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var anonymous = site.Anonymous();
        var county = await site.SignedIn(AccountRole.CountyStaff);

        foreach (var path in new[] { "/standards/drafts", "/standards/edit", $"/standards/edit/{id}" })
        {
            var response = await anonymous.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
        (await anonymous.GetAsync($"/standards/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/standards/{id}?handler=Json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/v1/standards/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PageClient.Text(await anonymous.GetStringAsync("/standards")).ShouldNotContain("市局起草中的标准");
        (await county.GetAsync($"/standards/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await county.GetAsync($"/standards/edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PageClient.Text(await county.GetStringAsync("/standards/drafts")).ShouldNotContain("市局起草中的标准");
        (await county.PostAsync($"/api/v1/standards/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PageClient.Text(await city.GetStringAsync("/standards/drafts")).ShouldContain("市局起草中的标准");
        PageClient.Text(await city.GetStringAsync($"/standards/{id}")).ShouldContain("尚未发布的草稿");
    }

    [Theory]
    [InlineData(AccountRole.Applicant)]
    [InlineData(AccountRole.Expert)]
    public async Task DraftPages_ForAccountsThatDraftNoStandards_Are404(AccountRole role)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/standards/drafts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/standards/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync("/api/v1/standards", StandardDocuments.Request("不该起草", StandardDocuments.NewSeries(), StandardDocuments.Sample())))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/standards")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NewDraft_IsPrefilledFromTheSample_AndPublishesToThePublicPage()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var form = await city.GetStringAsync("/standards/edit");
        form.ShouldContain("moral_character");
        form.ShouldContain("解决技术问题能力");
        var series = StandardDocuments.NewSeries();

        var response = await new PageClient(city).PostForm("/standards/edit", "/standards/edit?handler=Publish",
        [
            new("title", "运城市测试系列中级职称评价标准"), new("series", series), new("specialty", ""), new("level", "intermediate"),
            new("inForceFrom", "2025"), new("content", StandardJson.Write(SampleStandards.Engineering(TitleLevel.Intermediate), indented: true)),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageClient.Text(await response.Content.ReadAsStringAsync()));
        var location = response.Headers.Location!.OriginalString;
        location.ShouldMatch(@"^/standards/\d+$");
        PageClient.Text(await site.Anonymous().GetStringAsync(location)).ShouldContain("运城市测试系列中级职称评价标准");
        PageClient.Text(await site.Anonymous().GetStringAsync($"/standards?series={Uri.EscapeDataString(series)}&level=中级")).ShouldContain("共 1 个版本");
    }

    [Theory]
    [InlineData("weights", "全部指标权重合计为105，应恰好为100")]
    [InlineData("papers", "都在论文、职称、学历、奖项上，没有业绩贡献类指标")]
    public async Task Publish_ContentThatBreaksN2024_1_1_IsRefusedWithPathAndClause_AndStaysADraft(string @case, string words)
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var content = @case == "weights" ? StandardDocuments.WeightsOff() : StandardDocuments.PapersOnly();
        var series = StandardDocuments.NewSeries();

        var response = await new PageClient(city).PostForm("/standards/edit", "/standards/edit?handler=Publish",
        [
            new("title", "有问题的标准"), new("series", series), new("level", "intermediate"), new("inForceFrom", "2025"), new("content", content.ToJsonString()),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var text = PageClient.Text(html);
        text.ShouldContain("已保存为草稿，但未能发布");
        text.ShouldContain(words);
        text.ShouldContain("（N2024-1.1）");
        html.ShouldContain("<code>indicators</code>");
        await using var db = site.Factory.Database.Open("test:read");
        var stored = await db.Standards.SingleAsync(s => s.Series == series);
        stored.PublishedAt.ShouldBeNull();
        // The page now edits the saved draft, so publishing again does not make a second one.
        html.ShouldContain($"action=\"/standards/edit/{stored.Id}?handler=Save\"");
    }

    [Fact]
    public async Task EditingAPublishedStandard_IsRefusedNamingN2024_1_2()
    {
        var standard = await YearSetup.StandardAsync(site, StandardDocuments.NewSeries());
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var edit = $"/standards/edit/{standard.Id}";
        PageClient.Text(await city.GetStringAsync(edit)).ShouldContain("不能修改（N2024-1.2）");

        var response = await new PageClient(city).PostForm(edit, $"{edit}?handler=Save",
            [new("title", "改过的名称"), new("inForceFrom", "2026"), new("content", StandardDocuments.Sample().ToJsonString())]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain($"《{standard.Title}》第1版已发布，不能修改；如需调整请起草新版本（N2024-1.2）");
        await using var db = site.Factory.Database.Open("test:read");
        (await db.Standards.SingleAsync(s => s.Id == standard.Id)).Title.ShouldBe(standard.Title);
    }

    [Fact]
    public async Task List_FiltersPagesAndExports()
    {
        var series = StandardDocuments.NewSeries();
        for (var i = 0; i < 21; i++)
        {
            await YearSetup.StandardAsync(site, series, TitleLevel.Assistant, title: $"分页测试标准{i}");
        }
        await YearSetup.StandardAsync(site, series, TitleLevel.Senior, title: "分页测试正高级标准");
        var anonymous = site.Anonymous();

        var assistant = PageClient.Text(await anonymous.GetStringAsync($"/standards?series={Uri.EscapeDataString(series)}&level=assistant"));
        var second = PageClient.Text(await anonymous.GetStringAsync($"/standards?series={Uri.EscapeDataString(series)}&level=assistant&page=2"));
        var senior = PageClient.Text(await anonymous.GetStringAsync($"/standards?series={Uri.EscapeDataString(series)}&q={Uri.EscapeDataString("正高级")}"));
        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/standards?series={Uri.EscapeDataString(series)}&level=assistant&page=2");
        var export = await anonymous.GetAsync($"/standards?handler=Export&series={Uri.EscapeDataString(series)}");

        assistant.ShouldContain("共 21 个版本，第 1 / 2 页");
        assistant.ShouldNotContain("分页测试正高级标准");
        second.ShouldContain("第 2 / 2 页");
        senior.ShouldContain("共 1 个版本");
        api.GetProperty("total").GetInt32().ShouldBe(21);
        api.GetProperty("rows").GetArrayLength().ShouldBe(1);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(22);
        rows.ShouldAllBe(r => (string?)r["系列"] == series);
        rows.Select(r => r["级别"]).Distinct().Order().ShouldBe(["助理级", "正高级"]);
        rows[0].Keys.ShouldContain("管理层级");
    }
}
