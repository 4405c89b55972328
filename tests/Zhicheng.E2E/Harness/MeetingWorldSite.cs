using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.E2E.Harness;

/// <summary>
/// The real web app on Kestrel over <see cref="TestWorld"/> with the 2025 year of <see cref="TestYear"/> ready for its
/// meeting, on a clock the journey moves (from <see cref="PrepDay"/>): the approved plan meets on <see cref="MeetingDay"/>
/// only; the committee's roster is <see cref="Experts"/> — seven experts of 临床医学, each signing in as their own
/// account (expert01…expert07), one of them (<see cref="RecusedExpert"/>) employed at the applicants' own 运城市中心医院;
/// three promotions to 副高级 of doctors of 中心医院 are accepted (written in the Accepted stage, as the meeting services
/// read them): the doctor's own (account <c>applicant</c>) and two colleagues'. The office of the committee signs in as
/// <see cref="OfficeUser"/>, the city bureau that supervises the committee as <see cref="SupervisorUser"/>; every
/// password is <see cref="TestWorld.Password"/>. Certificates are signed with a key of the site's own (a temporary
/// directory) and their QR codes point at this site, so that a browser can open them.
/// </summary>
public sealed class MeetingWorldSite : IAsyncLifetime
{
    public const string OfficeUser = "health.office";
    public const string SupervisorUser = "city.admin";
    public const string ApplicantUser = "applicant";
    public const int RosterSize = 7;

    /// <summary>Mon 2025-11-03: the office schedules the meeting and draws its panel.</summary>
    public static readonly DateOnly PrepDay = new(2025, 11, 3);

    /// <summary>Fri 2025-11-14: the plan's meeting date; the ballot is held on it.</summary>
    public static readonly DateOnly MeetingDay = new(2025, 11, 14);

    private readonly string _keys = Directory.CreateTempSubdirectory("zhicheng-e2e-keys-").FullName;
    private readonly Server _server;

