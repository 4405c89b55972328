using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 专家库: whoever manages the committee links an expert to an account of role 评审专家 (and no other), records declared
/// relations to people who applied to the committee (once each), and marks who cannot sit; nobody else reaches it.
/// </summary>
public sealed class ExpertPoolTests : MeetingServiceTest
{
    [Fact]
    public async Task LinkAccount_ExpertAccount_Linked()
    {
        await using var office = await Meet(Office);

        var member = (await office.Pool.LinkAccountAsync(office.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, " Expert ")).ShouldSucceed();

        member.AccountId.ShouldBe(World.Accounts[AccountRole.Expert].Id);
    }

    [Fact]
    public async Task LinkAccount_AccountOfAnotherRole_RefusedNamingUserName()
    {
        await using var office = await Meet(Office);

        (await office.Pool.LinkAccountAsync(office.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, "employer.hr"))
            .ShouldBeRefused("userName", ClauseIds.NationalRecusal);
        (await office.Db.CommitteeMembers.AsNoTracking().SingleAsync(m => m.Id == Experts[0].MemberId)).AccountId.ShouldBe(Experts[0].Viewer.AccountId);
    }

    [Fact]
    public async Task Declare_PersonWhoDidNotApplyToTheCommittee_RefusedNamingPerson()
    {
        await using var office = await Meet(Office);

        (await office.Pool.DeclareAsync(office.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, World.Engineer.Id, "亲属"))
            .ShouldBeRefused("personId", ClauseIds.NationalRecusal);
    }

    [Fact]
    public async Task Declare_SameRelationTwice_Refused()
    {
        await using var office = await Meet(Office);
        (await office.Pool.DeclareAsync(office.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, Accepted[0].PersonId, "亲属")).ShouldSucceed();

        (await office.Pool.DeclareAsync(office.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, Accepted[0].PersonId, "合作者"))
            .ShouldBeRefused("personId", ClauseIds.NationalRecusal).Message.ShouldBe("该回避关系已登记");
    }

    [Fact]
    public async Task Pool_ByAnExpertOrAnotherOffice_NotFound()
    {
        await using var expert = await Meet(Experts[0].Viewer);
        (await expert.Pool.SetAvailableAsync(expert.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, false)).ShouldBeNotFound();
        await using var other = await Meet(AccountRole.CommitteeOffice);
        (await other.Pool.DeclareAsync(other.Jurisdiction, Setup.Committee.Id, Experts[0].MemberId, Accepted[0].PersonId, "亲属")).ShouldBeNotFound();
    }
}
