using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Committees.CommitteeSteps;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>The contract of /api/v1/committees: camelCase JSON, enums as snake_case codes, refusals by field, the OpenAPI document.</summary>
public sealed class CommitteesApiTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Get_AFiledCommittee_AnswersItsParticularsWithCodes()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var name = UniqueName("中心医院接口评委会");
        var id = await FiledAsync(hr, await site.SignedIn(AccountRole.CountyStaff), Complete(site.World.Hospital.Id, name, "junior", site.World.Hospital.Id));

        var committee = await CommitteeAsync(hr, id);

        committee.GetProperty("name").GetString().ShouldBe(name);
        committee.GetProperty("level").GetString().ShouldBe("junior");
        committee.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()).ShouldBe(["临床医学"]);
        committee.GetProperty("foundingUnit").GetProperty("name").GetString().ShouldBe("运城市中心医院");
        committee.GetProperty("supervisingBureau").GetProperty("name").GetString().ShouldBe("盐湖区人力资源和社会保障局");
        committee.GetProperty("standing").GetString().ShouldBe("active");
        committee.GetProperty("scope").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ShouldBe([site.World.Hospital.Id]);
        var validUntil = DateOnly.FromDateTime(DateTime.Now).AddYears(3).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        committee.GetProperty("filingValidUntil").GetString().ShouldBe(validUntil);
        var filing = committee.GetProperty("filings").EnumerateArray().ShouldHaveSingleItem();
        filing.GetProperty("status").GetString().ShouldBe("approved");
        filing.GetProperty("statusLabel").GetString().ShouldBe("已核准备案");
        filing.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(["new"]);
        filing.GetProperty("validUntil").GetString().ShouldBe(validUntil);
        filing.GetProperty("submittedBy").GetString().ShouldBe("中心医院人事科");
        filing.GetProperty("decidedBy").GetString().ShouldBe("盐湖区人社局经办人");
    }

    [Fact]
    public async Task Create_AnswersCreatedWithTheCommitteesAddress()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var response = await hr.PostAsJsonAsync("/api/v1/committees", Complete(site.World.Hospital.Id, UniqueName(), "junior", site.World.Hospital.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var filing = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/committees/{filing.GetProperty("committeeId").GetInt32()}");
        filing.GetProperty("status").GetString().ShouldBe("draft");
        (await hr.GetAsync(response.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Create_WithoutALevel_IsRefusedBesideLevel()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var body = Complete(site.World.Hospital.Id, UniqueName(), "junior", site.World.Hospital.Id);
        body.Remove("level");

        Errors(await RefusalAsync(await hr.PostAsJsonAsync("/api/v1/committees", body)), "level").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Api_BadJson_IsRefusedByField()
    {
        var hr = await site.SignedIn(AccountRole.EmployerHr);
        var body = Complete(site.World.Hospital.Id, UniqueName(), "top", site.World.Hospital.Id);

        var problem = await RefusalAsync(await hr.PostAsJsonAsync("/api/v1/committees", body));
        Errors(problem, "level").ShouldNotBeEmpty();

        // Not JSON (a form a page elsewhere could post across sites): refused before anything reads it.
        (await hr.PostAsync("/api/v1/committees", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"))).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheCommitteeEndpoints()
    {
        var document = await site.Anonymous().GetFromJsonAsync<JsonNode>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject();
        foreach (var path in new[] { "/api/v1/committees", "/api/v1/committees/{id}", "/api/v1/committees/{id}/filings", "/api/v1/committees/filings/{filingId}",
            "/api/v1/committees/filings/{filingId}/submit", "/api/v1/committees/filings/{filingId}/decision", "/api/v1/committees/{id}/members",
            "/api/v1/committees/{id}/members/{memberId}", "/api/v1/committees/{id}/supervision", "/api/v1/committees/{id}/open" })
        {
            paths.ShouldContainKey(path);
        }
    }
}
