using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.People;
using Zhicheng.App.Tests.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// The 2025 year of <see cref="ApplicationServiceTest"/> ready for its meetings: the approved plan meets on
/// <see cref="MeetingDay"/> (Fri 11-14) and on the evaluation deadline <see cref="DeadlineDay"/> (11-30); the
/// committee's roster is <see cref="RosterSize"/> experts of 临床医学 (副高级 or 正高级, in term from 2025-03-10 for three
/// years), each at a hospital of their own (none at the applicants' 运城市中心医院) and linked to an expert account of
/// their own; <see cref="ApplicantCount"/> doctors of 中心医院 have their promotions accepted — written in the Accepted
/// stage, or taken through the whole chain when <see cref="ThroughServices"/> (a journey). The clock then stands on
/// <see cref="PrepDay"/>, when the office schedules and draws; the flow helpers (the other part of this class) move it to
/// the meeting day for the ballot and on to the publicity and the confirmation.
/// </summary>
public abstract partial class MeetingServiceTest : ApplicationServiceTest
{
    /// <summary>Mon 2025-11-03: the office schedules the meeting and draws its panel.</summary>
    public static readonly DateOnly PrepDay = new(2025, 11, 3);

    /// <summary>Fri 2025-11-14: the first meeting date of the plan; the ballot is held on it.</summary>
    public static readonly DateOnly MeetingDay = new(2025, 11, 14);

    /// <summary>2025-11-30: the second meeting date of the plan, and the evaluation deadline (N2024-4.6a).</summary>
    public static readonly DateOnly DeadlineDay = new(2025, 11, 30);

    /// <summary>Mon 2025-11-17: the office publicises the results (5 working days: to Fri 11-21).</summary>
    public static readonly DateOnly PublicityDay = new(2025, 11, 17);

    /// <summary>Mon 2025-11-24: the first day after the publicity; the city bureau confirms.</summary>
    public static readonly DateOnly ConfirmDay = new(2025, 11, 24);

    public const string Place = "运城市人社局三楼评审室";

    public const string DocumentNumber = "运人社职称〔2025〕18号";

    private static readonly ConcurrentDictionary<Type, CertificateSigner> Signers = new();

    /// <summary>How many experts the committee's roster holds.</summary>
    protected virtual int RosterSize => 12;

    /// <summary>How many applications are accepted before the test starts.</summary>
    protected virtual int ApplicantCount => 4;

    /// <summary>
    /// Whether the world is made through the services (applications taken through the whole review chain, experts linked
    /// by the office) — a journey's few seconds more — or written directly with what the meeting services read.
    /// </summary>
    protected virtual bool ThroughServices => false;

    /// <summary>The roster, in member id order, each with the account they vote with.</summary>
    protected IReadOnlyList<Expert> Experts { get; private set; } = [];

    /// <summary>The accepted applications, in id order.</summary>
    protected IReadOnlyList<TitleApplication> Accepted { get; private set; } = [];

    /// <summary>The signer of this test class: its key lives in a temporary directory of the class's own.</summary>
    protected CertificateSigner Signer => Signers.GetOrAdd(GetType(), _ => new CertificateSigner(new CertificateOptions { KeyDirectory = KeyDirectory() }));