    public MeetingWorldSite()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _server = new Server(Database, Clock, port, _keys, BaseAddress);
    }

    public TestDatabase Database { get; } = TestDatabase.Create();

    public TestClock Clock { get; } = new(new DateOnly(2025, 3, 10));

    public TestWorld World { get; private set; } = null!;

    public TestYear Year { get; private set; } = null!;

    public Uri BaseAddress { get; }

    /// <summary>The site's services (the certificate signer, for one).</summary>
    public IServiceProvider Services => _server.Services;

    /// <summary>The roster in member order: the account each expert signs in with, their name and employer.</summary>
    public IReadOnlyList<RosterExpert> Experts { get; private set; } = [];

    /// <summary>The expert who works at the applicants' hospital: every draw must pass them over (回避).</summary>
    public RosterExpert RecusedExpert => Experts.Single(e => e.Employer == World.Hospital.Name);

    /// <summary>The people of the three accepted applications, in application order: the doctor first.</summary>
    public IReadOnlyList<Person> Applicants { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        _server.Start();
        World = await TestWorld.BuildAsync(Database);
        Year = await TestYear.BuildAsync(Database, World, Clock, 2025, _server.Services.GetRequiredService<PublishedStandards>());
        Year.Committee.SupervisingBureauId.ShouldBe(World.City.Id, "the senior committee of the city health department is supervised by the city bureau");
        await using (var dept = await Desk.OpenAsync(Database, World, AccountRole.DepartmentReviewer, Clock))
        {
            var opened = await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, Year.Committee.Id, 2025);
            opened.Succeeded.ShouldBeTrue(string.Join("；", opened.Problems.Select(p => p.Text)));
        }
        await using (var db = Database.Open("test:e2e", Clock))
        {
            await db.WorkPlans.Where(p => p.Id == Year.Plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.MeetingDates, Iso(MeetingDay)));
            db.Users.Add(AccountOf(OfficeUser, "卫生评委会办公室", AccountRole.CommitteeOffice, World.Health.Id));
            await db.SaveChangesAsync();
        }
        Experts = await RosterAsync();
        Applicants = [World.Doctor, await DoctorLikeAsync("孙医生", 501), await DoctorLikeAsync("周医生", 502)];
        await AcceptAsync(Applicants);
        Clock.Today = PrepDay;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Database.Dispose();
        try
        {
            Directory.Delete(_keys, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>An expert of the roster: the user name they sign in with, their name, their employer.</summary>
    public sealed record RosterExpert(string UserName, string Name, string Employer);

    /// <summary>
    /// The roster made <see cref="RosterSize"/> (TestYear filed 11, all at 中心医院): the first seven kept, each at a
    /// hospital of their own but the fourth, who stays at 中心医院; each linked to an expert account of their own.
    /// </summary>
    private async Task<IReadOnlyList<RosterExpert>> RosterAsync()
    {
        await using var db = Database.Open("test:e2e", Clock);
        var members = await db.CommitteeMembers.Where(m => m.CommitteeId == Year.Committee.Id).OrderBy(m => m.Id).ToListAsync();
        db.CommitteeMembers.RemoveRange(members.Skip(RosterSize));
        var kept = members.Take(RosterSize).ToList();
        var accounts = new List<Account>();
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].Employer = i == 3 ? World.Hospital.Name : $"山西省第{i + 1}人民医院";
            accounts.Add(AccountOf($"expert{i + 1:00}", kept[i].Name, AccountRole.Expert, null));
        }
        db.Users.AddRange(accounts);
        await db.SaveChangesAsync();
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].AccountId = accounts[i].Id;
        }
        await db.SaveChangesAsync();
        return [.. kept.Select((m, i) => new RosterExpert(accounts[i].UserName!, m.Name, m.Employer))];
    }

    /// <summary>A doctor of 中心医院 with the doctor's record (titles, education, assessments, achievements) and an identity of their own.</summary>
    private async Task<Person> DoctorLikeAsync(string name, int serial)
    {
        await using var db = Database.Open("test:e2e", Clock);
        var doctor = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Titles).Include(p => p.Education).Include(p => p.Assessments)
            .Include(p => p.Achievements).SingleAsync(p => p.Id == World.Doctor.Id);
        var first17 = $"14080219870412{serial % 1000:D3}";
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = World.Hospital.Id, WorkStartDate = doctor.WorkStartDate,
            PostSeries = doctor.PostSeries, PostSpecialty = doctor.PostSpecialty, PostSince = doctor.PostSince,
            Titles = [.. doctor.Titles.Select(t => new TitleHeld { Series = t.Series, Specialty = t.Specialty, Level = t.Level, ObtainedOn = t.ObtainedOn, Source = t.Source, CertificateNumber = t.CertificateNumber })],
            Education = [.. doctor.Education.Select(e => new PersonEducation { Degree = e.Degree, FullTime = e.FullTime, ObtainedOn = e.ObtainedOn, School = e.School, Major = e.Major })],
            Assessments = [.. doctor.Assessments.Select(a => new PersonAssessment { Year = a.Year, Grade = a.Grade })],
            Achievements = [.. doctor.Achievements.Select(a => new PersonAchievement { Title = a.Title, ObtainedOn = a.ObtainedOn })],
        };
        person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>Each person's promotion to 副高级 临床医学 at the year's committee, written in the Accepted stage (qualification passed).</summary>
    private async Task AcceptAsync(IEnumerable<Person> people)
    {
        await using var db = Database.Open("test:e2e", Clock);
        var now = Clock.GetUtcNow();
        var applications = people.Select(p => new TitleApplication
        {
            PersonId = p.Id, CommitteeId = Year.Committee.Id, Year = 2025, Route = Route.Promotion, Series = TestYear.Series,
            Specialty = TestYear.Specialty, Level = TitleLevel.AssociateSenior, Channel = Channel.Employer, UnitId = p.UnitId,
            Stage = ApplicationStage.Accepted, StepIndex = 4, QualificationCheckedAt = now, QualificationPassed = true,
            QualificationSummary = "符合申报条件", CreatedBy = "test", CreatedAt = now, SubmittedAt = now, UpdatedAt = now,
        }).ToList();
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync();
        foreach (var application in applications)
        {
            application.Number = $"SB2025-{application.Id:D6}";
        }
        await db.SaveChangesAsync();
    }

    private static Account AccountOf(string userName, string displayName, AccountRole role, int? organisationId)
    {
        var account = new Account
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName, Role = role,
            OrganisationId = organisationId, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, TestWorld.Password);
        return account;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A free loopback port, chosen before the server starts so that the certificates' verification address
    /// (<c>Certificates:VerifyBaseUrl</c>, read once at start) can name it.
    /// </summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Server(TestDatabase database, TimeProvider clock, int port, string keys, Uri baseAddress) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // Production does not load the build's static web assets: without them the pages (and failure screenshots) have no CSS.
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:Zhicheng", database.ConnectionString);
            builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
            builder.UseSetting("Certificates:KeyDirectory", keys);
            builder.UseSetting("Certificates:VerifyBaseUrl", baseAddress.ToString().TrimEnd('/'));
            builder.UseSetting("Verification:PermitsPerMinute", "1000");
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        public void Start()
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            StartServer();
        }
    }
}
