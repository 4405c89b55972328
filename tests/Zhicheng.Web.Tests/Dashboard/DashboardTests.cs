using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Dashboard;

/// <summary>
/// The supervision dashboard (N2024-4.2): every committee of the jurisdiction for a year, flagged red when its filing
/// expires within 90 days or a suspension has run past its deadline, the year's timeline as an SVG picture, the table
/// as a workbook; for bureaus and industry departments only.
/// </summary>
public sealed class DashboardTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Flags_FilingExpiringWithin90Days_AndSuspensionPastItsDeadline_AndDrawsTheYear()
    {
        var (expiring, overdue, healthy) = await ThreeCommitteesAsync(site.World.City);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var html = await city.GetStringAsync("/dashboard");

        var expiresOn = YearSetup.Today.AddDays(30);
        Row(html, expiring.Name).ShouldContain($"<li class=\"flag\">备案将于 {expiresOn:yyyy-MM-dd} 到期，剩 30 天（N2024-2.2）</li>");
        Row(html, overdue.Name).ShouldContain($"<li class=\"flag\">暂停整改已超过期限 {YearSetup.Today.AddDays(-5):yyyy-MM-dd}（N2024-4.3a）</li>");
        Row(html, healthy.Name).ShouldNotContain("class=\"flag\"");
        Row(html, healthy.Name).ShouldContain("已批准");
        html.ShouldContain("<tr class=\"flagged\">");
        html.ShouldContain("<svg");
        html.ShouldContain($"{YearSetup.Year}年度各评委会工作进度图");
        html.ShouldContain("评审会议 " + new DateOnly(YearSetup.Year, 10, 15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Api_GivesTheSameRowsAndFlags()
    {
        var (expiring, overdue, healthy) = await ThreeCommitteesAsync(site.World.City);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var dashboard = await city.GetFromJsonAsync<JsonElement>($"/api/v1/dashboard?year={YearSetup.Year}");

        dashboard.GetProperty("year").GetInt32().ShouldBe(YearSetup.Year);
        var rows = dashboard.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        rows[expiring.Name].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ShouldContain(f => f.StartsWith("备案将于"));
        rows[overdue.Name].GetProperty("standing").GetString().ShouldBe("suspended");
        rows[overdue.Name].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ShouldContain(f => f.StartsWith("暂停整改已超过期限"));
        rows[healthy.Name].GetProperty("flags").GetArrayLength().ShouldBe(0);
        rows[healthy.Name].GetProperty("planStatus").GetString().ShouldBe("approved");
    }

    [Fact]
    public async Task CountyBureau_SeesOnlyItsOwnCommittees()
    {
        var (cityExpiring, _, _) = await ThreeCommitteesAsync(site.World.City);
        var (countyExpiring, _, _) = await ThreeCommitteesAsync(site.World.Yanhu);
        var county = await site.SignedIn(AccountRole.CountyStaff);

        var text = PageClient.Text(await county.GetStringAsync("/dashboard"));
        var api = await county.GetFromJsonAsync<JsonElement>("/api/v1/dashboard");

        text.ShouldContain(countyExpiring.Name);
        text.ShouldNotContain(cityExpiring.Name);
        api.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldNotContain(cityExpiring.Name);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, HttpStatusCode.OK)]
    [InlineData(AccountRole.CountyStaff, HttpStatusCode.OK)]
    [InlineData(AccountRole.DepartmentReviewer, HttpStatusCode.OK)]
    [InlineData(AccountRole.EmployerHr, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.CommitteeOffice, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Expert, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Applicant, HttpStatusCode.NotFound)]
    public async Task Dashboard_IsForSupervisors(AccountRole role, HttpStatusCode expected)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/dashboard")).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/dashboard?handler=Export")).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/api/v1/dashboard")).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Export_HasTheTableWithItsFlags_AndTheFlaggedFilterNarrowsIt()
    {
        var (expiring, overdue, healthy) = await ThreeCommitteesAsync(site.World.Yongji);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var all = await Workbook(city, $"/dashboard?handler=Export&year={YearSetup.Year}");
        var flagged = await Workbook(city, $"/dashboard?handler=Export&year={YearSetup.Year}&flagged=true");
        var flaggedPage = PageClient.Text(await city.GetStringAsync($"/dashboard?year={YearSetup.Year}&flagged=true"));

        var expiringRow = all.Single(r => (string?)r["评委会"] == expiring.Name);
        ((string?)expiringRow["预警"]).ShouldStartWith("备案将于");
        expiringRow["备案有效期至"].ShouldBe(YearSetup.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        all.Single(r => (string?)r["评委会"] == healthy.Name)["工作方案"].ShouldBe("已批准");
        flagged.Select(r => (string?)r["评委会"]).ShouldContain(overdue.Name);
        flagged.Select(r => (string?)r["评委会"]).ShouldNotContain(healthy.Name);
        flaggedPage.ShouldContain(overdue.Name);
        flaggedPage.ShouldNotContain(healthy.Name);
    }

    [Fact]
    public async Task AnotherYear_ShowsThatYearsPlans()
    {
        var (_, _, healthy) = await ThreeCommitteesAsync(site.World.City);
        var city = await site.SignedIn(AccountRole.CityAdmin);

        var text = PageClient.Text(await city.GetStringAsync($"/dashboard?year={YearSetup.Year + 1}"));
        var api = await city.GetFromJsonAsync<JsonElement>($"/api/v1/dashboard?year={YearSetup.Year + 1}");

        text.ShouldContain($"监管看板 · {YearSetup.Year + 1}年度");
        // Other tests of this class add committees to the same site: the row is read from the API, not from page 1.
        var row = api.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == healthy.Name);
        row.GetProperty("planStatus").ValueKind.ShouldBe(JsonValueKind.Null);
        row.GetProperty("flags").GetArrayLength().ShouldBe(0);
    }

    /// <summary>
    /// Under <paramref name="bureau"/>: a committee whose filing runs out in 30 days, one suspended with a deadline five days
    /// gone, and one in good standing with this year's plan approved and its meeting before 11-30.
    /// </summary>
    private Task<(App.Features.Committees.Committee Expiring, App.Features.Committees.Committee Overdue, App.Features.Committees.Committee Healthy)> ThreeCommitteesAsync(
        App.Features.Organisations.Organisation bureau) => ThreeCommitteesAsync(site, bureau);

    internal static async Task<(App.Features.Committees.Committee Expiring, App.Features.Committees.Committee Overdue, App.Features.Committees.Committee Healthy)> ThreeCommitteesAsync(
        WorldSite site, App.Features.Organisations.Organisation bureau)
    {
        var standard = await YearSetup.StandardAsync(site);
        var expiring = await YearSetup.CommitteeAsync(site, bureau, bureau, validUntil: YearSetup.Today.AddDays(30));
        var overdue = await YearSetup.CommitteeAsync(site, bureau, bureau, change: c =>
        {
            c.Standing = CommitteeStanding.Suspended;
            c.RectifyBy = YearSetup.Today.AddDays(-5);
            c.StandingReason = "评审材料审核把关不严";
        });
        var healthy = await YearSetup.CommitteeAsync(site, bureau, bureau);
        foreach (var committee in new[] { expiring, overdue, healthy })
        {
            await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Approved, Schedule.Good(YearSetup.Year), standard.Id);
        }
        return (expiring, overdue, healthy);
    }

    /// <summary>The table row of the committee named <paramref name="name"/>.</summary>
    private static string Row(string html, string name)
    {
        var start = html.IndexOf($"<td>{name}<br", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"{name} 不在看板上");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static async Task<List<IDictionary<string, object?>>> Workbook(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return [.. MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}
