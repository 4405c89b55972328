using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Tests.Shared;

/// <summary>
/// One evaluation year on a built <see cref="TestWorld"/>, set up through the services as the people in it would do
/// it: the health department (dept.reviewer) publishes a 卫生系列 副高级 standard in force from the year, founds a
/// senior committee for 临床医学 whose scope is the whole city, puts <see cref="RosterSize"/> experts on its roster and
/// submits its filing; the city bureau (city.admin) approves it; the department drafts and submits the year's work
/// plan against the standard (D = 09-30, meetings 11-14 and 11-15); the city bureau approves it. Every step that is
/// refused throws, naming the problems, so a broken setup never passes for a test's own failure.
/// </summary>
public sealed class TestYear
{
    public const string Series = "卫生系列";
    public const string Specialty = "临床医学";
    public const string CommitteeName = "运城市卫生系列临床医学高级职称评审委员会";
    public const string StandardTitle = "运城市卫生系列临床医学专业高级职称评价标准";

    /// <summary>The national minimum for a senior committee formed by specialty (MOHRSS-40-committee-size).</summary>
    public const int RosterSize = 11;

    public required int Year { get; init; }
    public required EvaluationStandard Standard { get; init; }
    public required Committee Committee { get; init; }
    public required CommitteeFiling Filing { get; init; }
    public required WorkPlan Plan { get; init; }

    /// <summary>The plan's D (申报材料收审截止日): 09-30 of the year.</summary>
    public DateOnly MaterialDeadline => Plan.MaterialDeadline!.Value;

    /// <summary>
    /// The year (default: the clock's) set up on <paramref name="world"/>. Pass the web app's
    /// <paramref name="published"/> catalogue so that the standard is in force there at once.
    /// </summary>
    public static async Task<TestYear> BuildAsync(TestDatabase database, TestWorld world, TimeProvider time, int? year = null, PublishedStandards? published = null)
    {
        var y = year ?? Desk.TodayOf(time).Year;
        var standard = await PublishStandardAsync(database, world, time, StandardTitle, y, published);
        var (committee, filing) = await FileCommitteeAsync(database, world, time, Particulars(world, CommitteeName));
        var plan = await ApprovePlanAsync(database, world, time, committee.Id, y, standard.Id);
        return new TestYear { Year = y, Standard = standard, Committee = committee, Filing = filing, Plan = plan };
    }

    /// <summary>The health department drafts and publishes a 卫生系列 副高级 standard (临床医学) with <see cref="Content"/>.</summary>
    public static async Task<EvaluationStandard> PublishStandardAsync(
        TestDatabase database, TestWorld world, TimeProvider time, string title, int inForceFrom, PublishedStandards? published = null)
    {
        await using var desk = await Desk.OpenAsync(database, world, AccountRole.DepartmentReviewer, time, published);
        var draft = Must(await desk.Standards.CreateAsync(desk.Jurisdiction,
            new StandardDraft(title, Series, Specialty, TitleLevel.AssociateSenior, inForceFrom, StandardJson.Write(Content()))), "起草评价标准");
        return Must(await desk.Standards.PublishAsync(desk.Jurisdiction, draft.Id), "发布评价标准");
    }

