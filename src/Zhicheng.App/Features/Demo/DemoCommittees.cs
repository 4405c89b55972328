using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Standards;

namespace Zhicheng.App.Features.Demo;

/// <summary>
/// The demo city's year of evaluation work: the sample engineering standards published by the city bureau, and
/// four committees in the states a bureau meets — one filed with its plan approved, one whose filing runs out
/// within weeks and whose plan is still a draft, an employer's own committee whose filing awaits approval, and a
/// county committee suspended past its rectification deadline — each with a roster.
/// </summary>
internal static class DemoCommittees
{
    public const string Engineering = "运城市工程系列中级职称评审委员会";
    public const string Health = "运城市卫生系列中级职称评审委员会";
    public const string HospitalOwn = "运城市中心医院卫生系列初级职称评审委员会";
    public const string CountyTeachers = "盐湖区中小学教师系列中级职称评审委员会";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] Given = ["建国", "志强", "秀英", "丽华", "晓东", "海燕", "国庆", "文静", "振华", "玉兰", "卫东", "红霞", "立新", "春梅", "永刚"];

    public static async Task<int> CreateAsync(AppDbContext db, DemoOrganisations organisations, DateOnly today, Random random, CancellationToken cancellationToken)
    {
        var city = organisations.CityBureau;
        var published = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var standards = SampleStandards.Published.Select(s => new EvaluationStandard
        {
            Title = s.Title, Series = s.Series, Specialty = s.Specialty, Level = s.Level, Version = s.Version, InForceFrom = s.InForceFrom,
            OwnerUnitId = city.Id, ManagementLevel = ManagementLevel.City, ContentJson = StandardJson.Write(s.Content, indented: true),
            PublishedAt = published, PublishedBy = "王建军",
        }).ToList();
        db.Standards.AddRange(standards);
        await db.SaveChangesAsync(cancellationToken);

        var year = today.Year;
        var engineering = Committee(Engineering, city.Id, city.Id, CommitteeLevel.Intermediate, "工程系列", "", [city.Id], "全市各类用人单位的工程技术人员");
        var health = Committee(Health, organisations.Named("运城市卫生健康委员会").Id, city.Id, CommitteeLevel.Intermediate, "卫生系列", "临床医学、护理学、药学", [city.Id], "全市医疗卫生机构的卫生专业技术人员");
        var hospital = Committee(HospitalOwn, organisations.Named(DemoAccounts.Hospital).Id, city.Id, CommitteeLevel.Junior, "卫生系列", "临床医学、护理学", [organisations.Named(DemoAccounts.Hospital).Id], "本院在职在岗的卫生专业技术人员");
        var yanhu = organisations.CountyBureaus.Single(b => b.Organisation.Name.StartsWith("盐湖区", StringComparison.Ordinal)).Organisation;
        var teachers = Committee(CountyTeachers, organisations.Named("盐湖区教育局").Id, yanhu.Id, CommitteeLevel.Intermediate, "中小学教师系列", "", [yanhu.Id], "盐湖区中小学、幼儿园教师");
        db.Committees.AddRange(engineering, health, hospital, teachers);
        await db.SaveChangesAsync(cancellationToken);

        Approve(db, engineering, today.AddYears(-1).AddMonths(-2), "New");
        Approve(db, health, today.AddDays(45).AddYears(-3), "Expired");
        Approve(db, teachers, today.AddYears(-2), "New");
        db.CommitteeFilings.Add(Filing(hospital, FilingStatus.Submitted, "New", submittedAt: Noon(today.AddDays(-6))));
        teachers.Standing = CommitteeStanding.Suspended;
        teachers.RectifyBy = today.AddDays(-10);
        teachers.StandingReason = "评审材料审核把关不严，未按规定执行回避制度";
        foreach (var committee in new[] { engineering, health, hospital, teachers })
        {
            committee.Members.AddRange(Roster(committee, random, today));
        }
        var engineeringStandard = standards.Single(s => s.Level == TitleLevel.Intermediate);
        db.WorkPlans.Add(Plan(engineering.Id, year, PlanStatus.Approved, engineeringStandard.Id));
        db.WorkPlans.Add(Plan(health.Id, year, PlanStatus.Draft, null));
        await db.SaveChangesAsync(cancellationToken);
        return 4;
    }

    /// <summary>
    /// The demo expert (杨国华 of 运城市第一医院) joins the engineering committee's roster with their account, so that a
    /// panel drawn for its meetings can seat them and they can score and vote in their own session.
    /// </summary>
    public static async Task SeatExpertAsync(AppDbContext db, Features.Accounts.Account expert, DateOnly today, CancellationToken cancellationToken)
    {
        var engineering = await db.Committees.SingleAsync(c => c.Name == Engineering, cancellationToken);
        var start = new DateOnly(today.Year - 1, 1, 1);
        db.CommitteeMembers.Add(new CommitteeMember
        {
            CommitteeId = engineering.Id, Name = expert.DisplayName, Employer = "运城市第一医院", Specialty = "工程", TitleLevel = TitleLevel.Senior,
            TermStart = start, TermEnd = start.AddYears(3).AddDays(-1), AccountId = expert.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Committee Committee(string name, int founder, int supervisor, CommitteeLevel level, string series, string specialties, int[] scope, string scopeText) => new()
    {
        Name = name, FoundingUnitId = founder, SupervisingBureauId = supervisor, Level = level, Series = series, Specialties = specialties,
        Scope = [.. scope.Select(id => new CommitteeScopeUnit { OrganisationId = id })],
        StandingReason = scopeText,
    };

    private static CommitteeFiling Filing(Committee committee, FilingStatus status, string reasons, DateTimeOffset? submittedAt) => new()
    {
        CommitteeId = committee.Id, Status = status, Reasons = reasons, Name = committee.Name, Level = committee.Level, Series = committee.Series,
        Specialties = committee.Specialties, ScopeUnitIds = string.Join(",", committee.Scope.Select(s => s.OrganisationId)),
        ScopeText = committee.StandingReason ?? "", Conditions = $"执行《{committee.Series}专业技术人员职称评价标准》及省市有关规定。",
        Rules = "评审委员会章程、评审专家管理办法、回避制度、保密制度、评审工作纪律。", Office = $"{committee.Name}办公室（设在组建单位人事科）",
        SubmittedAt = submittedAt, SubmittedBy = submittedAt is null ? null : "陈晓东",
    };

    private static void Approve(AppDbContext db, Committee committee, DateOnly approvedOn, string reasons)
    {
        var filing = Filing(committee, FilingStatus.Approved, reasons, Noon(approvedOn.AddDays(-14)));
        filing.ApprovedOn = approvedOn;
        filing.ValidUntil = approvedOn.AddYears(3).AddDays(-1);
        filing.DecidedAt = Noon(approvedOn);
        filing.DecidedBy = "王建军";
        db.CommitteeFilings.Add(filing);
        db.SaveChanges();
        committee.CurrentFilingId = filing.Id;
        committee.FilingValidUntil = filing.ValidUntil;
        committee.StandingReason = null;
    }

    private static IEnumerable<CommitteeMember> Roster(Committee committee, Random random, DateOnly today)
    {
        var size = committee.Level == CommitteeLevel.Junior ? 9 : 15;
        var specialties = committee.Specialties.Length == 0 ? [committee.Series.Replace("系列", "", StringComparison.Ordinal)] : committee.Specialties.Split('、');
        var start = new DateOnly(today.Year - 1, 1, 1);
        for (var i = 0; i < size; i++)
        {
            yield return new CommitteeMember
            {
                Name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                Employer = "运城市" + (i % 3 == 0 ? "中心医院" : i % 3 == 1 ? "第一医院" : "职业技术学院"),
                Specialty = specialties[i % specialties.Length],
                TitleLevel = i % 4 == 0 ? TitleLevel.Senior : TitleLevel.AssociateSenior,
                TermStart = start, TermEnd = start.AddYears(3).AddDays(-1),
            };
        }
    }

    private static WorkPlan Plan(int committeeId, int year, PlanStatus status, int? standardId)
    {
        DateOnly On(int month, int day) => new(year, month, day);
        return new WorkPlan
        {
            CommitteeId = committeeId, Year = year, Status = status, StandardId = standardId,
            ApplicationOpens = On(8, 20), ApplicationCloses = On(9, 20), MaterialDeadline = On(9, 30), ReviewStart = On(10, 8), ReviewEnd = On(10, 31),
            MeetingDates = string.Join(",", new[] { On(11, 14), On(11, 15) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            PublicityStart = On(11, 18), PublicityEnd = On(11, 24), ResultsPublication = On(12, 20),
            RecommendationProcedure = "个人申报、单位公示推荐、主管部门审核、人社部门复核、评委会办公室受理。",
            WorkDiscipline = "严格执行回避和保密制度，评审专家和工作人员不得泄露评审情况，严禁弄虚作假。",
            SubmittedAt = status == PlanStatus.Draft ? null : Noon(On(7, 15)),
            DecidedAt = status == PlanStatus.Approved ? Noon(On(7, 30)) : null, DecidedBy = status == PlanStatus.Approved ? "王建军" : null,
        };
    }

    /// <summary>Noon in Beijing on <paramref name="day"/>, as UTC (PostgreSQL stores instants in UTC only).</summary>
    private static DateTimeOffset Noon(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
