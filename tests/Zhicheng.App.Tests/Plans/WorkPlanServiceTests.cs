using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Plans;

/// <summary>
/// Annual work plans (N2024-4.6b) on a filed committee: drafted by the founding department, checked against the
/// schedule rules and the year (N2024-4.6a), approved or returned by the city bureau only, past the deadlines only by
/// a recorded override, and never overwritten from a stale copy.
/// </summary>
public sealed class WorkPlanServiceTests : YearServiceTest
{
    private EvaluationStandard _standard = null!;
    private int _committeeId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _standard = await TestYear.PublishStandardAsync(Database, World, Clock, TestYear.StandardTitle, Year);
        _committeeId = (await TestYear.FileCommitteeAsync(Database, World, Clock, TestYear.Particulars(World, TestYear.CommitteeName))).Committee.Id;
    }

    private PlanForm Valid(int year = Year) => TestYear.Schedule(year, _standard.Id);

    /// <summary>A plan of the committee for <paramref name="year"/>, saved with <paramref name="form"/> (default: <see cref="Valid"/>).</summary>
    private async Task<WorkPlan> DraftAsync(PlanForm? form = null, int year = Year)
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var plan = (await dept.Plans.CreateAsync(dept.Jurisdiction, _committeeId, year)).ShouldSucceed();
        return (await dept.Plans.SaveAsync(dept.Jurisdiction, plan.Id, form ?? Valid(year), plan.Version)).ShouldSucceed();
    }

    private async Task<WorkPlan> SubmittedAsync(PlanForm? form = null)
    {
        var plan = await DraftAsync(form);
        await using var dept = await As(AccountRole.DepartmentReviewer);
        return (await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id)).ShouldSucceed();
    }

    [Theory]
    [InlineData(2025, true, Label = "Create_ThisYear_Allowed")]
    [InlineData(2026, true, Label = "Create_NextYear_Allowed")]
    [InlineData(2024, false, Label = "Create_LastYear_Refused")]
    public async Task Create_AroundTheCurrentYear_PastYearsRefused(int year, bool allowed)
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var outcome = await dept.Plans.CreateAsync(dept.Jurisdiction, _committeeId, year);

        if (allowed)
        {
            outcome.ShouldSucceed().Status.ShouldBe(PlanStatus.Draft);
        }
        else
        {
            outcome.ShouldBeRefused("year", ClauseIds.AnnualTimeline).Message.ShouldBe("2024年度已结束，不能再制定该年度的工作方案");
            await using var db = Read();
            (await db.WorkPlans.CountAsync()).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Create_SecondPlanForTheYear_Refused()
    {
        await DraftAsync();
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.CreateAsync(dept.Jurisdiction, _committeeId, Year);

        refused.ShouldBeRefused("year", ClauseIds.WorkPlan).Message.ShouldBe($"“{TestYear.CommitteeName}”已有2025年度工作方案");
    }

    [Fact]
    public async Task Create_ByAnotherCountyOrAnExpert_NotFound()
    {
        await using var yongji = await As(YongjiStaff);
        (await yongji.Plans.CreateAsync(yongji.Jurisdiction, _committeeId, Year)).ShouldBeNotFound();
        await using var expert = await As(AccountRole.Expert);
        (await expert.Plans.CreateAsync(expert.Jurisdiction, _committeeId, Year)).ShouldBeNotFound();
    }

    [Fact]
    public async Task Save_FromAStaleVersion_RefusedAndNothingOverwritten()
    {
        var plan = await DraftAsync();
        await using var first = await As(AccountRole.DepartmentReviewer);
        await using var second = await As(AccountRole.DepartmentReviewer);

        (await first.Plans.SaveAsync(first.Jurisdiction, plan.Id, Valid() with { WorkDiscipline = "甲：严守纪律" }, plan.Version)).ShouldSucceed();
        var refused = await second.Plans.SaveAsync(second.Jurisdiction, plan.Id, Valid() with { WorkDiscipline = "乙：严守纪律" }, plan.Version);

        refused.ShouldBeRefused("version", null).Message.ShouldBe("该工作方案已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");
        await using var db = Read();
        var stored = await db.WorkPlans.SingleAsync(p => p.Id == plan.Id);
        stored.WorkDiscipline.ShouldBe("甲：严守纪律");
        stored.Version.ShouldBe(plan.Version + 1);
    }

    [Fact]
    public async Task Save_WhenTheOtherContextLoadedThePlanBeforeTheFirstSave_RefusedByTheConcurrencyToken()
    {
        var plan = await DraftAsync();
        await using var first = await As(AccountRole.DepartmentReviewer);
        await using var second = await As(AccountRole.DepartmentReviewer);
        (await second.Plans.FindAsync(second.Jurisdiction, plan.Id)).ShouldNotBeNull().Version.ShouldBe(plan.Version);

        (await first.Plans.SaveAsync(first.Jurisdiction, plan.Id, Valid() with { RecommendationProcedure = "甲的推荐程序" }, plan.Version)).ShouldSucceed();
        var refused = await second.Plans.SaveAsync(second.Jurisdiction, plan.Id, Valid() with { RecommendationProcedure = "乙的推荐程序" }, plan.Version);

        refused.ShouldBeRefused("version", null);
        await using var db = Read();
        (await db.WorkPlans.SingleAsync(p => p.Id == plan.Id)).RecommendationProcedure.ShouldBe("甲的推荐程序");
    }

    [Fact]
    public async Task Submit_EmptyDraft_EveryProblemNamedAtOnceAndStillADraft()
    {
        int planId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            planId = (await dept.Plans.CreateAsync(dept.Jurisdiction, _committeeId, Year)).ShouldSucceed().Id;
        }
        await using var desk = await As(AccountRole.DepartmentReviewer);

        var refused = await desk.Plans.SubmitAsync(desk.Jurisdiction, planId);

        refused.Problems.Select(p => p.Field).ShouldBe(
        [
            "applicationOpens", "applicationCloses", "materialDeadline", "reviewStart", "reviewEnd", "publicityStart", "publicityEnd",
            "resultsPublication", "meetings", "recommendationProcedure", "workDiscipline", "standardId",
        ]);
        refused.Problems.ShouldAllBe(p => p.ClauseId == ClauseIds.WorkPlan);
        await using var db = Read();
        (await db.WorkPlans.SingleAsync(p => p.Id == planId)).Status.ShouldBe(PlanStatus.Draft);
    }

    [Theory]
    [InlineData("dOnFirstMeeting", "materialDeadline", ClauseIds.WorkPlan)]
    [InlineData("dBeforeApplicationsClose", "materialDeadline", ClauseIds.WorkPlan)]
    [InlineData("reviewOverlapsApplications", "reviewStart", ClauseIds.WorkPlan)]
    [InlineData("reviewOverlapsMeetings", "reviewEnd", ClauseIds.WorkPlan)]
    [InlineData("duplicateMeeting", "meetings[1]", ClauseIds.WorkPlan)]
    [InlineData("meetingOnDecember1", "meetings[1]", ClauseIds.AnnualTimeline)]
    [InlineData("publicationNextYear", "resultsPublication", ClauseIds.AnnualTimeline)]
    [InlineData("publicityBeforeLastMeeting", "publicityStart", ClauseIds.WorkPlan)]
    [InlineData("noProcedure", "recommendationProcedure", ClauseIds.WorkPlan)]
    [InlineData("noDiscipline", "workDiscipline", ClauseIds.WorkPlan)]
    public async Task Submit_OneScheduleProblem_RefusedAtItsField(string problem, string field, string clause)
    {
        var valid = Valid();
        var form = problem switch
        {
            "dOnFirstMeeting" => valid with { MaterialDeadline = new(Year, 11, 14) },
            "dBeforeApplicationsClose" => valid with { MaterialDeadline = new(Year, 9, 19) },
            "reviewOverlapsApplications" => valid with { ReviewStart = new(Year, 9, 20) },
            "reviewOverlapsMeetings" => valid with { ReviewEnd = new(Year, 11, 14) },
            "duplicateMeeting" => valid with { Meetings = [new(Year, 11, 14), new(Year, 11, 14)] },
            "meetingOnDecember1" => valid with { Meetings = [new(Year, 11, 14), new(Year, 12, 1)], PublicityStart = new(Year, 12, 2), PublicityEnd = new(Year, 12, 8) },
            "publicationNextYear" => valid with { ResultsPublication = new(Year + 1, 1, 5) },
            "publicityBeforeLastMeeting" => valid with { PublicityStart = new(Year, 11, 15) },
            "noProcedure" => valid with { RecommendationProcedure = " " },
            "noDiscipline" => valid with { WorkDiscipline = "" },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
        var plan = await DraftAsync(form);
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id);

        refused.ShouldBeRefused(field, clause);
    }

    [Fact]
    public async Task Submit_StandardOfAnotherSeries_Refused()
    {
        EvaluationStandard engineering;
        await using (var city = await As(AccountRole.CityAdmin))
        {
            var draft = (await city.Standards.CreateAsync(city.Jurisdiction,
                new StandardDraft("运城市工程系列职称评价标准", "工程系列", null, TitleLevel.AssociateSenior, Year, StandardJson.Write(TestYear.Content())))).ShouldSucceed();
            engineering = (await city.Standards.PublishAsync(city.Jurisdiction, draft.Id)).ShouldSucceed();
        }
        var plan = await DraftAsync(Valid() with { StandardId = engineering.Id });
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id);

        refused.ShouldBeRefused("standardId", ClauseIds.StandardPublication).Message.ShouldContain("工程系列");
    }

    [Fact]
    public async Task Submit_UnpublishedStandard_Refused()
    {
        int draftId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            draftId = (await dept.Standards.CreateAsync(dept.Jurisdiction,
                new StandardDraft("修订中的标准", TestYear.Series, TestYear.Specialty, TitleLevel.AssociateSenior, Year, StandardJson.Write(TestYear.Content())))).ShouldSucceed().Id;
        }
        var plan = await DraftAsync(Valid() with { StandardId = draftId });
        await using var desk = await As(AccountRole.DepartmentReviewer);

        var refused = await desk.Plans.SubmitAsync(desk.Jurisdiction, plan.Id);

        refused.ShouldBeRefused("standardId", ClauseIds.StandardPublication).Message.ShouldBe("所选评价标准不存在或尚未发布");
    }

    [Fact]
    public async Task Submit_StandardInForceOnlyFromALaterYear_Refused()
    {
        var later = await TestYear.PublishStandardAsync(Database, World, Clock, "2026年起施行的标准", 2026);
        var plan = await DraftAsync(Valid() with { StandardId = later.Id });
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id);

        refused.ShouldBeRefused("standardId", ClauseIds.StandardPublication).Message.ShouldBe("所选标准自2026年起施行，不适用于2025年度");
    }

    [Fact]
    public async Task Submit_ThenSaving_RefusedWhileSubmitted()
    {
        var plan = await SubmittedAsync();
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.SaveAsync(dept.Jurisdiction, plan.Id, Valid(), plan.Version);

        refused.ShouldBeRefused("", ClauseIds.WorkPlan).Message.ShouldBe("该方案当前为“已报送待审批”，不能修改");
    }

    [Theory]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CountyStaff)]
    public async Task Decide_ByAnyoneButTheCityBureau_Refused(AccountRole role)
    {
        // 盐湖区 supervises the hospital's own committee and sees its plan; the department founded this one.
        var planId = role == AccountRole.CountyStaff ? await HospitalPlanSubmittedAsync() : (await SubmittedAsync()).Id;
        await using var desk = await As(role);

        var refused = await desk.Plans.DecideAsync(desk.Jurisdiction, planId, approve: true, null);

        refused.ShouldBeRefused("", ClauseIds.WorkPlan).Message.ShouldBe("年度工作方案须报市人社局审批");
        await using var db = Read();
        (await db.WorkPlans.SingleAsync(p => p.Id == planId)).Status.ShouldBe(PlanStatus.Submitted);
    }

    [Fact]
    public async Task Decide_ByAnotherCounty_NotFound()
    {
        var plan = await SubmittedAsync();
        await using var yongji = await As(YongjiStaff);

        (await yongji.Plans.DecideAsync(yongji.Jurisdiction, plan.Id, approve: true, null)).ShouldBeNotFound();
    }

    [Fact]
    public async Task Decide_ReturnWithoutComments_Refused()
    {
        var plan = await SubmittedAsync();
        await using var city = await As(AccountRole.CityAdmin);

        var refused = await city.Plans.DecideAsync(city.Jurisdiction, plan.Id, approve: false, "");

        refused.ShouldBeRefused("comments", ClauseIds.WorkPlan).Message.ShouldBe("退回修改须写明意见");
    }

    [Fact]
    public async Task Decide_ReturnedCorrectedAndApproved_ByTheCityBureau()
    {
        var plan = await SubmittedAsync();
        await using (var city = await As(AccountRole.CityAdmin))
        {
            var returned = (await city.Plans.DecideAsync(city.Jurisdiction, plan.Id, approve: false, "公示期不少于5个工作日")).ShouldSucceed();
            returned.Status.ShouldBe(PlanStatus.Returned);
            returned.Comments.ShouldBe("公示期不少于5个工作日");
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            var stored = (await dept.Plans.FindAsync(dept.Jurisdiction, plan.Id))!;
            (await dept.Plans.SaveAsync(dept.Jurisdiction, plan.Id, Valid() with { PublicityEnd = new(Year, 11, 26) }, stored.Version)).ShouldSucceed();
            (await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id)).ShouldSucceed();
        }
        await using (var city = await As(AccountRole.CityAdmin))
        {
            var approved = (await city.Plans.DecideAsync(city.Jurisdiction, plan.Id, approve: true, null)).ShouldSucceed();
            approved.Status.ShouldBe(PlanStatus.Approved);
            approved.DecidedBy.ShouldBe("市局管理员");
            (await city.Plans.ApprovedAsync(_committeeId, Year)).ShouldNotBeNull().PublicityEnd.ShouldBe(new DateOnly(Year, 11, 26));
        }
    }

    [Fact]
    public async Task Decide_ADraft_Refused()
    {
        var plan = await DraftAsync();
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Plans.DecideAsync(city.Jurisdiction, plan.Id, approve: true, null))
            .ShouldBeRefused("", ClauseIds.WorkPlan).Message.ShouldBe("该方案当前为“草稿”，不能审批");
    }

    private PlanForm LateMeeting => Valid() with
    {
        Meetings = [new(Year, 11, 14), new(Year, 12, 3)], PublicityStart = new(Year, 12, 5), PublicityEnd = new(Year, 12, 11),
    };

    [Fact]
    public async Task Submit_MeetingAfterNovember30WithoutOverride_RefusedUnder46a()
    {
        var plan = await DraftAsync(LateMeeting);
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id);

        refused.ShouldBeRefused("meetings[1]", ClauseIds.AnnualTimeline).Message.ShouldEndWith("如确需突破须由监管部门记录理由");
    }

    [Fact]
    public async Task Override_ByTheCityBureau_RecordedAuditedAndLetsTheLateMeetingThrough()
    {
        var plan = await DraftAsync(LateMeeting);
        await using (var city = await As(AccountRole.CityAdmin))
        {
            var overridden = (await city.Plans.OverrideAsync(city.Jurisdiction, plan.Id, " 专家集中封闭评审需顺延至12月初 ")).ShouldSucceed();
            overridden.OverrideReason.ShouldBe("专家集中封闭评审需顺延至12月初");
            overridden.OverrideBy.ShouldBe("市局管理员");
        }
        (await AuditOf(nameof(WorkPlan), plan.Id)).ShouldContain(e => e.Summary.Contains("专家集中封闭评审需顺延至12月初") && e.Actor.Contains("市局管理员"));
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            (await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id)).ShouldSucceed().Status.ShouldBe(PlanStatus.Submitted);
        }
        await using var approver = await As(AccountRole.CityAdmin);
        (await approver.Plans.DecideAsync(approver.Jurisdiction, plan.Id, approve: true, null)).ShouldSucceed().Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public async Task Override_ByTheDepartment_Refused()
    {
        var plan = await DraftAsync(LateMeeting);
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Plans.OverrideAsync(dept.Jurisdiction, plan.Id, "我们自己批准");

        refused.ShouldBeRefused("", ClauseIds.AnnualTimeline).Message.ShouldBe("只有市人社局可以批准突破年度时限");
        await using var db = Read();
        (await db.WorkPlans.SingleAsync(p => p.Id == plan.Id)).OverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task Override_WithoutAReason_Refused()
    {
        var plan = await DraftAsync(LateMeeting);
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Plans.OverrideAsync(city.Jurisdiction, plan.Id, "   "))
            .ShouldBeRefused("reason", ClauseIds.AnnualTimeline).Message.ShouldBe("请写明突破时限的理由");
    }

    [Fact]
    public async Task List_ByYearAndStatus_OnlyTheJurisdictionsPlans()
    {
        var plan = await SubmittedAsync();
        await DraftAsync(year: 2026);
        await using var city = await As(AccountRole.CityAdmin);
        await using var yongji = await As(YongjiStaff);

        (await city.Plans.List(city.Jurisdiction).Select(p => p.Year).ToListAsync()).ShouldBe([2026, 2025]);
        (await city.Plans.List(city.Jurisdiction, Year, PlanStatus.Submitted).Select(p => p.Id).ToListAsync()).ShouldBe([plan.Id]);
        (await city.Plans.List(city.Jurisdiction, 2026, PlanStatus.Submitted).CountAsync()).ShouldBe(0);
        (await yongji.Plans.List(yongji.Jurisdiction).CountAsync()).ShouldBe(0);
    }

    /// <summary>The hospital's own senior 卫生 committee (in 盐湖区's area, so its staff see it) with its plan submitted; the plan's id.</summary>
    private async Task<int> HospitalPlanSubmittedAsync()
    {
        await using var hr = await As(AccountRole.EmployerHr);
        var form = TestYear.Particulars(World, "运城市中心医院卫生系列高级职称评审委员会") with
        {
            Level = Domain.Committees.CommitteeLevel.Senior, ScopeUnitIds = [World.Hospital.Id],
        };
        var committeeId = (await hr.Filings.CreateAsync(hr.Jurisdiction, World.Hospital.Id, form)).ShouldSucceed().CommitteeId;
        var plan = (await hr.Plans.CreateAsync(hr.Jurisdiction, committeeId, Year)).ShouldSucceed();
        plan = (await hr.Plans.SaveAsync(hr.Jurisdiction, plan.Id, Valid(), plan.Version)).ShouldSucceed();
        return (await hr.Plans.SubmitAsync(hr.Jurisdiction, plan.Id)).ShouldSucceed().Id;
    }
}
