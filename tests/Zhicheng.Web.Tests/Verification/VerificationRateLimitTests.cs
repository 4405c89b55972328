using System.Net;
using System.Text.Json;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Verification;

/// <summary>
/// Verification:PermitsPerMinute = 5: the sixth lookup of a client within the minute is 429 with Retry-After — problem+json
/// from the API, a Chinese page from the pages; other clients, /ping, the empty form and other pages are not limited.
/// Each test is its own client address (the limit is per address), so the tests do not share a budget.
/// </summary>
public sealed class VerificationRateLimitTests(LimitedVerificationSite site) : IClassFixture<LimitedVerificationSite>
{
    [Fact]
    public async Task Api_TheSixthLookupOfAClient_Is429ProblemWithRetryAfter()
    {
        var issued = await site.IssueAsync("温建新");
        var client = site.Client("203.0.113.10");
        for (var i = 1; i <= 5; i++)
        {
            (await site.ByNumberAsync(client, issued.Number, "温建新")).Status.ShouldBe(HttpStatusCode.OK, $"lookup {i}");
        }

        var refused = await client.PostAsync("/api/v1/verify", JsonBody(issued.Number, "温建新"));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString().ShouldBe("请求过于频繁，请稍后再试");
        problem.GetProperty("detail").GetString()!.ShouldContain("每分钟最多核验 5 次");
        (await client.GetAsync($"/api/v1/verify/{issued.Token}")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await site.ByNumberAsync(site.Client("203.0.113.11"), issued.Number, "温建新")).Status.ShouldBe(HttpStatusCode.OK, "another client");
    }

    [Fact]
    public async Task Pages_TheSixthLookupOfAClient_IsAChinese429Page()
    {
        var issued = await site.IssueAsync("翟春燕");
        var client = site.Client("203.0.113.20");
        var pages = new PageClient(client);
        for (var i = 1; i <= 5; i++)
        {
            var response = await pages.PostForm("/verify", "/verify", [new("number", issued.Number), new("name", "翟春燕")]);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"lookup {i}");
        }

        var refused = await pages.PostForm("/verify", "/verify", [new("number", issued.Number), new("name", "翟春燕")]);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        var text = PageClient.Text(await refused.Content.ReadAsStringAsync());
        text.ShouldContain("核验过于频繁");
        text.ShouldContain("每分钟最多核验 5 次");
        (await client.GetAsync($"/verify/{issued.Token}")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task TokenPage_TheSixthLookupOfAClient_Is429()
    {
        var issued = await site.IssueAsync("党志华");
        var client = site.Client("203.0.113.30");
        for (var i = 1; i <= 5; i++)
        {
            (await client.GetAsync($"/verify/{issued.Token}")).StatusCode.ShouldBe(HttpStatusCode.OK, $"lookup {i}");
        }

        (await client.GetAsync($"/verify/{issued.Token}")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task OverTheLimit_PingTheFormAndOtherPagesStillAnswer()
    {
        var issued = await site.IssueAsync("苗建国");
        var client = site.Client("203.0.113.40");
        for (var i = 1; i <= 5; i++)
        {
            (await site.ByNumberAsync(client, issued.Number, "苗建国")).Status.ShouldBe(HttpStatusCode.OK, $"lookup {i}");
        }
        (await client.PostAsync("/api/v1/verify", JsonBody(issued.Number, "苗建国"))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync("/ping")).StatusCode.ShouldBe(HttpStatusCode.OK, $"/ping {i}");
            (await client.GetAsync("/verify")).StatusCode.ShouldBe(HttpStatusCode.OK, $"the empty form {i}");
        }
        (await client.GetAsync("/standards")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/policy")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/standards")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ping_IsPlainPong()
    {
        var response = await site.Client("203.0.113.50").GetAsync("/ping");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync()).ShouldBe("pong");
    }

    private static StringContent JsonBody(string number, string name) =>
        new(JsonSerializer.Serialize(new { number, name }), System.Text.Encoding.UTF8, "application/json");
}
