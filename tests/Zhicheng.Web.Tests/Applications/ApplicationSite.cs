using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.Web.Tests.Applications;

/// <summary>
/// The web app on a clock the test sets (<see cref="TestClock"/> replaces the app's <see cref="TimeProvider"/>), with the
/// 2025 year of <see cref="TestYear"/> set up and applications opened: the health department's senior 临床医学 committee
/// (its office an account of the department, <c>health.office</c>), D = 09-30, the clock on Monday 2025-08-25 inside the
/// window (08-20…09-20). Materials are limited to <see cref="MaterialLimit"/> bytes so an oversized upload stays small.
/// Every account signs in by API token (<see cref="Client(string)"/>): a cookie would lapse when the clock moves on.
/// The doctor's chain: 中心医院 → 卫健委 → 盐湖区人社局 → 评委会办公室. <c>yongji.staff</c> is another county's staff.
/// </summary>
public sealed class ApplicationSite : IAsyncLifetime
{
    public const int Year = 2025;
    public const long MaterialLimit = 1024 * 1024;
    public const string Office = "health.office";
    public const string YongjiStaff = "yongji.staff";

    public static readonly DateOnly Start = new(2025, 3, 10);
    public static readonly DateOnly WindowDay = new(2025, 8, 25);

    private readonly Dictionary<string, string> _tokens = [];
    private int _serial;

    public ApplicationSite()
    {
        Factory = new ClockedFactory(Clock, Database);
    }

    public TestClock Clock { get; } = new(Start);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public WebApplicationFactory<Program> Factory { get; }

    public TestWorld World { get; private set; } = null!;

    public TestYear Setup { get; private set; } = null!;

