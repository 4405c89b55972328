using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Committees;

/// <summary>
/// A new filing for a filed committee (N2024-2.2): only on one of the five occasions, one at a time, and on approval
/// the committee takes the new particulars and a new term.
/// </summary>
public sealed class RefilingTests : YearServiceTest
{
    private TestYear _year = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _year = await BuildYearAsync();
    }

    private FilingForm Current => TestYear.Particulars(World, TestYear.CommitteeName);

    [Fact]
    public async Task StartRefiling_NothingChangedAndStillValid_Refused()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Filings.StartRefilingAsync(dept.Jurisdiction, _year.Committee.Id, Current);

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("备案内容没有变化且备案仍在有效期内，无需重新备案");
        await using var db = Read();
        (await db.CommitteeFilings.CountAsync(f => f.CommitteeId == _year.Committee.Id)).ShouldBe(1);
    }

    [Theory]
    [InlineData("name", "Reorganised")]
    [InlineData("scope", "ScopeChanged")]
    [InlineData("specialties", "ScopeChanged")]
    [InlineData("delegated", "Delegated")]
    [InlineData("expired", "Expired")]
    [InlineData("nameAndScopeAfterExpiry", "Reorganised,ScopeChanged,Expired")]
    public async Task StartRefiling_OnAnOccasion_DraftRecordsWhy(string occasion, string reasons)
    {
        var form = Current;
        if (occasion is "expired" or "nameAndScopeAfterExpiry")
        {
            Clock.Today = _year.Filing.ValidUntil!.Value.AddDays(1);
        }
        form = occasion switch
        {
            "name" => form with { Name = "运城市卫生系列临床医学专业高级职称评审委员会" },
            "scope" => form with { ScopeUnitIds = [World.Yanhu.Id, World.Yongji.Id] },
            "specialties" => form with { Specialties = "临床医学、护理学" },
            "delegated" => form with { PowerDelegated = true },
            "nameAndScopeAfterExpiry" => form with { Name = "运城市卫生系列临床医学专业高级职称评审委员会", ScopeUnitIds = [World.Yanhu.Id] },
            _ => form,
        };
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var draft = (await dept.Filings.StartRefilingAsync(dept.Jurisdiction, _year.Committee.Id, form)).ShouldSucceed();

        draft.Status.ShouldBe(FilingStatus.Draft);
        draft.Reasons.ShouldBe(reasons);
    }

    [Fact]
    public async Task StartRefiling_WhileAFilingIsOpen_Refused()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        (await dept.Filings.StartRefilingAsync(dept.Jurisdiction, _year.Committee.Id, Current with { PowerDelegated = true })).ShouldSucceed();

        var refused = await dept.Filings.StartRefilingAsync(dept.Jurisdiction, _year.Committee.Id, Current with { Name = "另一个名称评审委员会" });

        refused.ShouldBeRefused("", ClauseIds.FilingTriggers).Message.ShouldBe("该评委会已有未办结的备案申请，请先完成或撤回");
    }

    [Fact]
    public async Task StartRefiling_ByAnotherCounty_NotFound()
    {
        await using var yongji = await As(YongjiStaff);

        (await yongji.Filings.StartRefilingAsync(yongji.Jurisdiction, _year.Committee.Id, Current with { PowerDelegated = true })).ShouldBeNotFound();
    }

    [Fact]
    public async Task Refiling_Approved_CommitteeTakesTheNewNameAndANewTerm()
    {
        Clock.Today = new DateOnly(2026, 5, 20);
        int filingId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            var draft = (await dept.Filings.StartRefilingAsync(dept.Jurisdiction, _year.Committee.Id,
                Current with { Name = "运城市卫生系列临床医学专业高级职称评审委员会" })).ShouldSucceed();
            filingId = (await dept.Filings.SubmitFilingAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed().Id;
        }
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Filings.DecideFilingAsync(city.Jurisdiction, filingId, approve: true, null)).ShouldSucceed();
        }

        await using var db = Read();
        var committee = await db.Committees.SingleAsync(c => c.Id == _year.Committee.Id);
        committee.Name.ShouldBe("运城市卫生系列临床医学专业高级职称评审委员会");
        committee.CurrentFilingId.ShouldBe(filingId);
        committee.FilingValidUntil.ShouldBe(new DateOnly(2029, 5, 19));
        (await db.CommitteeFilings.SingleAsync(f => f.Id == _year.Filing.Id)).Status.ShouldBe(FilingStatus.Approved);
    }
}
