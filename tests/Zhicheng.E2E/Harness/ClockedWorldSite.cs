using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.E2E.Harness;

/// <summary>
/// The real web app on Kestrel over <see cref="TestWorld"/> with the 2025 year of <see cref="TestYear"/> set up and
/// applications opened, on a clock the journey moves (publicity runs for working days; a browser test cannot wait for
/// them). The committee's office signs in as <see cref="OfficeUser"/> (an account of the health department, the
/// committee's founding unit); every account's password is <see cref="TestWorld.Password"/>.
/// </summary>
public sealed class ClockedWorldSite : IAsyncLifetime
{
    public const string OfficeUser = "health.office";

    private readonly Server _server;

    public ClockedWorldSite() => _server = new Server(Database, Clock);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public TestClock Clock { get; } = new(new DateOnly(2025, 3, 10));

    public TestWorld World { get; private set; } = null!;

    public TestYear Year { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        BaseAddress = _server.Start();
        World = await TestWorld.BuildAsync(Database);
        Year = await TestYear.BuildAsync(Database, World, Clock, 2025);
        await using (var dept = await Desk.OpenAsync(Database, World, AccountRole.DepartmentReviewer, Clock))
        {
            var opened = await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, Year.Committee.Id, 2025);
            opened.Succeeded.ShouldBeTrue(string.Join("；", opened.Problems.Select(p => p.Text)));
        }
        await using (var db = Database.Open("test:e2e", Clock))
        {
            db.Assessments.Add(new PersonAssessment { PersonId = World.Doctor.Id, Year = 2024, Grade = AssessmentGrade.Qualified });
            var office = new Account
            {
                UserName = OfficeUser, NormalizedUserName = OfficeUser.ToUpperInvariant(), DisplayName = "卫生评委会办公室",
                Role = AccountRole.CommitteeOffice, OrganisationId = World.Health.Id, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
            };
            office.PasswordHash = new PasswordHasher<Account>().HashPassword(office, TestWorld.Password);
            db.Users.Add(office);
            await db.SaveChangesAsync();
            await _server.Services.GetRequiredService<PublishedStandards>().RefreshAsync(db);
        }
        Clock.Today = new DateOnly(2025, 8, 25);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Database.Dispose();
    }

    private sealed class Server(TestDatabase database, TimeProvider clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Zhicheng", database.ConnectionString);
            builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        public Uri Start()
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel started but reported no address.");
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }
}
