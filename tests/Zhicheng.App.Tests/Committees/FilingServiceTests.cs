using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Committees;

/// <summary>
/// A committee's filing from draft to approval (N2024-2.1 – 2.3, MOHRSS-40): who may found and file, what a submission
/// needs, who may decide, and that a refused request writes nothing.
/// </summary>
public sealed class FilingServiceTests : YearServiceTest
{
    private FilingForm Senior(string name = "运城市卫生系列临床医学高级职称评审委员会") => TestYear.Particulars(World, name);

    /// <summary>An intermediate committee founded by the hospital (supervised by 盐湖区), taking the given units.</summary>
    private FilingForm HospitalOwn(params int[] scope) => TestYear.Particulars(World, "运城市中心医院卫生系列中级职称评审委员会") with
    {
        Level = CommitteeLevel.Intermediate, Specialties = "", ScopeUnitIds = scope.Length == 0 ? [World.Hospital.Id] : scope,
    };

    [Fact]
    public async Task Create_ByTheHealthDepartment_DraftForNewCommitteeUnderTheCityBureau()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);

        var filing = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();

        filing.Status.ShouldBe(FilingStatus.Draft);
        filing.Reasons.ShouldBe("New");
        await using var db = Read();
        var committee = await db.Committees.SingleAsync(c => c.Id == filing.CommitteeId);
        committee.FoundingUnitId.ShouldBe(World.Health.Id);
        committee.SupervisingBureauId.ShouldBe(World.City.Id);
        committee.CurrentFilingId.ShouldBeNull();
        committee.Standing.ShouldBe(CommitteeStanding.Active);
    }

    [Fact]
    public async Task Create_PowerDelegated_ReasonsNewAndDelegated()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);

        var filing = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior() with { PowerDelegated = true })).ShouldSucceed();

        filing.Reasons.ShouldBe("New,Delegated");
        FilingLabels.Reasons(filing.Reasons).ShouldBe("新组建、评审权下放");
    }

    [Fact]
    public async Task Create_IntermediateByAnEmployer_SupervisedByItsCountyBureau()
    {
        await using var desk = await As(AccountRole.EmployerHr);

        var filing = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Hospital.Id, HospitalOwn())).ShouldSucceed();

        await using var db = Read();
        (await db.Committees.SingleAsync(c => c.Id == filing.CommitteeId)).SupervisingBureauId.ShouldBe(World.Yanhu.Id);
    }

    [Fact]
    public async Task Create_FoundingUnitOutsideTheJurisdiction_RefusedAndNothingWritten()
    {
        await using var desk = await As(AccountRole.CountyStaff);

        var outcome = await desk.Filings.CreateAsync(desk.Jurisdiction, World.School.Id, Senior());

        outcome.ShouldBeRefused("foundingUnitId", ClauseIds.FilingContents).Message.ShouldBe("组建单位不存在或不在您的管辖范围内");
        await using var db = Read();
        (await db.Committees.CountAsync()).ShouldBe(0);
        (await db.CommitteeFilings.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    public async Task Create_ByARoleThatDoesNotManageCommittees_Refused(AccountRole role)
    {
        await using var desk = await As(role);

        var outcome = await desk.Filings.CreateAsync(desk.Jurisdiction, World.Hospital.Id, HospitalOwn());

        outcome.ShouldBeRefused("", null).Message.ShouldBe("您的角色不能组建评委会");
    }

    [Fact]
    public async Task Create_NameAlreadyUsed_RefusedAtName()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);
        (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();

        var outcome = await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior() with { Name = " 运城市卫生系列临床医学高级职称评审委员会 " });

        outcome.ShouldBeRefused("name", ClauseIds.FilingContents).Message.ShouldBe("已有名为“运城市卫生系列临床医学高级职称评审委员会”的评委会");
    }

    [Fact]
    public async Task Submit_ParticularsMissing_EachNamedAtOnceAndNothingChanges()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);
        var draft = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id,
            new FilingForm { Name = "运城市卫生系列中级职称评审委员会", Level = CommitteeLevel.Intermediate, Series = "卫生系列" })).ShouldSucceed();

        var outcome = await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Problems.Select(p => p.Field).ShouldBe(["scope", "conditions", "rules", "office"]);
        outcome.Problems.ShouldAllBe(p => p.ClauseId == ClauseIds.FilingContents);
        outcome.Problems.Select(p => p.Text).ShouldContain("备案内容缺少“办事机构”（N2024-2.3）");
        await using var db = Read();
        var stored = await db.CommitteeFilings.SingleAsync(f => f.Id == draft.Id);
        stored.Status.ShouldBe(FilingStatus.Draft);
        stored.SubmittedAt.ShouldBeNull();
        stored.Version.ShouldBe(draft.Version);
    }

    [Fact]
    public async Task Submit_SeniorBySpecialtyWithTenExpertsInTerm_RefusedNamingTheSize()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);
        var draft = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();
        foreach (var member in TestYear.Roster(desk.Today, 10))
        {
            (await desk.Roster.AddAsync(desk.Jurisdiction, draft.CommitteeId, member)).ShouldSucceed();
        }
        // An expert whose term is over does not count.
        (await desk.Roster.AddAsync(desk.Jurisdiction, draft.CommitteeId,
            new MemberForm("往届专家", "运城市中心医院", "临床医学", Domain.Eligibility.TitleLevel.Senior, new(2021, 1, 1), new(2023, 12, 31)))).ShouldSucceed();

        var refused = await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id);

        refused.ShouldBeRefused("members", ClauseIds.NationalCommitteeSize).Message.ShouldBe("高级评委会（按专业组建）评审专家不少于 11 人，现有在任专家 10 人");
        (await desk.Roster.AddAsync(desk.Jurisdiction, draft.CommitteeId, TestYear.Roster(desk.Today, 11).Last())).ShouldSucceed();
        (await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id)).ShouldSucceed().Status.ShouldBe(FilingStatus.Submitted);
    }

    [Fact]
    public async Task Submit_SeniorBySeries_NeedsTwentyFive()
    {
        await using var desk = await As(AccountRole.DepartmentReviewer);
        var draft = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Health.Id, Senior() with { Specialties = "" })).ShouldSucceed();
        foreach (var member in TestYear.Roster(desk.Today, 11))
        {
            (await desk.Roster.AddAsync(desk.Jurisdiction, draft.CommitteeId, member)).ShouldSucceed();
        }

        var refused = await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id);

        refused.ShouldBeRefused("members", ClauseIds.NationalCommitteeSize).Message.ShouldBe("高级评委会（按系列组建）评审专家不少于 25 人，现有在任专家 11 人");
    }

    [Fact]
    public async Task Submit_ScopeNamesAUnitThatDoesNotExist_Refused()
    {
        await using var desk = await As(AccountRole.EmployerHr);
        var draft = (await desk.Filings.CreateAsync(desk.Jurisdiction, World.Hospital.Id, HospitalOwn(World.Hospital.Id, 987_654))).ShouldSucceed();

        var refused = await desk.Filings.SubmitFilingAsync(desk.Jurisdiction, draft.Id);

        refused.ShouldBeRefused("scopeUnitIds", ClauseIds.FilingContents).Message.ShouldBe("评审范围中的单位（编号 987654）不存在");
    }

    [Fact]
    public async Task Approve_ByTheSupervisingBureau_ValidForThreeYearsLessADayAndTheCommitteeTakesTheParticulars()
    {
        var filingId = await SubmittedSeniorAsync();
        Clock.Today = new DateOnly(2025, 4, 1);
        await using var city = await As(AccountRole.CityAdmin);

        var approved = (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: true, null)).ShouldSucceed();

        approved.Status.ShouldBe(FilingStatus.Approved);
        approved.ApprovedOn.ShouldBe(new DateOnly(2025, 4, 1));
        approved.ValidUntil.ShouldBe(new DateOnly(2028, 3, 31));
        approved.DecidedBy.ShouldBe("市局管理员");
        await using var db = Read();
        var committee = await db.Committees.Include(c => c.Scope).SingleAsync(c => c.Id == approved.CommitteeId);
        committee.CurrentFilingId.ShouldBe(filingId);
        committee.FilingValidUntil.ShouldBe(new DateOnly(2028, 3, 31));
        committee.Scope.Select(s => s.OrganisationId).ShouldBe([World.City.Id]);
        (await city.Committees.GateAsync(committee, CommitteeAction.OpenApplications, Year)).ShouldNotBeNull().ClauseId.ShouldBe(ClauseIds.WorkPlan);
    }

    [Fact]
    public async Task Return_WithoutComments_RefusedAndStillSubmitted()
    {
        var filingId = await SubmittedSeniorAsync();
        await using var city = await As(AccountRole.CityAdmin);

        var refused = await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: false, "  ");

        refused.ShouldBeRefused("comments", null).Message.ShouldBe("退回修改须写明意见");
        await using var db = Read();
        (await db.CommitteeFilings.SingleAsync(f => f.Id == filingId)).Status.ShouldBe(FilingStatus.Submitted);
    }

    [Fact]
    public async Task Return_WithComments_CorrectedResubmittedAndApproved()
    {
        var filingId = await SubmittedSeniorAsync();
        await using (var city = await As(AccountRole.CityAdmin))
        {
            var returned = (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: false, "办事机构请写明联系电话")).ShouldSucceed();
            returned.Status.ShouldBe(FilingStatus.Returned);
            returned.Comments.ShouldBe("办事机构请写明联系电话");
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            var filing = await dept.Db.CommitteeFilings.AsNoTracking().SingleAsync(f => f.Id == filingId);
            (await dept.Filings.SaveFilingAsync(dept.Jurisdiction, filingId, Senior() with { Office = "运城市卫生健康委员会人事科（0359-1234567）" }, filing.Version)).ShouldSucceed();
            (await dept.Filings.SubmitFilingAsync(dept.Jurisdiction, filingId)).ShouldSucceed().Status.ShouldBe(FilingStatus.Submitted);
        }
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: true, null)).ShouldSucceed().Office.ShouldContain("0359-1234567");
        }
    }

    [Fact]
    public async Task Approve_OnesOwnSubmission_RefusedAndAnotherOfTheBureauMayApprove()
    {
        int filingId;
        await using (var yanhu = await As(AccountRole.CountyStaff))
        {
            var draft = (await yanhu.Filings.CreateAsync(yanhu.Jurisdiction, World.Hospital.Id, HospitalOwn())).ShouldSucceed();
            filingId = (await yanhu.Filings.SubmitFilingAsync(yanhu.Jurisdiction, draft.Id)).ShouldSucceed().Id;

            var refused = await yanhu.Filings.DecideFilingAsync(yanhu.Jurisdiction, filingId, approve: true, null);

            refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("不能审核本单位组建或本人报送的评委会备案，应由上级人社部门或其他经办人审核");
        }
        await using var other = await As(OtherYanhuStaff);
        (await other.Filings.DecideFilingAsync(other.Jurisdiction, filingId, approve: true, null)).ShouldSucceed().ValidUntil.ShouldBe(new DateOnly(2028, 3, 9));
    }

    [Fact]
    public async Task Approve_AColleagueWithTheSameDisplayName_IsNotTheSubmitter()
    {
        int filingId;
        await using (var yanhu = await As(AccountRole.CountyStaff))
        {
            var draft = (await yanhu.Filings.CreateAsync(yanhu.Jurisdiction, World.Hospital.Id, HospitalOwn())).ShouldSucceed();
            filingId = (await yanhu.Filings.SubmitFilingAsync(yanhu.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using var namesake = await As(OtherYanhuStaff with { Name = Desk.ViewerOf(World, AccountRole.CountyStaff).Name });

        (await namesake.Filings.DecideFilingAsync(namesake.Jurisdiction, filingId, approve: true, null)).ShouldSucceed().Status.ShouldBe(FilingStatus.Approved);
    }

    [Fact]
    public async Task Approve_CountyBureausOwnCommittee_RefusedThereAndLeftToTheCity()
    {
        int filingId;
        await using (var hr = await As(AccountRole.CountyStaff))
        {
            var form = HospitalOwn(World.Yanhu.Id) with { Name = "盐湖区卫生系列中级职称评审委员会" };
            var draft = (await hr.Filings.CreateAsync(hr.Jurisdiction, World.Yanhu.Id, form)).ShouldSucceed();
            filingId = (await hr.Filings.SubmitFilingAsync(hr.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using (var other = await As(OtherYanhuStaff))
        {
            var refused = await other.Filings.DecideFilingAsync(other.Jurisdiction, filingId, approve: true, null);

            refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("只有负责核准备案的人社部门可以审核备案");
        }
        await using var city = await As(AccountRole.CityAdmin);
        (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: true, null)).ShouldSucceed();
    }

    [Fact]
    public async Task Approve_TheCityBureausOwnCommitteeSubmittedByItsOffice_Allowed()
    {
        int filingId;
        await using (var office = await As(AccountRole.CommitteeOffice))
        {
            var form = HospitalOwn(World.City.Id) with { Name = "运城市工程系列中级职称评审委员会", Series = "工程系列" };
            var draft = (await office.Filings.CreateAsync(office.Jurisdiction, World.City.Id, form)).ShouldSucceed();
            filingId = (await office.Filings.SubmitFilingAsync(office.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: true, null)).ShouldSucceed().Status.ShouldBe(FilingStatus.Approved);
    }

    [Fact]
    public async Task Approve_ScopeReachingOutsideTheApproversJurisdiction_RefusedNamingTheUnitsAndNothingWritten()
    {
        int filingId;
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            var draft = (await hr.Filings.CreateAsync(hr.Jurisdiction, World.Hospital.Id, HospitalOwn(World.Hospital.Id, World.School.Id))).ShouldSucceed();
            filingId = (await hr.Filings.SubmitFilingAsync(hr.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using var yanhu = await As(AccountRole.CountyStaff);

        var refused = await yanhu.Filings.DecideFilingAsync(yanhu.Jurisdiction, filingId, approve: true, null);

        refused.ShouldBeRefused("scopeUnitIds", ClauseIds.FilingContents).Message.ShouldBe("评审范围超出您的管辖范围：永济市第一中学");
        await using var db = Read();
        (await db.CommitteeFilings.SingleAsync(f => f.Id == filingId)).Status.ShouldBe(FilingStatus.Submitted);
        (await db.CommitteeFilings.Where(f => f.Id == filingId).Select(f => f.Committee!.CurrentFilingId).SingleAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Decide_ByAnotherCountysStaff_NotFound()
    {
        int filingId;
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            var draft = (await hr.Filings.CreateAsync(hr.Jurisdiction, World.Hospital.Id, HospitalOwn())).ShouldSucceed();
            filingId = (await hr.Filings.SubmitFilingAsync(hr.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using var yongji = await As(YongjiStaff);

        (await yongji.Filings.DecideFilingAsync(yongji.Jurisdiction, filingId, approve: true, null)).ShouldBeNotFound();
        (await yongji.Committees.PendingDecisions(yongji.Jurisdiction).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Decide_ByTheFoundingDepartment_RefusedAsNotTheBureau()
    {
        var filingId = await SubmittedSeniorAsync();
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Filings.DecideFilingAsync(dept.Jurisdiction, filingId, approve: true, null);

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("只有负责核准备案的人社部门可以审核备案");
    }

    [Fact]
    public async Task Decide_ADraft_Refused()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Filings.CreateAsync(dept.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();
        await using var city = await As(AccountRole.CityAdmin);

        var refused = await city.Filings.DecideFilingAsync(city.Jurisdiction, draft.Id, approve: true, null);

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("该备案当前为“草稿”，不能审核");
    }

    [Fact]
    public async Task PendingDecisions_TheSupervisingBureauSeesTheSubmission()
    {
        var filingId = await SubmittedSeniorAsync();
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Committees.PendingDecisions(city.Jurisdiction).Select(f => f.Id).ToListAsync()).ShouldBe([filingId]);
    }

    [Fact]
    public async Task SaveFiling_FromAStaleVersion_RefusedAndNothingOverwritten()
    {
        await using var first = await As(AccountRole.DepartmentReviewer);
        await using var second = await As(AccountRole.DepartmentReviewer);
        var draft = (await first.Filings.CreateAsync(first.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();
        var startedFrom = draft.Version;

        (await first.Filings.SaveFilingAsync(first.Jurisdiction, draft.Id, Senior() with { Office = "甲的办事机构" }, startedFrom)).ShouldSucceed();
        var refused = await second.Filings.SaveFilingAsync(second.Jurisdiction, draft.Id, Senior() with { Office = "乙的办事机构" }, startedFrom);

        refused.ShouldBeRefused("version", null).Message.ShouldBe("该记录已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");
        await using var db = Read();
        var stored = await db.CommitteeFilings.SingleAsync(f => f.Id == draft.Id);
        stored.Office.ShouldBe("甲的办事机构");
        stored.Version.ShouldBe(startedFrom + 1);
    }

    [Fact]
    public async Task SaveFiling_Submitted_Refused()
    {
        var filingId = await SubmittedSeniorAsync();
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var version = await dept.Db.CommitteeFilings.Where(f => f.Id == filingId).Select(f => f.Version).SingleAsync();

        var refused = await dept.Filings.SaveFilingAsync(dept.Jurisdiction, filingId, Senior(), version);

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("该备案当前为“已报送待核准”，不能修改");
    }

    /// <summary>The health department's senior committee, its roster full and its filing submitted; the filing's id.</summary>
    private async Task<int> SubmittedSeniorAsync()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Filings.CreateAsync(dept.Jurisdiction, World.Health.Id, Senior())).ShouldSucceed();
        foreach (var member in TestYear.Roster(dept.Today, TestYear.RosterSize))
        {
            (await dept.Roster.AddAsync(dept.Jurisdiction, draft.CommitteeId, member)).ShouldSucceed();
        }
        return (await dept.Filings.SubmitFilingAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed().Id;
    }
}
