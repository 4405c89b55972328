using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

public sealed class LoginTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task Login_RightPassword_SignsInAndShowsTheRole()
    {
        var client = await site.SignedIn(AccountRole.CountyStaff);
        var home = PageClient.Text(await client.GetStringAsync("/"));
        home.ShouldContain("盐湖区人社局经办人（县级人社局工作人员）");
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_SaysTheSameThing()
    {
        var wrongPassword = await WorldSite.SignIn(site.Anonymous(), "expert", "nope-nope-1");
        var unknownUser = await WorldSite.SignIn(site.Anonymous(), "nobody", "nope-nope-1");
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await wrongPassword.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");
        PageClient.Text(await unknownUser.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var userName = site.World.Accounts[AccountRole.CommitteeOffice].UserName!;
        for (var i = 0; i < 5; i++)
        {
            await WorldSite.SignIn(site.Anonymous(), userName, "wrong-password-" + i);
        }
        var response = await WorldSite.SignIn(site.Anonymous(), userName, TestWorld.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("账号已锁定");
    }

    [Fact]
    public async Task Login_WithoutTheFormToken_IsRefused()
    {
        var response = await site.Anonymous().PostAsync("/Account/Login", new FormUrlEncodedContent(
        [
            new("UserName", "city.admin"),
            new("Password", TestWorld.Password),
        ]));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Login_ReturnUrlElsewhere_StaysOnThisSite()
    {
        var client = site.Anonymous();
        var response = await new PageClient(client).PostForm("/Account/Login", "/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
        [
            new("UserName", "city.admin"),
            new("Password", TestWorld.Password),
        ]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        (await client.GetAsync("/people")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await new PageClient(client).Token("/");
        (await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/people")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Logout_ByGet_DoesNotSignOut()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        await client.GetAsync("/Account/Logout");
        (await client.GetAsync("/people")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