    /// <summary>
    /// The health department founds a committee with <paramref name="form"/>, adds <paramref name="rosterSize"/> experts
    /// in term from today and submits the filing; the city bureau approves it.
    /// </summary>
    public static async Task<(Committee Committee, CommitteeFiling Filing)> FileCommitteeAsync(
        TestDatabase database, TestWorld world, TimeProvider time, FilingForm form, int rosterSize = RosterSize)
    {
        int filingId;
        await using (var desk = await Desk.OpenAsync(database, world, AccountRole.DepartmentReviewer, time))
        {
            var draft = Must(await desk.Filings.CreateAsync(desk.Jurisdiction, world.Health.Id, form), "组建评委会");
            foreach (var member in Roster(desk.Today, rosterSize))
            {
                Must(await desk.Roster.AddAsync(desk.Jurisdiction, draft.CommitteeId, member), "添加评审专家");
            }
            filingId = Must(await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id), "报送备案").Id;
        }
        await using (var desk = await Desk.OpenAsync(database, world, AccountRole.CityAdmin, time))
        {
            var filing = Must(await desk.Filings.DecideFilingAsync(desk.Jurisdiction, filingId, approve: true, null), "核准备案");
            var committee = await desk.Committees.FindAsync(desk.Jurisdiction, filing.CommitteeId)
                ?? throw new InvalidOperationException("核准后找不到评委会");
            return (committee, filing);
        }
    }

    /// <summary>The health department drafts the plan with <see cref="Schedule"/> and submits it; the city bureau approves it.</summary>
    public static async Task<WorkPlan> ApprovePlanAsync(TestDatabase database, TestWorld world, TimeProvider time, int committeeId, int year, int standardId)
    {
        int planId;
        await using (var desk = await Desk.OpenAsync(database, world, AccountRole.DepartmentReviewer, time))
        {
            var plan = Must(await desk.Plans.CreateAsync(desk.Jurisdiction, committeeId, year), "制定工作方案");
            plan = Must(await desk.Plans.SaveAsync(desk.Jurisdiction, plan.Id, Schedule(year, standardId), plan.Version), "保存工作方案");
            planId = Must(await desk.Plans.SubmitAsync(desk.Jurisdiction, plan.Id), "报送工作方案").Id;
        }
        await using (var desk = await Desk.OpenAsync(database, world, AccountRole.CityAdmin, time))
        {
            return Must(await desk.Plans.DecideAsync(desk.Jurisdiction, planId, approve: true, null), "审批工作方案");
        }
    }

    /// <summary>
    /// The seven particulars of a senior 卫生系列 committee for 临床医学 (by specialty) taking applications from the
    /// whole city.
    /// </summary>
    public static FilingForm Particulars(TestWorld world, string name) => new()
    {
        Name = name, Level = CommitteeLevel.Senior, Series = Series, Specialties = Specialty,
        ScopeUnitIds = [world.City.Id], ScopeText = "全市医疗卫生机构在职在岗的临床医学专业技术人员",
        Conditions = "执行《运城市卫生系列临床医学专业高级职称评价标准》。", Rules = "评委会章程、专家管理办法、回避制度、保密制度。",
        Office = "运城市卫生健康委员会人事科",
    };

    /// <summary>A schedule that keeps every rule of N2024-4.6a/b: 申报 08-20…09-20, D 09-30, 审核 10-08…10-31, 会议 11-14、11-15, 公示 11-18…11-24, 公布 12-20.</summary>
    public static PlanForm Schedule(int year, int? standardId) => new()
    {
        ApplicationOpens = new(year, 8, 20), ApplicationCloses = new(year, 9, 20), MaterialDeadline = new(year, 9, 30),
        ReviewStart = new(year, 10, 8), ReviewEnd = new(year, 10, 31), Meetings = [new(year, 11, 14), new(year, 11, 15)],
        PublicityStart = new(year, 11, 18), PublicityEnd = new(year, 11, 24), ResultsPublication = new(year, 12, 20),
        StandardId = standardId,
        RecommendationProcedure = "个人申报，单位公示推荐，主管部门审核，人社部门复核，评委会办公室受理。",
        WorkDiscipline = "严格执行回避和保密制度，严禁弄虚作假。",
    };

    /// <summary><paramref name="count"/> experts of 临床医学 (副高级 and 正高级), each in term for three years from <paramref name="termStart"/>.</summary>
    public static IEnumerable<MemberForm> Roster(DateOnly termStart, int count) =>
        Enumerable.Range(1, count).Select(i => new MemberForm(
            $"专家{i:00}", "运城市中心医院", Specialty, i % 3 == 0 ? TitleLevel.Senior : TitleLevel.AssociateSenior, termStart, termStart.AddYears(3).AddDays(-1)));

    /// <summary>
    /// A standard that may be published at 副高级: the five dimensions weighted 10/15/30/30/15 (5 of it on papers), and
    /// 5 years at 中级, a bachelor's degree and <paramref name="minAchievements"/> achievements for a promotion.
    /// </summary>
    public static StandardContent Content(int minAchievements = 1) => new()
    {
        Indicators =
        [
            new(Dimension.MoralCharacter, "政治立场与医德医风", 10, EvidenceBasis.Performance, "坚持正确政治方向，遵纪守法"),
            new(Dimension.ProfessionalEthics, "职业操守", 15, EvidenceBasis.Performance, "恪守医疗卫生行业职业道德"),
            new(Dimension.ProfessionalAbility, "临床诊疗能力", 30, EvidenceBasis.Performance, "独立处理本专业常见病、多发病和疑难病例"),
            new(Dimension.TechnicalLevel, "技术创新与应用", 30, EvidenceBasis.Performance, "开展新技术、新项目并取得实效"),
            new(Dimension.AcademicInfluence, "带教与推广", 10, EvidenceBasis.Performance, "带教下级医师，推广适宜技术"),
            new(Dimension.AcademicInfluence, "学术论文", 5, EvidenceBasis.Papers, "代表性论文不作为必要条件"),
        ],
        Requirements = new()
        {
            TenureYears = 5, ExceptionalTenureYears = 3, MinEducation = Degree.Bachelor, MinAchievements = minAchievements,
            ExceptionalMinAchievements = 4, TransferPostYears = 1,
        },
        ExceptionalConditions = "取得重大临床技术突破的，可破格申报。",
    };

    /// <summary>A step of the setup that must succeed.</summary>
    private static T Must<T>(Outcome<T> outcome, string step) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException($"TestYear：{step}被拒绝：{string.Join("；", outcome.Problems.Select(p => $"{p.Field} {p.Text}"))}");
}

