using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Benchmarks.Applications;

/// <summary>
/// The year's setup for the applications benchmark, through the services as the people in it would do it (as
/// tests/Shared/TestYear.cs does): a department publishes its standard, founds a senior committee whose scope is the
/// whole city, puts 11 experts on its roster and submits its filing; the city bureau approves it; the department
/// drafts and submits the year's work plan (D = 09-30); the city bureau approves it. A refusal throws.
/// </summary>
internal static class BenchYear
{
    public sealed record Field(string Series, string Specialty, string Specialties, string CommitteeName, string StandardTitle, string Office, string Expert);

    public static readonly Field Health = new("卫生系列", "临床医学", "临床医学", "运城市卫生系列临床医学高级职称评审委员会",
        "运城市卫生系列临床医学专业高级职称评价标准", "运城市卫生健康委员会人事科", "运城市中心医院");

    public static readonly Field Schools = new("中小学教师", "数学", "语文、数学、英语", "运城市中小学教师高级职称评审委员会",
        "运城市中小学教师数学专业高级职称评价标准", "运城市教育局人事科", "运城市康杰中学");

    /// <summary>Publishes the standard, files the committee and approves the plan; returns (committee id, plan id, standard id).</summary>
    public static async Task<(int Committee, int Plan, int Standard)> BuildAsync(string connection, Field field, Viewer department, Viewer city, int year, TimeProvider time)
    {
        var policy = PolicyVersion.N2024;
        var published = new PublishedStandards();
        int standardId, filingId, committeeId, planId;
        await using (var db = Database.Open(connection, department.Name, time))
        {
            var j = await Jurisdiction.ForAsync(db, department);
            var standards = new StandardService(db, published, time);
            var draft = Must(await standards.CreateAsync(j, new StandardDraft(field.StandardTitle, field.Series, field.Specialty, TitleLevel.AssociateSenior, year,
                StandardJson.Write(Content()))), "起草评价标准");
            standardId = Must(await standards.PublishAsync(j, draft.Id), "发布评价标准").Id;
            var committees = new CommitteeService(db, policy, time);
            var filings = new CommitteeFilings(db, committees, policy, time);
            var roster = new CommitteeRoster(db, committees, policy);
            var filing = Must(await filings.CreateAsync(j, department.OrganisationId!.Value, Particulars(field)), "组建评委会");
            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            for (var i = 1; i <= 11; i++)
            {
                Must(await roster.AddAsync(j, filing.CommitteeId, new MemberForm($"专家{i:00}", field.Expert, field.Specialty,
                    i % 3 == 0 ? TitleLevel.Senior : TitleLevel.AssociateSenior, today, today.AddYears(3).AddDays(-1))), "添加评审专家");
            }
            filingId = Must(await filings.SubmitFilingAsync(j, filing.Id), "报送备案").Id;
        }
        await using (var db = Database.Open(connection, city.Name, time))
        {
            var j = await Jurisdiction.ForAsync(db, city);
            var filing = Must(await new CommitteeFilings(db, new CommitteeService(db, policy, time), policy, time).DecideFilingAsync(j, filingId, approve: true, null), "核准备案");
            committeeId = filing.CommitteeId;
        }
        await using (var db = Database.Open(connection, department.Name, time))
        {
            var j = await Jurisdiction.ForAsync(db, department);
            var plans = new WorkPlanService(db, new CommitteeService(db, policy, time), policy, time);
            var plan = Must(await plans.CreateAsync(j, committeeId, year), "制定工作方案");
            plan = Must(await plans.SaveAsync(j, plan.Id, Schedule(year, standardId), plan.Version), "保存工作方案");
            planId = Must(await plans.SubmitAsync(j, plan.Id), "报送工作方案").Id;
        }
        await using (var db = Database.Open(connection, city.Name, time))
        {
            var j = await Jurisdiction.ForAsync(db, city);
            Must(await new WorkPlanService(db, new CommitteeService(db, policy, time), policy, time).DecideAsync(j, planId, approve: true, null), "审批工作方案");
        }
        return (committeeId, planId, standardId);
    }

