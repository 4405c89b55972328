using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>The committee list: twenty a page, search and filters, and the Excel export of what the search finds.</summary>
public sealed class CommitteeListTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task List_PagesByTwenty_OnThePageAndInTheApi()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var stem = $"分页{Guid.NewGuid().ToString("N")[..4]}";
        for (var i = 0; i < 21; i++)
        {
            await CreateAsync(city, Complete(site.World.City.Id, UniqueName(stem), "intermediate", site.World.City.Id));
        }

        var first = await city.GetStringAsync($"/committees?q={stem}");
        Text(first).ShouldContain("共 21 个评委会，第 1 / 2 页");
        CountOccurrences(first, $"\">{stem}").ShouldBe(20);
        first.ShouldContain("rel=\"next\"");
        var second = await city.GetStringAsync($"/committees?q={stem}&page=2");
        CountOccurrences(second, $"\">{stem}").ShouldBe(1);

        var api = await city.GetFromJsonAsync<JsonElement>($"/api/v1/committees?q={stem}&page=2&pageSize=20");
        api.GetProperty("total").GetInt32().ShouldBe(21);
        api.GetProperty("rows").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task List_FiltersByLevelAndStanding()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var stem = $"筛选{Guid.NewGuid().ToString("N")[..4]}";
        var senior = UniqueName(stem);
        await CreateAsync(city, Complete(site.World.City.Id, senior, "senior", site.World.City.Id));
        await CreateAsync(city, Complete(site.World.City.Id, UniqueName(stem), "junior", site.World.City.Id));

        var api = await city.GetFromJsonAsync<JsonElement>($"/api/v1/committees?q={stem}&level=senior&standing=active");
        api.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe([senior]);
        api.GetProperty("rows")[0].GetProperty("level").GetString().ShouldBe("senior");
        var page = Text(await city.GetStringAsync($"/committees?q={stem}&level=Senior"));
        page.ShouldContain("共 1 个评委会");
        page.ShouldContain(senior);
        Text(await city.GetStringAsync($"/committees?q={stem}&standing=Suspended")).ShouldContain("没有找到符合条件的评委会");

        var bad = await RefusalAsync(await city.GetAsync("/api/v1/committees?level=top"));
        Errors(bad, "level").ShouldHaveSingleItem().ShouldContain("junior、intermediate、senior");
    }

    [Fact]
    public async Task Export_IsAWorkbookWithChineseHeadersAndTheSearchsRows()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var stem = $"导出{Guid.NewGuid().ToString("N")[..4]}";
        var filed = UniqueName(stem);
        await FiledAsync(hr, county, Complete(site.World.Hospital.Id, filed, "junior", site.World.Hospital.Id));
        var draft = UniqueName(stem);
        await CreateAsync(hr, Complete(site.World.Hospital.Id, draft, "junior", site.World.Hospital.Id));

        var response = await county.GetAsync($"/committees?handler=Export&q={stem}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(workbook).ShouldBe(["评委会"]);
        workbook.Position = 0;
        var rows = MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["评委会名称"]?.ToString()).ShouldBe([filed, draft], ignoreOrder: true);
        rows[0].Keys.ShouldBe(["评委会名称", "级别", "评审系列", "评审专业", "组建单位", "核准备案机关", "备案有效期至", "监管状态", "整改期限", "监管理由"]);
        var filedRow = rows.Single(r => r["评委会名称"]?.ToString() == filed);
        filedRow["级别"].ShouldBe("初级");
        filedRow["组建单位"].ShouldBe("运城市中心医院");
        filedRow["核准备案机关"].ShouldBe("盐湖区人力资源和社会保障局");
        filedRow["备案有效期至"].ShouldBe(DateOnly.FromDateTime(DateTime.Now).AddYears(3).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        filedRow["监管状态"].ShouldBe("正常");
        rows.Single(r => r["评委会名称"]?.ToString() == draft)["备案有效期至"].ShouldBe("未核准备案");
    }

    [Fact]
    public async Task Export_OfAnotherJurisdiction_HasNoneOfItsRows()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var stem = $"外县{Guid.NewGuid().ToString("N")[..4]}";
        await CreateAsync(city, Complete(site.World.School.Id, UniqueName(stem), "junior", site.World.School.Id));

        var response = await (await site.SignedIn(AccountRole.CountyStaff)).GetAsync($"/committees?handler=Export&q={stem}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).ShouldBeEmpty();
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
