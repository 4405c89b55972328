using System.Net;
using System.Net.Http.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>
/// Supervision of committees (N2024-4.3a): only the supervising bureau (or one above it) suspends, lifts or revokes,
/// and a suspended committee is refused when it opens applications, naming the clause.
/// </summary>
public sealed class SupervisionTests(WorldSite site) : IClassFixture<WorldSite>
{
    private static string Tomorrow(int days = 30) => DateOnly.FromDateTime(DateTime.Now).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> HospitalCommitteeAsync(string stem) =>
        await FiledAsync(await site.SignedIn(AccountRole.EmployerHr), await site.SignedIn(AccountRole.CountyStaff),
            Complete(site.World.Hospital.Id, UniqueName(stem), "junior", site.World.Hospital.Id));

    [Fact]
    public async Task Suspending_ByTheFoundingUnitItself_IsRefusedAndChangesNothing()
    {
        var id = await HospitalCommitteeAsync("中心医院被监管评委会");
        var hr = await site.SignedIn(AccountRole.EmployerHr);

        var problem = await RefusalAsync(await hr.PostAsJsonAsync($"/api/v1/committees/{id}/supervision", new { kind = "suspend", reason = "自查", rectifyBy = Tomorrow() }));

        Errors(problem, "$").ShouldHaveSingleItem().ShouldContain("只有监管该评委会的人社部门");
        Clauses(problem).ShouldBe(["N2024-4.3a"]);
        (await CommitteeAsync(hr, id)).GetProperty("standing").GetString().ShouldBe("active");
        var page = Text(await hr.GetStringAsync($"/committees/{id}"));
        page.ShouldNotContain("监管（N2024-4.3a）");
        page.ShouldNotContain("暂停评审，限期整改");
    }

    [Theory]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.CityAdmin)]
    public async Task SupervisionForms_AreShownToTheSupervisingBureauAndTheOneAboveIt(AccountRole role)
    {
        var id = await HospitalCommitteeAsync("中心医院监管表单评委会");
        var page = Text(await (await site.SignedIn(role)).GetStringAsync($"/committees/{id}"));
        page.ShouldContain("监管（N2024-4.3a）");
        page.ShouldContain("暂停评审，限期整改");
    }

    [Fact]
    public async Task SuspendedCommittee_IsRefusedWhenItOpensApplications_NamingN2024_4_3a_AndAfterLiftingTheNextReasonShows()
    {
        var id = await HospitalCommitteeAsync("中心医院暂停评委会");
        var county = new PageClient(await site.SignedIn(AccountRole.CountyStaff));
        var hr = new PageClient(await site.SignedIn(AccountRole.EmployerHr));
        var detail = $"/committees/{id}";

        var suspended = await county.PostForm(detail, detail + "?handler=Supervise",
            [new("kind", "Suspend"), new("reason", "评审材料审核把关不严"), new("rectifyBy", Tomorrow())]);
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = Text(await hr.Http.GetStringAsync(detail));
        shown.ShouldContain("暂停评审（限期整改）");
        shown.ShouldContain($"整改期限至 {Tomorrow()}");
        shown.ShouldContain("评审材料审核把关不严");

        var year = DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var open = await hr.PostForm(detail, detail + "?handler=Open", [new("year", year)]);
        open.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await open.Content.ReadAsStringAsync()).ShouldContain($"该评委会已被暂停评审、限期整改，整改期限至 {Tomorrow()}，整改到位恢复前不能受理申报（N2024-4.3a）");
        var api = await RefusalAsync(await hr.Http.PostAsync($"/api/v1/committees/{id}/open?year={year}", null));
        Clauses(api).ShouldBe(["N2024-4.3a"]);

        var lifted = await county.Http.PostAsJsonAsync($"/api/v1/committees/{id}/supervision", new { kind = "lift", reason = "整改到位" });
        lifted.StatusCode.ShouldBe(HttpStatusCode.OK, await lifted.Content.ReadAsStringAsync());
        var noPlan = await RefusalAsync(await hr.Http.PostAsync($"/api/v1/committees/{id}/open?year={year}", null));
        Clauses(noPlan).ShouldBe(["N2024-4.6b"]);
    }

    [Fact]
    public async Task Suspending_WithoutAReasonOrDeadline_IsRefusedBesideTheFields()
    {
        var id = await HospitalCommitteeAsync("中心医院缺理由评委会");
        var county = new PageClient(await site.SignedIn(AccountRole.CountyStaff));
        var detail = $"/committees/{id}";

        var noReason = await county.PostForm(detail, detail + "?handler=Supervise", [new("kind", "Suspend"), new("reason", ""), new("rectifyBy", Tomorrow())]);
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.Content.ReadAsStringAsync()).ShouldMatch("id=\"suspend-reason\"[^>]*>\\s*</textarea>\\s*<span class=\"field-error\">请写明理由（N2024-4.3a）</span>");

        var problem = await RefusalAsync(await county.Http.PostAsJsonAsync($"/api/v1/committees/{id}/supervision", new { kind = "suspend", reason = "检查" }));
        Errors(problem, "rectifyBy").ShouldHaveSingleItem().ShouldBe("暂停评审须规定整改期限（N2024-4.3a）");
        (await CommitteeAsync(county.Http, id)).GetProperty("standing").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task Revoking_ByTheSupervisingBureau_IsFinal()
    {
        var id = await HospitalCommitteeAsync("中心医院收回评委会");
        var county = await site.SignedIn(AccountRole.CountyStaff);

        var revoked = await county.PostAsJsonAsync($"/api/v1/committees/{id}/supervision", new { kind = "revoke", reason = "严重违规" });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await revoked.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("standing").GetString().ShouldBe("revoked");

        var lift = await RefusalAsync(await county.PostAsJsonAsync($"/api/v1/committees/{id}/supervision", new { kind = "lift", reason = "申诉" }));
        Clauses(lift).ShouldBe(["N2024-4.3a"]);
        Text(await county.GetStringAsync($"/committees/{id}")).ShouldContain("已收回评审权");
    }
}
