using System.Net;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Pages;

/// <summary>Two web nodes on one database behave as one: a form issued by one is accepted by the other.</summary>
public sealed class StatelessNodesTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    [Fact]
    public async Task FormFromOneNode_IsAcceptedByAnotherNodeOnTheSameDatabase()
    {
        using var first = ZhichengFactory.OnDatabase(_database);
        using var second = ZhichengFactory.OnDatabase(_database);
        var cookies = new CookieContainer();
        var firstClient = first.CreateDefaultClient(new CookieHandler(cookies));
        var secondClient = second.CreateDefaultClient(new CookieHandler(cookies));
        var token = await new PageClient(firstClient).Token("/eligibility");

        var response = await secondClient.PostAsync("/eligibility?handler=Check", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.ApplicationYear", "2024"),
        ]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("申报数据有误");
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Carries cookies across clients, the way one browser talks to whichever node answers.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    cookies.SetCookies(request.RequestUri!, value);
                }
            }
            return response;
        }
    }
}
