using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Plans;

/// <summary>
/// The eligibility check of a stored person with neither requirements nor D in the request (issue 4's acceptance): the
/// requirements come from the standard in force (the decision names its version), D from the approved plan of the one
/// committee that takes the application — and a clear error when none or several could.
/// (People/RecordEligibility.cs is tested here, beside the plans whose D it reads.)
/// </summary>
public sealed class RecordEligibilityTests : YearServiceTest
{
    private TestYear _year = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _year = await BuildYearAsync();
        await using var db = Read();
        // The doctor's 2024 assessment (the world's history stops at 2023), and two achievements either side of D.
        db.Assessments.Add(new PersonAssessment { PersonId = World.Doctor.Id, Year = 2024, Grade = AssessmentGrade.Qualified });
        db.Achievements.Add(new PersonAchievement { PersonId = World.Doctor.Id, Title = "胸痛中心建设实践", ObtainedOn = new DateOnly(Year, 9, 30) });
        db.Achievements.Add(new PersonAchievement { PersonId = World.Doctor.Id, Title = "心衰患者随访管理研究", ObtainedOn = new DateOnly(Year, 10, 1) });
        await db.SaveChangesAsync();
    }

    private static RecordRequest Promotion(string series = "卫生", string specialty = "临床医学", int? committeeId = null, string? deadline = null) => new()
    {
        Route = "promotion", ApplicationYear = Year, CommitteeId = committeeId, MaterialDeadline = deadline,
        Target = new TitleInput { Series = series, Specialty = specialty, Level = "associate_senior" },
    };

    private async Task<RecordCheck> CheckAsync(Person person, RecordRequest request)
    {
        await using var db = Read();
        var published = new PublishedStandards();
        await published.RefreshAsync(db);
        var eligibility = new RecordEligibility(db, new EligibilityService(new EligibilityEngine(PolicyVersion.N2024), published));
        return await eligibility.CheckAsync(person, request);
    }

    private async Task<Person> StoredAsync(Person person)
    {
        await using var city = await As(AccountRole.CityAdmin);
        return (await new PeopleDirectory(city.Db).FindAsync(city.Jurisdiction, person.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Check_NoRequirementsNoD_UsesThePublishedStandardAndThePlansD()
    {
        var check = await CheckAsync(await StoredAsync(World.Doctor), Promotion());

        check.Outcome.Errors.ShouldBeEmpty();
        check.Plan.ShouldBe(new PlanUsed(_year.Committee.Id, TestYear.CommitteeName, Year, new DateOnly(Year, 9, 30)));
        var decision = check.Outcome.Decision.ShouldNotBeNull();
        decision.Requirements.Source.ShouldBe($"《{TestYear.StandardTitle}》第1版（2025年起施行）");
        decision.Requirements.TenureYears.ShouldBe(5);
        decision.ExcludedItems.Select(i => i.Title).ShouldBe(["心衰患者随访管理研究"]);
        decision.ExcludedItems.ShouldAllBe(i => i.Clause == ClauseIds.ItemsBeforeDeadline);
        decision.Eligible.ShouldBeTrue(string.Join("；", decision.Checks.Where(c => !c.Passed).Select(c => c.Code)));
    }

    [Fact]
    public async Task Check_ALaterVersionInForceForTheYear_NamesThatVersion()
    {
        await TestYear.PublishStandardAsync(Database, World, Clock, TestYear.StandardTitle, Year);

        var decision = (await CheckAsync(await StoredAsync(World.Doctor), Promotion())).Outcome.Decision.ShouldNotBeNull();

        decision.Requirements.Source.ShouldBe($"《{TestYear.StandardTitle}》第2版（2025年起施行）");
    }

    [Fact]
    public async Task Check_DGivenInTheRequest_NoPlanUsed()
    {
        var check = await CheckAsync(await StoredAsync(World.Doctor), Promotion(deadline: "2025-10-31"));

        check.Plan.ShouldBeNull();
        check.Outcome.Decision.ShouldNotBeNull().ExcludedItems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_NoCommitteeTakesTheSeries_ClearErrorAndNoDecision()
    {
        var check = await CheckAsync(await StoredAsync(World.Engineer), Promotion(series: "工程", specialty: "电气工程"));

        check.Outcome.Decision.ShouldBeNull();
        check.Plan.ShouldBeNull();
        var error = check.Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("materialDeadline");
        error.Message.ShouldBe("没有找到受理工程副高级、评审范围包含该单位并已批准2025年度工作方案的评委会；请选择评委会或填写材料截止日期 D");
    }

    [Fact]
    public async Task Check_TheOnlyCommitteeSuspended_NoCommitteeFits()
    {
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Suspend, "限期整改", new DateOnly(2025, 6, 30))).ShouldSucceed();
        }

        var check = await CheckAsync(await StoredAsync(World.Doctor), Promotion());

        check.Outcome.Errors.ShouldHaveSingleItem().Path.ShouldBe("materialDeadline");
    }

    [Fact]
    public async Task Check_TwoCommitteesTakeTheUnit_AsksToChooseAndTheChoiceGivesD()
    {
        // A second senior committee whose scope holds the hospital (through 盐湖区), and one for 永济市 only, which does not count.
        var yanhu = await SecondCommitteeAsync("盐湖区卫生系列临床医学高级职称评审委员会", World.Yanhu.Id);
        await SecondCommitteeAsync("永济市卫生系列临床医学高级职称评审委员会", World.Yongji.Id);
        var doctor = await StoredAsync(World.Doctor);

        var ambiguous = await CheckAsync(doctor, Promotion());

        ambiguous.Outcome.Decision.ShouldBeNull();
        var error = ambiguous.Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("committeeId");
        error.Message.ShouldStartWith("有 2 个评委会可受理：");
        error.Message.ShouldContain(TestYear.CommitteeName);
        error.Message.ShouldContain("盐湖区卫生系列临床医学高级职称评审委员会");
        error.Message.ShouldNotContain("永济市");
        var chosen = await CheckAsync(doctor, Promotion(committeeId: yanhu));
        chosen.Plan.ShouldNotBeNull().CommitteeId.ShouldBe(yanhu);
        chosen.Outcome.Decision.ShouldNotBeNull();
    }

    [Fact]
    public async Task Check_ChosenCommitteeWithoutAnApprovedPlan_ClearError()
    {
        int committeeId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            committeeId = (await dept.Filings.CreateAsync(dept.Jurisdiction, World.Health.Id, TestYear.Particulars(World, "运城市卫生系列护理学高级职称评审委员会"))).ShouldSucceed().CommitteeId;
        }

        var check = await CheckAsync(await StoredAsync(World.Doctor), Promotion(committeeId: committeeId));

        var error = check.Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("committeeId");
        error.Message.ShouldBe("所选评委会没有已批准的2025年度工作方案，无法确定材料截止日期 D；请填写 materialDeadline");
    }

    /// <summary>Another filed senior 卫生 committee taking <paramref name="scopeUnitId"/>, with its 2025 plan approved; its id.</summary>
    private async Task<int> SecondCommitteeAsync(string name, int scopeUnitId)
    {
        var (committee, _) = await TestYear.FileCommitteeAsync(Database, World, Clock, TestYear.Particulars(World, name) with { ScopeUnitIds = [scopeUnitId] });
        await TestYear.ApprovePlanAsync(Database, World, Clock, committee.Id, Year, _year.Standard.Id);
        return committee.Id;
    }
}
