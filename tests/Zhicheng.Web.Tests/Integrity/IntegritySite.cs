using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// The web app over <see cref="TestWorld"/> on a clock the test sets (Monday 2025-08-25 to start), with one more account,
/// <c>yongji.staff</c> — 永济市's county bureau, which does not reach 盐湖区's units. Accounts sign in with the login form
/// (a cookie, so the pages' forms and anti-forgery tokens work as in a browser); sign in again after moving the clock.
/// </summary>
public sealed class IntegritySite : IAsyncLifetime
{
    public const string YongjiStaff = "yongji.staff";

    public static readonly DateOnly Start = new(2025, 8, 25);

    private static int _serial;

    public IntegritySite()
    {
        Factory = new ClockedFactory(Clock, Database);
    }

    public TestClock Clock { get; } = new(Start);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public WebApplicationFactory<Program> Factory { get; }

    public TestWorld World { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server; // migrates the database
        World = await TestWorld.BuildAsync(Database);
        await using var db = Database.Open("test:setup", Clock);
        var account = new Account
        {
            UserName = YongjiStaff, NormalizedUserName = YongjiStaff.ToUpperInvariant(), DisplayName = "永济市人社局经办人", Role = AccountRole.CountyStaff,
            OrganisationId = World.Yongji.Id, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, TestWorld.Password);
        db.Users.Add(account);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Database.Dispose();
    }

    public Task<PageClient> SignedIn(AccountRole role) => SignedIn(World.Accounts[role].UserName!);

    public async Task<PageClient> SignedIn(string userName)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await WorldSite.SignIn(client, userName, TestWorld.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{userName} 登录失败");
        return new PageClient(client);
    }

    /// <summary>A valid identity number nobody else in the tests has (born 1980-01-01 in 盐湖区).</summary>
    public static string NewIdNumber()
    {
        var first17 = $"14080219800101{Interlocked.Increment(ref _serial) % 1000:D3}";
        return first17 + IdentityNumber.CheckCharacterFor(first17);
    }

    /// <summary>A new person at <paramref name="unitId"/> holding one 中级 title granted outside the system; the title's id.</summary>
    public async Task<(Person Person, int TitleId)> TitleHolderAsync(string name, int unitId)
    {
        await using var db = Database.Open("test:setup", Clock);
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = unitId, WorkStartDate = new DateOnly(2005, 7, 1), PostSeries = "工程", PostSpecialty = "电气工程",
            PostSince = new DateOnly(2005, 7, 1),
        };
        person.SetIdentity(IdentityNumber.Parse(NewIdNumber()));
        person.Titles.Add(new TitleHeld
        {
            Series = "工程", Specialty = "电气工程", Level = TitleLevel.Intermediate, ObtainedOn = new DateOnly(2015, 12, 1), Source = TitleSource.Evaluation,
            CertificateNumber = $"YC2015-{Interlocked.Increment(ref _serial):D4}",
        });
        db.People.Add(person);
        await db.SaveChangesAsync();
        return (person, person.Titles.Single().Id);
    }

    /// <summary>The app on <paramref name="database"/>, reading time from <paramref name="clock"/>.</summary>
    private sealed class ClockedFactory(TestClock clock, TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Zhicheng", database.ConnectionString);
            builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            });
        }
    }
}

/// <summary>Posting the pages' forms and reading their answers in these tests.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> Post(this PageClient client, string page, string action, params (string Name, string Value)[] fields) =>
        await client.PostForm(page, action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The redirect's target (failing with the page's text when the form was refused instead).</summary>
    public static async Task<string> RedirectedTo(this HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var text = PageClient.Text(await response.Content.ReadAsStringAsync());
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, text.Length > 3000 ? text[..3000] : text);
        }
        return response.Headers.Location!.ToString();
    }

    /// <summary>The re-rendered page (200) of a refused form.</summary>
    public static async Task<string> Refused(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, PageClient.Text(html));
        return html;
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<IDictionary<string, object?>> Workbook(byte[] content) =>
        MiniExcelLibs.MiniExcel.Query(new MemoryStream(content), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
}
