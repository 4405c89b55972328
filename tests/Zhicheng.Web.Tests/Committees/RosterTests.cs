using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>The roster on the detail page and in the API: experts added with their term (MOHRSS-40-expert-term) and removed.</summary>
public sealed class RosterTests(WorldSite site) : IClassFixture<WorldSite>
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AddingAndRemovingAnExpert_OnTheDetailPage()
    {
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var id = (await CreateAsync(hr.Http, Complete(site.World.Hospital.Id, UniqueName("中心医院专家库评委会"), "junior", site.World.Hospital.Id))).GetProperty("committeeId").GetInt32();
        var detail = $"/committees/{id}";
        var today = DateOnly.FromDateTime(DateTime.Now);

        var noDates = await hr.PostForm(detail, detail + "?handler=AddMember", [new("name", "张建国"), new("specialty", "临床医学"), new("titleLevel", "Senior")]);
        noDates.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noDates.Content.ReadAsStringAsync()).ShouldMatch("id=\"member-start\"[^>]*/>\\s*<span class=\"field-error\">请填写任期的开始日和结束日</span>");

        var tooLong = await hr.PostForm(detail, detail + "?handler=AddMember",
            [new("name", "张建国"), new("specialty", "临床医学"), new("titleLevel", "Senior"), new("termStart", Day(today)), new("termEnd", Day(today.AddYears(5)))]);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = Text(await tooLong.Content.ReadAsStringAsync());
        refused.ShouldContain("评审专家每届任期不超过 3 年");
        refused.ShouldContain("（MOHRSS-40-expert-term）");

        var added = await hr.PostForm(detail, detail + "?handler=AddMember",
            [new("name", "张建国"), new("employer", "运城市中心医院"), new("specialty", "临床医学"), new("titleLevel", "Senior"), new("termStart", Day(today)), new("termEnd", Day(today.AddYears(3).AddDays(-1)))]);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var committee = await CommitteeAsync(hr.Http, id);
        var member = committee.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("titleLevel").GetString().ShouldBe("senior");
        Text(await hr.Http.GetStringAsync(detail)).ShouldContain("在任专家 1 人");

        var removed = await hr.PostForm(detail, detail + "?handler=RemoveMember", [new("memberId", member.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CommitteeAsync(hr.Http, id)).GetProperty("members").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Api_AddsAnExpert_RefusesAnIntermediateOne_AndRemovesOnlyItsOwnCommitteesMembers()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var id = (await CreateAsync(hr, Complete(site.World.Hospital.Id, UniqueName("中心医院接口专家评委会"), "junior", site.World.Hospital.Id))).GetProperty("committeeId").GetInt32();
        var other = (await CreateAsync(hr, Complete(site.World.Hospital.Id, UniqueName("中心医院另一评委会"), "junior", site.World.Hospital.Id))).GetProperty("committeeId").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var low = await hr.PostAsJsonAsync($"/api/v1/committees/{id}/members",
            new { name = "李丽华", specialty = "护理学", titleLevel = "intermediate", termStart = Day(today), termEnd = Day(today.AddYears(1)) });
        Errors(await RefusalAsync(low), "titleLevel").ShouldHaveSingleItem().ShouldContain("副高级及以上");

        var response = await hr.PostAsJsonAsync($"/api/v1/committees/{id}/members",
            new { name = "李丽华", specialty = "护理学", titleLevel = "associate_senior", termStart = Day(today), termEnd = Day(today.AddYears(1)) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var memberId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        (await hr.DeleteAsync($"/api/v1/committees/{other}/members/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hr.DeleteAsync($"/api/v1/committees/{id}/members/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CommitteeAsync(hr, id)).GetProperty("members").GetArrayLength().ShouldBe(0);
    }
}