    /// <summary>The department opens the year's applications (on a day inside the window).</summary>
    public static async Task OpenApplicationsAsync(string connection, Viewer department, int committeeId, int year, TimeProvider time)
    {
        var policy = PolicyVersion.N2024;
        await using var db = Database.Open(connection, department.Name, time);
        var j = await Jurisdiction.ForAsync(db, department);
        Must(await new WorkPlanService(db, new CommitteeService(db, policy, time), policy, time).OpenApplicationsAsync(j, committeeId, year), "开始受理申报");
    }

    private static FilingForm Particulars(Field field) => new()
    {
        Name = field.CommitteeName, Level = CommitteeLevel.Senior, Series = field.Series, Specialties = field.Specialties,
        ScopeUnitIds = [1], ScopeText = "全市在职在岗的专业技术人员",
        Conditions = $"执行《{field.StandardTitle}》。", Rules = "评委会章程、专家管理办法、回避制度、保密制度。", Office = field.Office,
    };

    private static PlanForm Schedule(int year, int standardId) => new()
    {
        ApplicationOpens = new(year, 8, 20), ApplicationCloses = new(year, 9, 20), MaterialDeadline = new(year, 9, 30),
        ReviewStart = new(year, 10, 8), ReviewEnd = new(year, 10, 31), Meetings = [new(year, 11, 14), new(year, 11, 15)],
        PublicityStart = new(year, 11, 18), PublicityEnd = new(year, 11, 24), ResultsPublication = new(year, 12, 20),
        StandardId = standardId,
        RecommendationProcedure = "个人申报，单位公示推荐，主管部门审核，人社部门复核，评委会办公室受理。",
        WorkDiscipline = "严格执行回避和保密制度，严禁弄虚作假。",
    };

    /// <summary>As TestYear.Content: 5 years at 中级, a bachelor's degree and one achievement for a promotion.</summary>
    private static StandardContent Content() => new()
    {
        Indicators =
        [
            new(Dimension.MoralCharacter, "政治立场与职业道德", 10, EvidenceBasis.Performance, "坚持正确政治方向，遵纪守法"),
            new(Dimension.ProfessionalEthics, "职业操守", 15, EvidenceBasis.Performance, "恪守行业职业道德"),
            new(Dimension.ProfessionalAbility, "专业能力", 30, EvidenceBasis.Performance, "独立解决本专业常见和疑难问题"),
            new(Dimension.TechnicalLevel, "技术创新与应用", 30, EvidenceBasis.Performance, "开展新技术、新项目并取得实效"),
            new(Dimension.AcademicInfluence, "带教与推广", 10, EvidenceBasis.Performance, "指导青年人员，推广适宜技术"),
            new(Dimension.AcademicInfluence, "学术论文", 5, EvidenceBasis.Papers, "代表性论文不作为必要条件"),
        ],
        Requirements = new()
        {
            TenureYears = 5, ExceptionalTenureYears = 3, MinEducation = Degree.Bachelor, MinAchievements = 1,
            ExceptionalMinAchievements = 4, TransferPostYears = 1,
        },
        ExceptionalConditions = "取得重大技术突破的，可破格申报。",
    };

    private static T Must<T>(Outcome<T> outcome, string step) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException($"{step}被拒绝：{string.Join("；", outcome.Problems.Select(p => $"{p.Field} {p.Text}"))}");
}

/// <summary>A fixed day at 10:00 in 运城 (UTC+8), as the tests' clock.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    private static readonly TimeZoneInfo Yuncheng = TimeZoneInfo.CreateCustomTimeZone("UTC+08 运城", TimeSpan.FromHours(8), "运城", "运城");

    public DateOnly Today { get; set; } = today;

    public override TimeZoneInfo LocalTimeZone => Yuncheng;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
