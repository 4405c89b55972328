using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>
/// The filing refusals of issue 4, over the API and on the filing page: each names its field and clause, and none
/// changes the filing.
/// </summary>
public sealed partial class FilingRefusalTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Approving_OnesOwnSubmission_IsRefusedNamingN2024_2_2()
    {
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var filing = await CreateAsync(county, Complete(site.World.Company.Id, UniqueName("盐湖电力工程评委会"), "intermediate", site.World.Company.Id));
        var id = filing.GetProperty("id").GetInt32();
        await SubmitAsync(county, id);

        var problem = await RefusalAsync(await DecideAsync(county, id, approve: true));

        Errors(problem, "$").ShouldHaveSingleItem().ShouldContain("本人报送");
        Clauses(problem).ShouldBe(["N2024-2.2"]);
        (await FilingAsync(county, id)).GetProperty("status").GetString().ShouldBe("submitted");
    }

    [Fact]
    public async Task Approving_OnesOwnBureausCommittee_IsRefused_TheBureauAboveApprovesIt()
    {
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var filing = await CreateAsync(county, Complete(site.World.Yanhu.Id, UniqueName("盐湖区卫生系列中级评委会"), "intermediate", site.World.Yanhu.Id));
        var id = filing.GetProperty("id").GetInt32();
        await SubmitAsync(county, id);

        var problem = await RefusalAsync(await DecideAsync(county, id, approve: true));
        Clauses(problem).ShouldBe(["N2024-2.2"]);
        (await FilingAsync(county, id)).GetProperty("status").GetString().ShouldBe("submitted");

        var city = await DecideAsync(await site.SignedIn(AccountRole.CityAdmin), id, approve: true);
        city.StatusCode.ShouldBe(HttpStatusCode.OK, await city.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approving_AScopeOutsideTheApproversJurisdiction_IsRefusedNamingTheUnitAndN2024_2_3()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var filing = await CreateAsync(hr, Complete(site.World.Hospital.Id, UniqueName("中心医院评委会"), "junior", site.World.Hospital.Id, site.World.School.Id));
        var id = filing.GetProperty("id").GetInt32();
        await SubmitAsync(hr, id);

        var problem = await RefusalAsync(await DecideAsync(county, id, approve: true));

        Errors(problem, "scopeUnitIds").ShouldHaveSingleItem().ShouldBe("评审范围超出您的管辖范围：永济市第一中学（N2024-2.3）");
        Clauses(problem).ShouldBe(["N2024-2.3"]);
        (await FilingAsync(county, id)).GetProperty("status").GetString().ShouldBe("submitted");
    }

    [Fact]
    public async Task Returning_WithoutComments_IsRefusedBesideTheCommentsField()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var filing = await CreateAsync(hr, Complete(site.World.Hospital.Id, UniqueName("中心医院药学评委会"), "junior", site.World.Hospital.Id));
        var id = filing.GetProperty("id").GetInt32();
        await SubmitAsync(hr, id);
        var county = new PageClient(await site.SignedIn(AccountRole.CountyStaff));

        var page = $"/committees/filings/{id}";
        var response = await county.PostForm(page, page + "?handler=Decide", [new("approve", "false"), new("comments", "")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldMatch("id=\"comments\"[^>]*>\\s*</textarea>\\s*<span class=\"field-error\">退回修改须写明意见</span>");
        (await FilingAsync(hr, id)).GetProperty("status").GetString().ShouldBe("submitted");
    }

    [Fact]
    public async Task Submitting_WithFieldsMissing_NamesEachFieldWithN2024_2_3()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var filing = await CreateAsync(hr, new() { ["foundingUnitId"] = site.World.Hospital.Id, ["name"] = UniqueName("缺项评委会"), ["level"] = "junior" });
        var id = filing.GetProperty("id").GetInt32();

        var problem = await RefusalAsync(await hr.PostAsync($"/api/v1/committees/filings/{id}/submit", null));

        foreach (var (field, label) in new[] { ("series", "评审系列（专业）"), ("scope", "评审范围（单位及文字说明）"), ("conditions", "评审条件"), ("rules", "规章制度"), ("office", "办事机构") })
        {
            Errors(problem, field).ShouldBe([$"备案内容缺少“{label}”（N2024-2.3）"], field);
        }
        Errors(problem, "name").ShouldBeEmpty();
        Clauses(problem).ShouldBe(["N2024-2.3"]);
        (await FilingAsync(hr, id)).GetProperty("status").GetString().ShouldBe("draft");
    }

    [Fact]
    public async Task Submitting_OnThePageWithFieldsMissing_ShowsEachProblemBesideItsField()
    {
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var name = UniqueName("缺项评委会");
        var filing = await CreateAsync(hr.Http, new() { ["foundingUnitId"] = site.World.Hospital.Id, ["name"] = name, ["level"] = "junior" });
        var page = $"/committees/filings/{filing.GetProperty("id").GetInt32()}";

        var response = await hr.PostForm(page, page + "?handler=Submit",
            [new("name", name), new("level", "Junior"), new("series", "卫生系列"), new("version", filing.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var (field, label) in new[] { ("conditions", "评审条件"), ("rules", "规章制度") })
        {
            html.ShouldMatch($"id=\"{field}\"[^>]*>\\s*</textarea>\\s*<span class=\"field-error\">备案内容缺少“{label}”（N2024-2.3）</span>");
        }
        html.ShouldMatch("id=\"office\"[^>]*/>\\s*<span class=\"field-error\">备案内容缺少“办事机构”（N2024-2.3）</span>");
        html.ShouldNotMatch("id=\"series\"[^>]*/>\\s*<span class=\"field-error\">");
        Text(html).ShouldContain("未能办理");
        // What was typed before the refusal was saved: the series now stands in the filing.
        (await FilingAsync(hr.Http, filing.GetProperty("id").GetInt32())).GetProperty("series").GetString().ShouldBe("卫生系列");
    }

    [Fact]
    public async Task ConcurrentEdits_TheSecondSaveFromAStaleVersionIsRefused_TheFirstSaveStands()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var body = Complete(site.World.Hospital.Id, UniqueName("中心医院并发编辑评委会"), "junior", site.World.Hospital.Id);
        var filing = await CreateAsync(hr, body);
        var id = filing.GetProperty("id").GetInt32();
        var version = filing.GetProperty("version").GetInt32();

        var first = await hr.PutAsJsonAsync($"/api/v1/committees/filings/{id}", new Dictionary<string, object?>(body) { ["conditions"] = "甲修改的评审条件", ["version"] = version });
        var second = await hr.PutAsJsonAsync($"/api/v1/committees/filings/{id}", new Dictionary<string, object?>(body) { ["conditions"] = "乙修改的评审条件", ["version"] = version });

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var problem = await RefusalAsync(second, HttpStatusCode.Conflict);
        Errors(problem, "version").ShouldHaveSingleItem().ShouldContain("已被他人修改");
        var stored = await FilingAsync(hr, id);
        stored.GetProperty("conditions").GetString().ShouldBe("甲修改的评审条件");
        stored.GetProperty("version").GetInt32().ShouldBe(version + 1);
    }

    [Fact]
    public async Task ConcurrentEdits_OnThePage_TheStaleFormIsRefusedAndKeepsWhatWasTyped()
    {
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var body = Complete(site.World.Hospital.Id, UniqueName("中心医院页面并发评委会"), "junior", site.World.Hospital.Id);
        var filing = await CreateAsync(hr.Http, body);
        var page = $"/committees/filings/{filing.GetProperty("id").GetInt32()}";
        var version = VersionField().Match(await hr.Http.GetStringAsync(page)).Groups[1].Value;
        var fields = FormOf(body).Where(f => f.Key is not ("foundingUnitId" or "conditions")).Append(new("version", version)).ToList();

        var first = await hr.PostForm(page, page + "?handler=Save", [.. fields, new("conditions", "甲修改的评审条件")]);
        var second = await hr.PostForm(page, page + "?handler=Save", [.. fields, new("conditions", "乙修改的评审条件")]);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await second.Content.ReadAsStringAsync();
        Text(html).ShouldContain("该记录已被他人修改，您的修改未保存");
        html.ShouldContain("乙修改的评审条件");
        (await FilingAsync(hr.Http, filing.GetProperty("id").GetInt32())).GetProperty("conditions").GetString().ShouldBe("甲修改的评审条件");
    }

    [Fact]
    public async Task Saving_WithoutAVersion_IsRefused()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var body = Complete(site.World.Hospital.Id, UniqueName("无版本评委会"), "junior", site.World.Hospital.Id);
        var id = (await CreateAsync(hr, body)).GetProperty("id").GetInt32();

        var problem = await RefusalAsync(await hr.PutAsJsonAsync($"/api/v1/committees/filings/{id}", body));

        Errors(problem, "version").ShouldNotBeEmpty();
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
