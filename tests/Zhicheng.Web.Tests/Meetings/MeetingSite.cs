using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Meetings;

[CollectionDefinition(Name)]
public sealed class MeetingCollection : ICollectionFixture<MeetingSite>
{
    public const string Name = "Meetings";
}

/// <summary>
/// The web app on a clock the test sets, with the 2025 year of <see cref="TestYear"/> ready for its meetings: the health
/// department's senior 临床医学 committee (its office <c>health.office</c>), the plan meeting on Fri 11-14 and 11-15; its
/// 11 experts each at a hospital of their own and linked by the office to an expert account <c>expert01</c>…<c>expert11</c>;
/// five promotions accepted through the services — the doctor's (<c>applicant</c>) and four doctor-like colleagues'.
/// Two of the colleagues are on <see cref="Drawn"/>, a meeting scheduled, drawn (5 seats, all present) and put in one
/// review group by the office; the other three are open for a meeting of the test's own. The clock then stands on
/// <see cref="PrepDay"/>. <c>engineer</c> is an applicant account of a person with no title here; <c>committee.office</c>
/// is the office of the city's committees, not this one. Every account signs in by API token (a cookie would lapse when
/// the clock moves on); pages' forms carry the anti-forgery token as a browser does (<see cref="PageClient"/>).
/// </summary>
public sealed class MeetingSite : IAsyncLifetime
{
    public const int Year = 2025;
    public const string Office = "health.office";
    public const string Engineer = "engineer";
    public const string Place = "运城市人社局三楼评审室";
    public const int PanelSize = 5;

    public static readonly DateOnly Start = new(2025, 3, 10);
    public static readonly DateOnly WindowDay = new(2025, 8, 25);
    public static readonly DateOnly PrepDay = new(2025, 11, 3);
    public static readonly DateOnly MeetingDay = new(2025, 11, 14);
    public static readonly DateOnly PublicityDay = new(2025, 11, 17);
    public static readonly DateOnly ConfirmDay = new(2025, 11, 24);

    private readonly Dictionary<string, string> _tokens = [];
    private readonly TempDir _keys = new();
    private int _serial;

    public MeetingSite()
    {
        Factory = new ClockedFactory(Clock, Database, _keys.Path);
    }

    public TestClock Clock { get; } = new(Start);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public WebApplicationFactory<Program> Factory { get; }

    public TestWorld World { get; private set; } = null!;

    public TestYear Setup { get; private set; } = null!;

    public int CommitteeId => Setup.Committee.Id;

    /// <summary>The roster in member id order: user name of the expert's account and the expert's name.</summary>
    public IReadOnlyList<(int MemberId, string UserName, string Name)> Experts { get; private set; } = [];

    /// <summary>The five accepted applications in id order (the doctor's first).</summary>
    public IReadOnlyList<TitleApplication> Accepted { get; private set; } = [];

    /// <summary>The people of <see cref="Accepted"/>, in the same order.</summary>
    public IReadOnlyList<Person> Applicants { get; private set; } = [];

