using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Committees;

/// <summary>
/// Supervision of committees (N2024-4.3a): only the bureau that supervises a committee suspends, lifts or revokes,
/// always with a reason, and each action is an audit entry carrying that reason.
/// </summary>
public sealed class SupervisionServiceTests : YearServiceTest
{
    private TestYear _year = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _year = await BuildYearAsync();
    }

    private int CommitteeId => _year.Committee.Id;

    [Fact]
    public async Task Suspend_ByTheSupervisingBureau_SuspendedWithItsDeadlineAndAudited()
    {
        await using var city = await As(AccountRole.CityAdmin);
        var before = (await AuditOf("Committee", CommitteeId)).Count;

        var committee = (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Suspend, "评审材料审核把关不严", new DateOnly(2025, 5, 31))).ShouldSucceed();

        committee.Standing.ShouldBe(CommitteeStanding.Suspended);
        committee.RectifyBy.ShouldBe(new DateOnly(2025, 5, 31));
        var entries = await AuditOf("Committee", CommitteeId);
        var entry = entries.Skip(before).ShouldHaveSingleItem();
        entry.Action.ShouldBe("updated");
        entry.Actor.ShouldContain("市局管理员");
        entry.Summary.ShouldContain("评审材料审核把关不严");
        entry.Summary.ShouldContain("2025-05-31");
    }

    [Fact]
    public async Task SuspendLiftRevoke_EachTransitionAuditedWithItsReason()
    {
        await using var city = await As(AccountRole.CityAdmin);

        (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Suspend, "未执行回避制度", new DateOnly(2025, 6, 30))).ShouldSucceed();
        var lifted = (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Lift, "已整改到位，经复查合格", null)).ShouldSucceed();
        lifted.Standing.ShouldBe(CommitteeStanding.Active);
        lifted.RectifyBy.ShouldBeNull();
        var revoked = (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Revoke, "评审质量不可靠，情节严重", null)).ShouldSucceed();
        revoked.Standing.ShouldBe(CommitteeStanding.Revoked);

        var summaries = (await AuditOf("Committee", CommitteeId)).Select(e => e.Summary).ToList();
        summaries.ShouldContain(s => s.Contains("未执行回避制度"));
        summaries.ShouldContain(s => s.Contains("已整改到位，经复查合格"));
        summaries.ShouldContain(s => s.Contains("评审质量不可靠，情节严重"));
        await using var db = Read();
        var stored = await db.Committees.SingleAsync(c => c.Id == CommitteeId);
        stored.Standing.ShouldBe(CommitteeStanding.Revoked);
        stored.StandingReason.ShouldBe("评审质量不可靠，情节严重");
    }

    [Theory]
    [InlineData(SupervisionKind.Lift, "该评委会未被暂停，无需恢复")]
    [InlineData(SupervisionKind.Suspend, "暂停评审须规定整改期限")]
    public async Task Act_NotAllowedFromActive_RefusedAndNothingWritten(SupervisionKind kind, string message)
    {
        await using var city = await As(AccountRole.CityAdmin);
        var before = (await AuditOf("Committee", CommitteeId)).Count;

        var refused = await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, kind, "理由", null);

        refused.ShouldBeRefused(kind == SupervisionKind.Suspend ? "rectifyBy" : "", ClauseIds.CommitteeSuspension).Message.ShouldBe(message);
        (await AuditOf("Committee", CommitteeId)).Count.ShouldBe(before);
    }

    [Theory]
    [InlineData("2025-03-10", true, Label = "Suspend_DeadlineToday_Refused")]
    [InlineData("2025-03-11", false, Label = "Suspend_DeadlineTomorrow_Allowed")]
    public async Task Suspend_AroundToday_DeadlineMustBeLater(string rectifyBy, bool refused)
    {
        await using var city = await As(AccountRole.CityAdmin);

        var outcome = await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Suspend, "限期整改", DateOnly.Parse(rectifyBy, System.Globalization.CultureInfo.InvariantCulture));

        outcome.Succeeded.ShouldBe(!refused);
        if (refused)
        {
            outcome.ShouldBeRefused("rectifyBy", ClauseIds.CommitteeSuspension).Message.ShouldBe("整改期限应晚于今天（2025-03-10）");
        }
    }

    [Fact]
    public async Task Act_Revoked_CannotBeLiftedOrSuspended()
    {
        await using var city = await As(AccountRole.CityAdmin);
        (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Revoke, "情节严重", null)).ShouldSucceed();

        (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Lift, "申请恢复", null))
            .ShouldBeRefused("", ClauseIds.CommitteeSuspension).Message.ShouldBe("评审权已被收回，不能恢复");
        (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Suspend, "再次暂停", new DateOnly(2025, 9, 1)))
            .ShouldBeRefused("rectifyBy", ClauseIds.CommitteeSuspension).Message.ShouldBe("该评委会的评审权已被收回，不能再暂停");
        (await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Revoke, "再次收回", null))
            .ShouldBeRefused("", ClauseIds.CommitteeSuspension).Message.ShouldBe("该评委会的评审权已被收回");
    }

    [Fact]
    public async Task Act_WithoutAReason_Refused()
    {
        await using var city = await As(AccountRole.CityAdmin);

        var refused = await city.Supervision.ActAsync(city.Jurisdiction, CommitteeId, SupervisionKind.Revoke, " ", null);

        refused.ShouldBeRefused("reason", ClauseIds.CommitteeSuspension).Message.ShouldBe("请写明理由");
        await using var db = Read();
        (await db.Committees.SingleAsync(c => c.Id == CommitteeId)).Standing.ShouldBe(CommitteeStanding.Active);
    }

    [Fact]
    public async Task Act_ByTheFoundingDepartment_RefusedAsNotItsSupervisor()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Supervision.ActAsync(dept.Jurisdiction, CommitteeId, SupervisionKind.Suspend, "自查", new DateOnly(2025, 6, 1));

        refused.ShouldBeRefused("", ClauseIds.CommitteeSuspension).Message.ShouldBe("只有监管该评委会的人社部门可以暂停、恢复或收回评审权");
    }

    [Fact]
    public async Task Act_ByACountyThatSeesTheCommitteeButDoesNotSuperviseIt_Refused()
    {
        // The hospital's senior committee lies in 盐湖区 (its founder is there) but the city bureau supervises it.
        int committeeId;
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            var form = TestYear.Particulars(World, "运城市中心医院卫生系列高级职称评审委员会") with { ScopeUnitIds = [World.Hospital.Id] };
            committeeId = (await hr.Filings.CreateAsync(hr.Jurisdiction, World.Hospital.Id, form)).ShouldSucceed().CommitteeId;
        }
        await using var yanhu = await As(AccountRole.CountyStaff);
        (await yanhu.Committees.FindAsync(yanhu.Jurisdiction, committeeId)).ShouldNotBeNull();

        var refused = await yanhu.Supervision.ActAsync(yanhu.Jurisdiction, committeeId, SupervisionKind.Suspend, "检查发现问题", new DateOnly(2025, 6, 1));

        refused.ShouldBeRefused("", ClauseIds.CommitteeSuspension).Message.ShouldBe("只有监管该评委会的人社部门可以暂停、恢复或收回评审权");
        await using var city = await As(AccountRole.CityAdmin);
        (await city.Supervision.ActAsync(city.Jurisdiction, committeeId, SupervisionKind.Suspend, "检查发现问题", new DateOnly(2025, 6, 1))).ShouldSucceed();
    }

    [Fact]
    public async Task Act_OutsideTheJurisdiction_NotFound()
    {
        await using var yongji = await As(YongjiStaff);

        (await yongji.Supervision.ActAsync(yongji.Jurisdiction, CommitteeId, SupervisionKind.Revoke, "越权", null)).ShouldBeNotFound();
    }
}
