using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Titles;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Titles;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Verification;

/// <summary>
/// The web app over <see cref="TestWorld"/> with certificates inserted straight into the tables, each signed by the app's
/// own <see cref="CertificateSigner"/> (its key in a directory of the site's own). The in-memory server has no client
/// address, so a request names the address it comes from in <see cref="ClientAddress.Header"/>, as the forwarded-headers
/// middleware would set it behind a proxy. <paramref name="permitsPerMinute"/> is the verification's rate limit.
/// </summary>
public abstract class VerificationSiteBase(int permitsPerMinute) : IAsyncLifetime
{
    private static int _serial;

    private readonly TempDir _keys = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public TestDatabase Database => _base.Database;

    public TestWorld World { get; private set; } = null!;

    private ZhichengFactory _base = null!;

    public async ValueTask InitializeAsync()
    {
        _base = ZhichengFactory.With(new Dictionary<string, string?>
        {
            ["Verification:PermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Certificates:KeyDirectory"] = _keys.Path,
        });
        Factory = _base.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddTransient<IStartupFilter, ClientAddress>()));
        _ = Factory.Server; // migrates the database
        World = await TestWorld.BuildAsync(Database);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
        _keys.Dispose();
        GC.SuppressFinalize(this);
    }

    public CertificateSigner Signer => Factory.Services.GetRequiredService<CertificateSigner>();

    /// <summary>A client without sign-in, coming from <paramref name="address"/>.</summary>
    public HttpClient Client(string address = "198.51.100.1")
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return client;
    }

    /// <summary>
    /// A person at the hospital holding a 中级 title granted by a committee outside the system, with its certificate (number
    /// of 2025, committee 1, the next sequence; <paramref name="checkX"/> picks one whose check character is X).
    /// </summary>
    public async Task<Issued> IssueAsync(string name, bool checkX = false)
    {
        string number;
        do
        {
            number = CertificateNumber.Compose("1408", 2025, TitleLevel.Intermediate, 1, Interlocked.Increment(ref _serial));
        }
        while (checkX && number[^1] != 'X');
        var idNumber = NewIdNumber();
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = World.Hospital.Id, WorkStartDate = new DateOnly(2008, 7, 1), PostSeries = "卫生", PostSpecialty = "护理学",
            PostSince = new DateOnly(2008, 7, 1),
        };
        person.SetIdentity(IdentityNumber.Parse(idNumber));
        var title = new TitleHeld
        {
            Series = "卫生", Specialty = "护理学", Level = TitleLevel.Intermediate, ObtainedOn = new DateOnly(2025, 12, 10), Source = TitleSource.Evaluation,
            CertificateNumber = number, GrantedBy = "运城市卫生系列中级职称评审委员会", DocumentNumber = "运人社职字〔2025〕88号",
        };
        person.Titles.Add(title);
        var facts = new CertificateFacts(number, name, IdNumbers.Mask(idNumber), title.Series, title.Specialty, title.Level, title.ObtainedOn,
            title.GrantedBy, title.DocumentNumber, new DateOnly(2025, 12, 15));
        var token = Signer.Sign(facts);
        await using var db = Database.Open("test:setup");
        db.People.Add(person);
        db.Certificates.Add(new TitleCertificate { Title = title, Number = number, IssuedOn = facts.IssuedOn, Algorithm = Signer.Algorithm, Token = token });
        await db.SaveChangesAsync();
        return new Issued(person.Id, title.Id, number, name, idNumber, token, facts);
    }

    /// <summary>POST /api/v1/verify; the status code and the body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body, string Raw)> ByNumberAsync(HttpClient client, string? number, string? name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/verify", new { number, name });
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(raw).RootElement, raw);
    }

    /// <summary>A valid identity number nobody else in these tests has (born 1986-03-01 in 盐湖区).</summary>
    private static string NewIdNumber()
    {
        var first17 = $"14080219860301{Interlocked.Increment(ref _serial) % 1000:D3}";
        return first17 + IdentityNumber.CheckCharacterFor(first17);
    }

    /// <summary>A certificate as inserted, with the whole identity number (which no answer may show).</summary>
    public sealed record Issued(int PersonId, int TitleId, string Number, string Name, string IdNumber, string Token, CertificateFacts Facts)
    {
        public string MaskedIdNumber => IdNumber[..6] + "**********" + IdNumber[16..];
    }

    /// <summary>Sets the connection's remote address from a test header, first in the pipeline.</summary>
    private sealed class ClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, Func<Task> nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware();
            });
            next(app);
        };
    }
}

/// <summary>The site with a limit high enough that the tests of what verification answers never reach it.</summary>
public sealed class VerificationSite() : VerificationSiteBase(10_000);

/// <summary>The site with a limit of 5 lookups a minute per client.</summary>
public sealed class LimitedVerificationSite() : VerificationSiteBase(5);