    /// <summary>A meeting scheduled, drawn, all present, one review group: its id.</summary>
    public int Drawn { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _ = Factory.Server; // migrates the database
        World = await TestWorld.BuildAsync(Database);
        Setup = await TestYear.BuildAsync(Database, World, Clock, Year, Factory.Services.GetRequiredService<PublishedStandards>());
        await using (var dept = await DeskAsync(AccountRole.DepartmentReviewer))
        {
            Must(await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, CommitteeId, Year), "开始受理申报");
        }
        await AccountsAsync();
        await RosterAsync();
        Clock.Today = WindowDay;
        var people = new List<Person> { World.Doctor };
        for (var i = 1; i <= 4; i++)
        {
            people.Add(await DoctorLikeAsync($"申报人{i:00}"));
        }
        Accepted = await AcceptAsync(people);
        Applicants = [.. Accepted.Select(a => people.Single(p => p.Id == a.PersonId))];
        Clock.Today = PrepDay;
        Drawn = await DrawnMeetingAsync([Accepted[1].Id, Accepted[2].Id]);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Database.Dispose();
        _keys.Dispose();
    }

    /// <summary>A client signed in by the API token of <paramref name="userName"/>, carrying cookies (the anti-forgery one).</summary>
    public PageClient Client(string userName)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[userName]);
        return new PageClient(client);
    }

    public PageClient Client(AccountRole role) => Client(World.Accounts[role].UserName!);

    /// <summary>A client without sign-in that does not follow redirects.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public AppDbContext Read() => Database.Open("test:read", Clock);

    /// <summary>The meeting as stored now, with its list (by application), seats and groups (by id).</summary>
    public async Task<EvaluationMeeting> MeetingAsync(int id)
    {
        await using var db = Read();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Candidates).Include(m => m.Seats).ThenInclude(s => s.Member)
            .Include(m => m.Groups).AsSplitQuery().SingleAsync(m => m.Id == id);
        meeting.Candidates = [.. meeting.Candidates.OrderBy(c => c.ApplicationId)];
        meeting.Seats = [.. meeting.Seats.OrderBy(s => s.Id)];
        return meeting;
    }

    /// <summary>The user name of the account of the expert on <paramref name="seat"/>.</summary>
    public string ExpertOf(PanelSeat seat) => Experts.Single(e => e.MemberId == seat.MemberId).UserName;

    /// <summary>Runs <paramref name="act"/> with the app's own services in a scope of their own, as <paramref name="userName"/>.</summary>
    public async Task<T> AsAsync<T>(string userName, Func<IServiceProvider, Jurisdiction, Task<Outcome<T>>> act, string step)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var account = await db.Users.AsNoTracking().SingleAsync(a => a.UserName == userName);
        var viewer = new Viewer(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.PersonId);
        services.GetRequiredService<AuditActor>().Name = viewer.AuditName;
        return Must(await act(services, await Jurisdiction.ForAsync(db, viewer)), step);
    }

    private async Task<int> DrawnMeetingAsync(IReadOnlyList<int> applicationIds)
    {
        var meeting = await AsAsync(Office, (s, j) => s.GetRequiredService<MeetingSchedule>().ScheduleAsync(j,
            new MeetingForm(CommitteeId, MeetingDay, Place, PanelSize, TestYear.Specialty, applicationIds)), "安排评审会议");
        meeting = await AsAsync(Office, (s, j) => s.GetRequiredService<PanelDraw>().DrawAsync(j, meeting.Id, meeting.Version), "抽取评委");
        var stored = await MeetingAsync(meeting.Id);
        meeting = await AsAsync(Office, (s, j) => s.GetRequiredService<MeetingSchedule>().AttendanceAsync(j, stored.Id, stored.Version,
            [.. stored.Seats.Select(x => x.Id)]), "出席登记");
        stored = await MeetingAsync(meeting.Id);
        await AsAsync(Office, (s, j) => s.GetRequiredService<GroupReview>().FormAsync(j, stored.Id, stored.Version,
            [new GroupForm("第一评议组", [.. stored.Seats.Select(x => x.Id)], [.. stored.Candidates.Select(c => c.Id)])]), "设置评议组");
        return meeting.Id;
    }

    /// <summary>health.office, the engineer's applicant account, an expert account per roster member; an API token for every account.</summary>
    private async Task AccountsAsync()
    {
        await using var db = Database.Open("test:setup", Clock);
        // The assessment of the year before applying (N2024-3.3c), which the doctor-like colleagues copy.
        db.Assessments.Add(new PersonAssessment { PersonId = World.Doctor.Id, Year = Year - 1, Grade = AssessmentGrade.Qualified });
        db.Users.Add(Account(Office, "卫生评委会办公室", AccountRole.CommitteeOffice, World.Health.Id, null));
        db.Users.Add(Account(Engineer, "王工程师", AccountRole.Applicant, null, World.Engineer.Id));
        var members = await db.CommitteeMembers.Where(m => m.CommitteeId == CommitteeId).OrderBy(m => m.Id).ToListAsync();
        var experts = new List<(int, string, string)>();
        foreach (var (member, i) in members.Select((m, i) => (m, i + 1)))
        {
            // TestYear put every expert at the applicants' hospital, which would recuse them all: each gets a hospital of their own.
            member.Employer = $"山西省第{i}人民医院";
            var userName = $"expert{i:00}";
            db.Users.Add(Account(userName, member.Name, AccountRole.Expert, null, null));
            experts.Add((member.Id, userName, member.Name));
        }
        await db.SaveChangesAsync();
        Experts = experts;
        foreach (var account in await db.Users.ToListAsync())
        {
            _tokens[account.UserName!] = await ApiTokens.IssueAsync(db, account);
        }
    }

    /// <summary>The office links each expert to their account (专家库), through the service.</summary>
    private async Task RosterAsync()
    {
        foreach (var (memberId, userName, _) in Experts)
        {
            await AsAsync(Office, (s, j) => s.GetRequiredService<ExpertPool>().LinkAccountAsync(j, CommitteeId, memberId, userName), "关联专家账号");
        }
    }

    /// <summary>
    /// Promotions of <paramref name="people"/> taken through the chain by the services: opened and submitted by the
    /// hospital's HR, publicised, recommended after the publicity, approved by the department and 盐湖区, checked and
    /// accepted by the office.
    /// </summary>
    private async Task<IReadOnlyList<TitleApplication>> AcceptAsync(IReadOnlyList<Person> people)
    {
        var moved = new List<TitleApplication>();
        await using (var hr = await DeskAsync(AccountRole.EmployerHr))
        {
            foreach (var person in people)
            {
                var created = Must(await hr.Applications.CreateAsync(hr.Jurisdiction,
                    new ApplicationRequest(person.Id, CommitteeId, Route.Promotion, TestYear.Series, TestYear.Specialty, TitleLevel.AssociateSenior)), "新建申报");
                created = Must(await hr.Applications.SubmitAsync(hr.Jurisdiction, created.Id, created.Version), "提交申报");
                moved.Add(Must(await hr.Publicity.StartAsync(hr.Jurisdiction, created.Id, created.Version, null), "单位公示"));
            }
        }
        Clock.Today = WorkingDayCalendar.China.AddWorkingDays(moved.Max(a => a.PublicityEnd!.Value), 1);
        foreach (var role in new[] { AccountRole.EmployerHr, AccountRole.DepartmentReviewer, AccountRole.CountyStaff })
        {
            await using var desk = await DeskAsync(role);
            for (var i = 0; i < moved.Count; i++)
            {
                moved[i] = Must(await desk.Review.ApproveAsync(desk.Jurisdiction, moved[i].Id, moved[i].Version, null, false), "审核通过");
            }
        }
        var accepted = new List<TitleApplication>();
        await using (var office = await DeskAsync(OfficeViewer()))
        {
            foreach (var application in moved)
            {
                var checkedOne = Must(await office.Qualification.CheckAsync(office.Jurisdiction, application.Id, application.Version), "资格审查");
                checkedOne.QualificationPassed.ShouldBe(true, checkedOne.QualificationSummary);
                accepted.Add(Must(await office.Review.ApproveAsync(office.Jurisdiction, checkedOne.Id, checkedOne.Version, null, false), "受理"));
            }
        }
        return [.. accepted.OrderBy(a => a.Id)];
    }

    /// <summary>A person like the doctor — the same titles, education, assessments and achievements — with an identity number of their own.</summary>
    private async Task<Person> DoctorLikeAsync(string name)
    {
        await using var db = Database.Open("test:setup", Clock);
        var doctor = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Titles).Include(p => p.Education).Include(p => p.Assessments)
            .Include(p => p.Achievements).SingleAsync(p => p.Id == World.Doctor.Id);
        var first17 = $"14080219880517{++_serial:D3}";
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

    private Viewer OfficeViewer()
    {
        using var db = Read();
        var account = db.Users.AsNoTracking().Single(a => a.UserName == Office);
        return new Viewer(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.PersonId);
    }

    private Task<Desk> DeskAsync(AccountRole role) => DeskAsync(Desk.ViewerOf(World, role));

    private Task<Desk> DeskAsync(Viewer viewer) => Desk.OpenAsync(Database, viewer, Clock, Factory.Services.GetRequiredService<PublishedStandards>());

    private static T Must<T>(Outcome<T> outcome, string step) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException($"MeetingSite：{step}被拒绝：{string.Join("；", outcome.Problems.Select(p => $"{p.Field} {p.Text}"))}");

    private static Account Account(string userName, string displayName, AccountRole role, int? organisation, int? person)
    {
        var account = new Account
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName, Role = role,
            OrganisationId = organisation, PersonId = person, LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, TestWorld.Password);
        return account;
    }

    /// <summary>The app on <paramref name="database"/>, reading time from <paramref name="clock"/>, its certificate key in <paramref name="keys"/>.</summary>
    private sealed class ClockedFactory(TestClock clock, TestDatabase database, string keys) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Zhicheng", database.ConnectionString);
            builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
            builder.UseSetting("Certificates:KeyDirectory", keys);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            });
        }
    }
}
