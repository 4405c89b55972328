using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Committees;

/// <summary>
/// 开始受理申报: a filed, active committee with an approved plan for the year opens applications once; a suspended,
/// revoked, unfiled or expired committee, or one without an approved plan, is refused naming the reason and clause.
/// </summary>
public sealed class OpenApplicationsTests : YearServiceTest
{
    private TestYear _year = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _year = await BuildYearAsync();
    }

    [Fact]
    public async Task OpenApplications_FiledWithApprovedPlan_OpensOnce()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var plan = (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, _year.Committee.Id, Year)).ShouldSucceed();

        plan.Id.ShouldBe(_year.Plan.Id);
        plan.ApplicationsOpenedAt.ShouldNotBeNull();
        (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, _year.Committee.Id, Year))
            .ShouldBeRefused("", null).Message.ShouldBe("2025年度申报已于 2025-03-10 开始受理");
    }

    [Theory]
    [InlineData("suspended", ClauseIds.CommitteeSuspension, "该评委会已被暂停评审、限期整改，整改期限至 2025-06-30，整改到位恢复前不能受理申报")]
    [InlineData("revoked", ClauseIds.CommitteeSuspension, "该评委会的评审权已被收回，不能受理申报")]
    [InlineData("expired", ClauseIds.FilingTriggers, "该评委会的核准备案已于 2028-03-09 到期（有效期 3 年），须重新核准备案后才能受理申报")]
    [InlineData("noPlanForTheYear", ClauseIds.WorkPlan, "该评委会2026年度工作方案尚未经市人社局批准，不能受理申报")]
    [InlineData("planOnlySubmitted", ClauseIds.WorkPlan, "该评委会2026年度工作方案尚未经市人社局批准，不能受理申报")]
    public async Task OpenApplications_CommitteeNotInGoodStanding_RefusedNamingTheClause(string state, string clause, string message)
    {
        var year = Year;
        await using (var city = await As(AccountRole.CityAdmin))
        {
            switch (state)
            {
                case "suspended":
                    (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Suspend, "限期整改", new DateOnly(2025, 6, 30))).ShouldSucceed();
                    break;
                case "revoked":
                    (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Revoke, "收回评审权", null)).ShouldSucceed();
                    break;
                case "expired":
                    Clock.Today = new DateOnly(2028, 3, 10);
                    break;
                case "noPlanForTheYear":
                    year = 2026;
                    break;
                case "planOnlySubmitted":
                    year = 2026;
                    await using (var dept = await As(AccountRole.DepartmentReviewer))
                    {
                        var plan = (await dept.Plans.CreateAsync(dept.Jurisdiction, _year.Committee.Id, year)).ShouldSucceed();
                        plan = (await dept.Plans.SaveAsync(dept.Jurisdiction, plan.Id, TestYear.Schedule(year, _year.Standard.Id), plan.Version)).ShouldSucceed();
                        (await dept.Plans.SubmitAsync(dept.Jurisdiction, plan.Id)).ShouldSucceed();
                    }
                    break;
            }
        }
        await using var office = await As(AccountRole.DepartmentReviewer);

        var refused = await office.Plans.OpenApplicationsAsync(office.Jurisdiction, _year.Committee.Id, year);

        refused.ShouldBeRefused("", clause).Message.ShouldBe(message);
        await using var db = Read();
        (await db.WorkPlans.AnyAsync(p => p.ApplicationsOpenedAt != null)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenApplications_OnTheFilingsLastDay_StillAllowed()
    {
        Clock.Today = new DateOnly(2028, 3, 9);
        await using var dept = await As(AccountRole.DepartmentReviewer);

        (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, _year.Committee.Id, Year)).ShouldSucceed();
    }

    [Fact]
    public async Task OpenApplications_NeverFiledCommittee_RefusedUnder22()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Filings.CreateAsync(dept.Jurisdiction, World.Health.Id, TestYear.Particulars(World, "运城市卫生系列护理学高级职称评审委员会"))).ShouldSucceed();

        var refused = await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, draft.CommitteeId, Year);

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("该评委会尚未核准备案，不能受理申报");
    }

    [Fact]
    public async Task OpenApplications_AfterTheSuspensionIsLifted_Allowed()
    {
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Suspend, "限期整改", new DateOnly(2025, 6, 30))).ShouldSucceed();
            (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Lift, "整改到位", null)).ShouldSucceed();
        }
        await using var dept = await As(AccountRole.DepartmentReviewer);

        (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, _year.Committee.Id, Year)).ShouldSucceed();
    }

    [Fact]
    public async Task OpenApplications_ByAnotherCounty_NotFound()
    {
        await using var yongji = await As(YongjiStaff);

        (await yongji.Plans.OpenApplicationsAsync(yongji.Jurisdiction, _year.Committee.Id, Year)).ShouldBeNotFound();
    }

    [Theory]
    [InlineData(Domain.Committees.CommitteeAction.HoldMeeting, "召开评审会议")]
    [InlineData(Domain.Committees.CommitteeAction.PublishResults, "公布评审结果")]
    public async Task Gate_SuspendedCommittee_RefusesMeetingsAndResultsToo(Domain.Committees.CommitteeAction action, string what)
    {
        await using var city = await As(AccountRole.CityAdmin);
        var committee = (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Suspend, "限期整改", new DateOnly(2025, 6, 30))).ShouldSucceed();

        var refusal = (await city.Committees.GateAsync(committee, action, Year)).ShouldNotBeNull();

        refusal.ClauseId.ShouldBe(ClauseIds.CommitteeSuspension);
        refusal.Message.ShouldEndWith($"整改到位恢复前不能{what}");
    }
}
