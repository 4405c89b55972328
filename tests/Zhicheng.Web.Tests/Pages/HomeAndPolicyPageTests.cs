using Zhicheng.Domain.Policy;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Pages;

public sealed class HomeAndPolicyPageTests(ZhichengFactory factory) : IClassFixture<ZhichengFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_SaysWhatZhichengIsAndLinksToTheCheck()
    {
        var html = await _client.GetStringAsync("/");

        html.ShouldContain("lang=\"zh-CN\"");
        html.ShouldContain("职称评审管理系统");
        html.ShouldContain("href=\"/eligibility\"");
    }

    [Fact]
    public async Task Policy_ListsEveryClauseAndInterpretationWithAnAnchor()
    {
        var html = await _client.GetStringAsync("/policy");

        foreach (var clause in PolicyVersion.N2024.Clauses)
        {
            html.ShouldContain($"id=\"{clause.Id}\"");
        }
        foreach (var interpretation in PolicyVersion.N2024.Interpretations)
        {
            html.ShouldContain($"id=\"{interpretation.Id}\"");
        }
    }

    [Fact]
    public async Task UnknownPage_AnswersNotFoundWithAChinesePage()
    {
        var response = await _client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("页面不存在");
    }

    [Fact]
    public async Task UnknownApiPath_AnswersProblemJson()
    {
        var response = await _client.GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
