using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.Web.Tests.Support;

/// <summary>The web app over <see cref="TestWorld"/>, with clients signed in as each role.</summary>
public sealed class WorldSite : IAsyncLifetime
{
    public ZhichengFactory Factory { get; } = new();

    public TestWorld World { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server; // migrates the database
        World = await TestWorld.BuildAsync(Factory.Database);
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A client that does not follow redirects, so a test sees 302 to the login page as such.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedIn(AccountRole role)
    {
        var client = Anonymous();
        var response = await SignIn(client, World.Accounts[role].UserName!, TestWorld.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{role} 登录失败");
        return client;
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password) =>
        await new PageClient(client).PostForm("/Account/Login", "/Account/Login",
        [
            new("UserName", userName),
            new("Password", password),
        ]);
}