    public int CommitteeId => Setup.Committee.Id;

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server; // migrates the database
        World = await TestWorld.BuildAsync(Database);
        Setup = await TestYear.BuildAsync(Database, World, Clock, Year, Factory.Services.GetRequiredService<PublishedStandards>());
        await using (var dept = await Desk.OpenAsync(Database, World, AccountRole.DepartmentReviewer, Clock))
        {
            var opened = await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, Setup.Committee.Id, Year);
            opened.Succeeded.ShouldBeTrue(string.Join("；", opened.Problems.Select(p => p.Text)));
        }
        await using (var db = Database.Open("test:setup", Clock))
        {
            db.Assessments.Add(new PersonAssessment { PersonId = World.Doctor.Id, Year = 2024, Grade = Domain.Eligibility.AssessmentGrade.Qualified });
            db.Users.Add(Account(Office, "卫生评委会办公室", AccountRole.CommitteeOffice, World.Health.Id));
            db.Users.Add(Account(YongjiStaff, "永济市人社局经办人", AccountRole.CountyStaff, World.Yongji.Id));
            await db.SaveChangesAsync();
            foreach (var account in await db.Users.ToListAsync())
            {
                _tokens[account.UserName!] = await ApiTokens.IssueAsync(db, account);
            }
        }
        Clock.Today = WindowDay;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Database.Dispose();
    }

    /// <summary>A client signed in by the API token of <paramref name="userName"/>.</summary>
    public HttpClient Client(string userName)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[userName]);
        return client;
    }

    public HttpClient Client(AccountRole role) => Client(World.Accounts[role].UserName!);

    /// <summary>A promotion to 副高级 临床医学 at the year's committee, as <c>POST /applications</c> takes it.</summary>
    public Dictionary<string, object?> Promotion(int? personId = null, string level = "副高级") => new()
    {
        ["personId"] = personId, ["committeeId"] = CommitteeId, ["route"] = "晋升", ["series"] = TestYear.Series,
        ["specialty"] = TestYear.Specialty, ["level"] = level,
    };

    /// <summary>
    /// A person like the doctor — the same titles, education, assessments (2024 included) and achievements — with an
    /// identity number of their own, at the hospital; so that each test has an applicant nobody else applied for.
    /// </summary>
    public async Task<Person> DoctorLikeAsync(string name)
    {
        await using var db = Database.Open("test:setup", Clock);
        var doctor = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Titles).Include(p => p.Education).Include(p => p.Assessments)
            .Include(p => p.Achievements).SingleAsync(p => p.Id == World.Doctor.Id);
        var first17 = $"14080219870412{Interlocked.Increment(ref _serial) % 1000:D3}";
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = World.Hospital.Id, WorkStartDate = doctor.WorkStartDate,
            PostSeries = doctor.PostSeries, PostSpecialty = doctor.PostSpecialty, PostSince = doctor.PostSince,
            Titles = [.. doctor.Titles.Select(t => new TitleHeld { Series = t.Series, Specialty = t.Specialty, Level = t.Level, ObtainedOn = t.ObtainedOn, Source = t.Source })],
            Education = [.. doctor.Education.Select(e => new PersonEducation { Degree = e.Degree, FullTime = e.FullTime, ObtainedOn = e.ObtainedOn, School = e.School })],
            Assessments = [.. doctor.Assessments.Select(a => new PersonAssessment { Year = a.Year, Grade = a.Grade })],
            Achievements = [.. doctor.Achievements.Select(a => new PersonAchievement { Title = a.Title, ObtainedOn = a.ObtainedOn })],
        };
        person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>An application of a new doctor-like person, opened by the hospital's HR on their behalf (a draft).</summary>
    public async Task<(Person Person, JsonElement Application)> DraftByHrAsync(string name)
    {
        var person = await DoctorLikeAsync(name);
        var response = await Client(AccountRole.EmployerHr).PostAsJsonAsync("/api/v1/applications", Promotion(person.Id));
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(201, body);
        return (person, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>A new doctor-like person's application, opened and submitted by the hospital's HR: at the hospital's step.</summary>
    public async Task<JsonElement> SubmittedByHrAsync(string name)
    {
        var (_, draft) = await DraftByHrAsync(name);
        return await ApplicationApi.OkAsync(await Client(AccountRole.EmployerHr).PostAsJsonAsync(
            $"/api/v1/applications/{ApplicationApi.Id(draft)}/submit", new { version = ApplicationApi.Version(draft) }));
    }

    private static Account Account(string userName, string displayName, AccountRole role, int organisation)
    {
        var account = new Account
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName, Role = role,
            OrganisationId = organisation, LockoutEnabled = true, SecurityStamp = Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, TestWorld.Password);
        return account;
    }

    /// <summary>The app on <paramref name="database"/>, reading time from <paramref name="clock"/>.</summary>
    private sealed class ClockedFactory(TestClock clock, TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Zhicheng", database.ConnectionString);
            builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
            builder.UseSetting("Materials:MaxBytes", MaterialLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            });
        }
    }
}

/// <summary>Reading the API's answers in tests.</summary>
internal static class ApplicationApi
{
    public static int Id(JsonElement document) => document.GetProperty("id").GetInt32();

    public static int Version(JsonElement document) => document.GetProperty("version").GetInt32();

    /// <summary>The body of a 200 answer (failing with the body when it is not one).</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A refusal's problem+json with <paramref name="status"/>.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The messages a refusal puts beside <paramref name="field"/>.</summary>
    public static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? [.. messages.EnumerateArray().Select(m => m.GetString()!)] : [];

    /// <summary>The clause ids of the problems at <paramref name="field"/>.</summary>
    public static string?[] Clauses(JsonElement problem, string field) =>
        [.. problem.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("field").GetString() == field).Select(p => p.GetProperty("clauseId").GetString())];

    /// <summary>POSTs an action with the version of <paramref name="application"/> and whatever else <paramref name="body"/> adds.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, JsonElement application, string action, Dictionary<string, object?>? body = null)
    {
        var payload = new Dictionary<string, object?>(body ?? new Dictionary<string, object?>()) { ["version"] = Version(application) };
        return client.PostAsJsonAsync($"/api/v1/applications/{Id(application)}/{action}", payload);
    }
}
