using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Verification;

/// <summary>/verify: a public form of number and name, posted with the anti-forgery token; one card with the answer.</summary>
public sealed partial class VerifyPageTests(VerificationSite site) : IClassFixture<VerificationSite>
{
    [Fact]
    public async Task TheForm_IsPublicWithLabelledFieldsAndAVerifyButton()
    {
        var response = await site.Client().GetAsync("/verify");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<label for=\"number\">证书编号</label>");
        html.ShouldContain("<label for=\"name\">姓名</label>");
        html.ShouldContain("<button type=\"submit\">核验</button>");
        html.ShouldContain("method=\"post\"");
        html.ShouldContain("__RequestVerificationToken");
    }

    [Fact]
    public async Task Valid_ShowsOneCardWithTheMaskedIdNumberAndNeverTheWholeOne()
    {
        var issued = await site.IssueAsync("闫晓燕");

        var html = await PostAsync(site.Client(), issued.Number, "闫晓燕");

        var card = ShouldBeOneCard(html);
        card.ShouldContain("有效");
        card.ShouldContain(issued.Number);
        card.ShouldContain(issued.MaskedIdNumber);
        card.ShouldContain("运城市卫生系列中级职称评审委员会");
        card.ShouldContain("运人社职字〔2025〕88号");
        card.ShouldContain("中级");
        card.ShouldContain("2025年12月15日");
        html.ShouldNotContain(issued.IdNumber);
    }

    [Fact]
    public async Task RevokedThroughTheRevocationService_ReadsRevokedAtOnce()
    {
        var issued = await site.IssueAsync("席国强");
        ShouldBeOneCard(await PostAsync(site.Client(), issued.Number, "席国强")).ShouldContain("有效");

        var admin = site.Factory.CreateClient(new() { AllowAutoRedirect = false });
        (await WorldSite.SignIn(admin, "city.admin", TestWorld.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var revoked = await new PageClient(admin).PostForm($"/titles/{issued.TitleId}/revoke", $"/titles/{issued.TitleId}/revoke",
            [new("Description", "以伪造业绩取得"), new("Evidence", "业绩单位复函")]);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect, PageClient.Text(await revoked.Content.ReadAsStringAsync()));
        await using var db = site.Database.Open("test:read");
        var revokedOn = db.Titles.Single(t => t.Id == issued.TitleId).RevokedOn!.Value;

        var card = ShouldBeOneCard(await PostAsync(site.Client(), issued.Number, "席国强"));
        PageClient.Text(card).ShouldContain($"已撤销（撤销日期：{revokedOn.Year}年{revokedOn.Month}月{revokedOn.Day}日）");
        var (_, body, _) = await site.ByNumberAsync(site.Client(), issued.Number, "席国强");
        body.GetProperty("status").GetString().ShouldBe("revoked");
        body.GetProperty("certificate").GetProperty("revokedOn").GetString().ShouldBe(revokedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var byToken = await site.Client().GetStringAsync($"/verify/{issued.Token}");
        PageClient.Text(ShouldBeOneCard(byToken)).ShouldContain("已撤销");
    }

    [Fact]
    public async Task WrongName_ShowsTheSameCardAsAnUnknownNumber()
    {
        var issued = await site.IssueAsync("景志明");

        var wrongName = ShouldBeOneCard(await PostAsync(site.Client(), issued.Number, "景志"));
        var unknown = ShouldBeOneCard(await PostAsync(site.Client(), VerificationApiTests.UnissuedNumber(), "景志"));

        wrongName.ShouldBe(unknown);
        PageClient.Text(wrongName).ShouldContain("未查询到该证书");
        wrongName.ShouldNotContain(issued.MaskedIdNumber);
    }

    [Fact]
    public async Task NameAlone_IsAFieldErrorAndNoCard()
    {
        await site.IssueAsync("靳春梅");

        var html = await PostAsync(site.Client(), "", "靳春梅");

        html.ShouldContain("id=\"number-error\"");
        PageClient.Text(html).ShouldContain("请输入证书编号");
        html.ShouldContain("aria-invalid=\"true\"");
        Cards(html).ShouldBeEmpty();
    }

    [Fact]
    public async Task MalformedNumber_IsAFieldErrorAndNoCard()
    {
        var html = await PostAsync(site.Client(), "1408202512345", "靳春梅");

        PageClient.Text(html).ShouldContain("证书编号应为19位");
        Cards(html).ShouldBeEmpty();
    }

    [Fact]
    public async Task APostWithoutTheAntiForgeryToken_IsRefused()
    {
        var issued = await site.IssueAsync("吉秀英");

        var response = await site.Client().PostAsync("/verify", new FormUrlEncodedContent([new("number", issued.Number), new("name", "吉秀英")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(issued.MaskedIdNumber);
    }

    [Fact]
    public async Task TheSignInPage_LinksToTheVerification()
    {
        var html = await site.Client().GetStringAsync("/Account/Login");

        html.ShouldContain("href=\"/verify\"");
        PageClient.Text(html).ShouldContain("公开核验");
    }

    [Fact]
    public async Task IdNumbers_NeverAppearInLogs()
    {
        var issued = await site.IssueAsync("解雪梅");
        var lines = new ConcurrentQueue<string>();
        await using var factory = site.Factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLogger(lines)))));
        var client = factory.CreateClient();

        await PostAsync(client, issued.Number, "解雪梅");
        await client.GetStringAsync($"/verify/{issued.Token}");
        await client.PostAsync("/api/v1/verify", JsonContent.Create(new { number = issued.Number, name = "解雪梅" }));

        lines.ShouldNotBeEmpty();
        lines.ShouldNotContain(l => l.Contains(issued.IdNumber, StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("解雪梅", StringComparison.Ordinal), "the name is posted, never put in a URL");
    }

    internal static async Task<string> PostAsync(HttpClient client, string number, string name)
    {
        var response = await new PageClient(client).PostForm("/verify", "/verify", [new("number", number), new("name", name)]);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, PageClient.Text(html));
        return html;
    }

    /// <summary>The result cards on a page.</summary>
    internal static string[] Cards(string html) => [.. Card().Matches(html).Select(m => m.Value)];

    internal static string ShouldBeOneCard(string html) => Cards(html).ShouldHaveSingleItem();

    [GeneratedRegex("<section class=\"card\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Card();

    private sealed class CollectingLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + exception);

        public void Dispose()
        {
        }
    }
}