/// <summary>
/// One viewer at work: a context opened as them (the audit trail names their account), their jurisdiction, and the
/// year's services over that context, built as dependency injection builds them.
/// </summary>
public sealed class Desk : IAsyncDisposable
{
    private Desk(AppDbContext db, Jurisdiction jurisdiction, TimeProvider time, PolicyVersion policy, PublishedStandards published)
    {
        Db = db;
        Jurisdiction = jurisdiction;
        Time = time;
        Published = published;
        Committees = new CommitteeService(db, policy, time);
        Filings = new CommitteeFilings(db, Committees, policy, time);
        Roster = new CommitteeRoster(db, Committees, policy);
        Supervision = new CommitteeSupervision(db, time);
        Plans = new WorkPlanService(db, Committees, policy, time);
        Standards = new StandardService(db, published, time);
        Dashboard = new CommitteeDashboard(db, policy, time);
        var rules = new ApplicationRules(db, policy, time);
        var eligibility = new EligibilityService(new EligibilityEngine(policy), published);
        Applications = new ApplicationService(db, rules, eligibility, time);
        Review = new ApplicationReview(db, Applications, rules, policy, time);
        Publicity = new UnitPublicity(db, Applications, Review, policy, WorkingDayCalendar.China, time);
        Qualification = new QualificationCheck(db, Applications, Review, eligibility, policy, time);
        Materials = new ApplicationMaterials(db, Applications, new MaterialLimits(), time);
        Integrity = new IntegrityArchive(db, policy, time);
        Falsification = new Falsification(db, Applications, time);
        Units = new UnitSupervision(db, time);
    }

    public AppDbContext Db { get; }
    public Jurisdiction Jurisdiction { get; }
    public TimeProvider Time { get; }
    public PublishedStandards Published { get; }
    public CommitteeService Committees { get; }
    public CommitteeFilings Filings { get; }
    public CommitteeRoster Roster { get; }
    public CommitteeSupervision Supervision { get; }
    public WorkPlanService Plans { get; }
    public StandardService Standards { get; }
    public CommitteeDashboard Dashboard { get; }
    public ApplicationService Applications { get; }
    public ApplicationReview Review { get; }
    public UnitPublicity Publicity { get; }
    public QualificationCheck Qualification { get; }
    public ApplicationMaterials Materials { get; }
    public IntegrityArchive Integrity { get; }
    public Falsification Falsification { get; }
    public UnitSupervision Units { get; }

    /// <summary>Today as the services read it.</summary>
    public DateOnly Today => TodayOf(Time);

    public static DateOnly TodayOf(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public static Task<Desk> OpenAsync(TestDatabase database, TestWorld world, AccountRole role, TimeProvider time,
        PublishedStandards? published = null, PolicyVersion? policy = null) =>
        OpenAsync(database, ViewerOf(world, role), time, published, policy);

    /// <summary>A desk for any viewer (another county's staff, a second city account …).</summary>
    public static async Task<Desk> OpenAsync(TestDatabase database, Viewer viewer, TimeProvider time,
        PublishedStandards? published = null, PolicyVersion? policy = null)
    {
        var db = database.Open(viewer.AuditName, time);
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer);
        return new Desk(db, jurisdiction, time, policy ?? PolicyVersion.N2024, published ?? new PublishedStandards());
    }

    public static Viewer ViewerOf(TestWorld world, AccountRole role)
    {
        var account = world.Accounts[role];
        return new Viewer(account.Id, account.DisplayName, role, account.OrganisationId, account.PersonId);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}

/// <summary>A clock that reads a day the test sets, at 10:00 in 运城 (UTC+8), for rules that turn on the date.</summary>
public sealed class TestClock(DateOnly today) : TimeProvider
{
    private static readonly TimeZoneInfo Yuncheng = TimeZoneInfo.CreateCustomTimeZone("UTC+08 运城", TimeSpan.FromHours(8), "运城", "运城");

    public DateOnly Today { get; set; } = today;

    public override TimeZoneInfo LocalTimeZone => Yuncheng;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