    protected Viewer CityAdmin => Desk.ViewerOf(World, AccountRole.CityAdmin);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await MeetingDatesAsync(MeetingDay, DeadlineDay);
        Experts = await RosterAsync(RosterSize);
        Accepted = await AcceptedAsync(ApplicantCount, 500);
        Clock.Today = PrepDay;
    }

    /// <summary>An expert of the roster and their account as a viewer.</summary>
    protected sealed record Expert(int MemberId, string Name, Viewer Viewer);

    protected Task<MeetingDesk> Meet(Viewer viewer) => MeetingDesk.OpenAsync(Database, viewer, Clock, Signer, Published);

    protected Task<MeetingDesk> Meet(AccountRole role) => Meet(Desk.ViewerOf(World, role));

    protected Expert ExpertOf(PanelSeat seat) => Experts.Single(e => e.MemberId == seat.MemberId);

    /// <summary>Sets the approved plan's meeting dates (the plan was approved with 11-14 and 11-15).</summary>
    protected async Task MeetingDatesAsync(params DateOnly[] days)
    {
        var dates = string.Join(",", days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await using var db = Read();
        await db.WorkPlans.Where(p => p.Id == Setup.Plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.MeetingDates, dates));
    }

    /// <summary>
    /// The roster made <paramref name="size"/> experts at hospitals other than the applicants' (TestYear put all 11 at
    /// 中心医院, so their employers are changed in place), the rest added by the department, each linked to an expert
    /// account of their own — by the office through <see cref="ExpertPool.LinkAccountAsync"/> when
    /// <see cref="ThroughServices"/>, else written in one go.
    /// </summary>
    private async Task<IReadOnlyList<Expert>> RosterAsync(int size)
    {
        await using (var db = Read())
        {
            var members = await db.CommitteeMembers.Where(m => m.CommitteeId == Setup.Committee.Id).OrderBy(m => m.Id).ToListAsync();
            for (var i = 0; i < members.Count; i++)
            {
                members[i].Employer = EmployerOf(i + 1);
            }
            await db.SaveChangesAsync();
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            for (var i = TestYear.RosterSize + 1; i <= size; i++)
            {
                (await dept.Roster.AddAsync(dept.Jurisdiction, Setup.Committee.Id, new MemberForm(
                    $"专家{i:00}", EmployerOf(i), TestYear.Specialty, i % 3 == 0 ? TitleLevel.Senior : TitleLevel.AssociateSenior,
                    YearServiceTest.Start, YearServiceTest.Start.AddYears(3).AddDays(-1)))).ShouldSucceed();
            }
        }
        List<(CommitteeMember Member, Account Account)> linked;
        await using (var db = Read())
        {
            var roster = await db.CommitteeMembers.Where(m => m.CommitteeId == Setup.Committee.Id).OrderBy(m => m.Id).ToListAsync();
            linked = [.. roster.Select((m, i) => (m, new Account
            {
                UserName = $"expert{i + 1:00}", NormalizedUserName = $"EXPERT{i + 1:00}", DisplayName = m.Name, Role = AccountRole.Expert,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            }))];
            db.Users.AddRange(linked.Select(l => l.Account));
            await db.SaveChangesAsync();
            if (!ThroughServices)
            {
                foreach (var (member, account) in linked)
                {
                    member.AccountId = account.Id;
                }
                await db.SaveChangesAsync();
            }
        }
        if (ThroughServices)
        {
            await using var office = await Meet(Office);
            foreach (var (member, account) in linked)
            {
                (await office.Pool.LinkAccountAsync(office.Jurisdiction, Setup.Committee.Id, member.Id, account.UserName)).ShouldSucceed();
            }
        }
        return [.. linked.Select(l => new Expert(l.Member.Id, l.Member.Name, new Viewer(l.Account.Id, l.Member.Name, AccountRole.Expert, null, null)))];
    }

    private static string EmployerOf(int i) => $"山西省第{i}人民医院";

    /// <summary>
    /// <paramref name="count"/> doctors of 中心医院 like the doctor (identity serials from <paramref name="serial"/> + 1), each
    /// with a promotion to 副高级 临床医学 accepted at the committee (the year's by default): taken through the whole chain
    /// when <see cref="ThroughServices"/>, else written in the Accepted stage with what the meeting services read.
    /// </summary>
    protected async Task<List<TitleApplication>> AcceptedAsync(int count, int serial, int? committeeId = null)
    {
        var people = new List<Person>();
        for (var i = 1; i <= count; i++)
        {
            people.Add(await DoctorLikeAsync($"申报人{serial + i}", serial + i));
        }
        return ThroughServices
            ? await AcceptedThroughServicesAsync(people, committeeId ?? Setup.Committee.Id)
            : await AcceptedDirectlyAsync(people, committeeId ?? Setup.Committee.Id);
    }

    private async Task<List<TitleApplication>> AcceptedDirectlyAsync(List<Person> people, int committeeId)
    {
        await using var db = Read();
        var now = Clock.GetUtcNow();
        var applications = people.Select(p => new TitleApplication
        {
            PersonId = p.Id, CommitteeId = committeeId, Year = Year, Route = Route.Promotion, Series = TestYear.Series, Specialty = TestYear.Specialty,
            Level = TitleLevel.AssociateSenior, Channel = Channel.Employer, UnitId = p.UnitId, Stage = ApplicationStage.Accepted, StepIndex = 4,
            QualificationCheckedAt = now, QualificationPassed = true, QualificationSummary = "符合申报条件", CreatedBy = "test", CreatedAt = now,
            SubmittedAt = now, UpdatedAt = now,
        }).ToList();
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync();
        foreach (var application in applications)
        {
            application.Number = $"SB{Year}-{application.Id:D6}";
        }
        await db.SaveChangesAsync();
        return [.. applications.OrderBy(a => a.Id)];
    }

    /// <summary>Submitted by HR, publicised, approved by the hospital, the department and 盐湖区, checked and accepted by the office.</summary>
    private async Task<List<TitleApplication>> AcceptedThroughServicesAsync(List<Person> people, int committeeId)
    {
        var today = Clock.Today;
        Clock.Today = WindowDay;
        var submitted = new List<TitleApplication>();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            foreach (var person in people)
            {
                var created = (await hr.Applications.CreateAsync(hr.Jurisdiction, Promotion(person) with { CommitteeId = committeeId })).ShouldSucceed();
                submitted.Add((await hr.Applications.SubmitAsync(hr.Jurisdiction, created.Id, created.Version)).ShouldSucceed());
            }
        }
        var moved = await ToOfficeAsync([.. submitted]);
        var accepted = new List<TitleApplication>();
        await using (var office = await As(Office))
        {
            foreach (var application in moved)
            {
                var checkedOne = (await office.Qualification.CheckAsync(office.Jurisdiction, application.Id, application.Version)).ShouldSucceed();
                checkedOne.QualificationPassed.ShouldBe(true, checkedOne.QualificationSummary);
                accepted.Add((await office.Review.ApproveAsync(office.Jurisdiction, checkedOne.Id, checkedOne.Version, null, false)).ShouldSucceed());
            }
        }
        if (today > Clock.Today)
        {
            Clock.Today = today;
        }
        accepted.ShouldAllBe(a => a.Stage == ApplicationStage.Accepted);
        return [.. accepted.OrderBy(a => a.Id)];
    }

    private static string KeyDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "zhicheng-keys-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return directory;
    }
}
