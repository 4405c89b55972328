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
    public async Task UnknownPage_AnswersNotFound()
    {
        var response = await _client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
