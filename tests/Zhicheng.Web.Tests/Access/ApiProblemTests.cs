using System.Net;
using System.Text;
using System.Text.Json;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

/// <summary>What the framework itself answers under /api is problem+json with a Chinese title, never an HTML page (the limit is MaxUploadBytes plus 64 KB for the form around it).</summary>
public sealed class ApiProblemTests
{
    [Fact]
    public async Task BodyOverTheLimit_Is413ProblemJson_WithAChineseTitle()
    {
        await using var factory = ZhichengFactory.With(new Dictionary<string, string?> { ["Zhicheng:MaxUploadBytes"] = "1024" });
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/eligibility/check", new StringContent(new string(' ', 200 * 1024) + "{}", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("title").GetString().ShouldBe("请求内容超过上限");
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemJson_WithAChineseTitle()
    {
        await using var factory = new ZhichengFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/no-such-thing", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("title").GetString().ShouldBe("记录不存在或不在您的管辖范围内");
    }
}
