using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

public sealed partial class TokenTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task ApiToken_IssuedOnThePage_SignsInOtherSystemsWithTheSameJurisdiction()
    {
        var token = await Issue(AccountRole.DepartmentReviewer);
        var api = site.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await api.GetAsync($"/api/v1/people/{site.World.Doctor.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync($"/api/v1/people/{site.World.Engineer.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApiToken_Reissued_RetiresTheOldOne()
    {
        var first = await Issue(AccountRole.Expert);
        var second = await Issue(AccountRole.Expert);
        first.ShouldNotBe(second);
        var api = site.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", first);
        (await api.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second);
        (await api.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("zc_notatoken")]
    [InlineData("")]
    public async Task ApiToken_Unknown_Is401(string token)
    {
        var api = site.Anonymous();
        api.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        (await api.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<string> Issue(AccountRole role)
    {
        var client = await site.SignedIn(role);
        var response = await new PageClient(client).PostForm("/account/token", "/account/token", []);
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenText().Match(html).Value;
        token.ShouldNotBeNullOrEmpty();
        return token;
    }

    [GeneratedRegex("zc_[A-Za-z0-9_-]{40,}")]
    private static partial Regex TokenText();
}
