using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Meetings;

/// <summary>
/// 专家库 at <c>/committees/{id}/experts</c>: whoever manages the committee sees the roster with terms, levels, employers,
/// availability and accounts, marks an expert unavailable and available again, links an account (an unknown name refused
/// beside it) and declares a relation to an applicant (an empty one refused); others find no such page.
/// </summary>
[Collection(MeetingCollection.Name)]
public sealed class ExpertPoolPageTests(MeetingSite site)
{
    private string Page => $"/committees/{site.CommitteeId}/experts";

    [Fact]
    public async Task Roster_ForTheDepartmentThatManagesIt_ShowsTermsEmployersAndAccounts()
    {
        var text = MeetingForms.Squeeze(await site.Client(AccountRole.DepartmentReviewer).TextAsync(Page));

        text.ShouldContain("专家01 2025-03-10 至 2028-03-09 副高级 临床医学 山西省第1人民医院");
        text.ShouldContain("专家03 2025-03-10 至 2028-03-09 正高级");
        (await site.Client(AccountRole.DepartmentReviewer).Http.GetStringAsync(Page)).ShouldContain("value=\"expert01\"");
        (await site.Client(AccountRole.DepartmentReviewer).Http.GetStringAsync($"/committees/{site.CommitteeId}")).ShouldContain($"href=\"{Page}\"");
    }

    [Theory]
    [InlineData("applicant")]
    [InlineData("expert01")]
    [InlineData("committee.office")]
    [InlineData("county.staff")]
    public async Task Roster_ForOthers_IsNotFound(string userName)
    {
        var client = site.Client(userName).Http;

        (await client.GetAsync(Page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Availability_IsToggledOffAndOnAgain()
    {
        var office = site.Client(MeetingSite.Office);
        var last = site.Experts[^1];

        (await (await office.Post(Page, $"{Page}?handler=Available", ("memberId", $"{last.MemberId}"), ("available", "false"))).RedirectedTo())
            .ShouldBe($"{Page}?done=available");
        MeetingForms.Squeeze(await office.TextAsync(Page)).ShouldContain($"{last.Name} 2025-03-10");
        (await AvailableAsync(last.MemberId)).ShouldBeFalse();
        (await office.Http.GetStringAsync(Page)).ShouldContain($"设为可参加<span class=\"sr-only\">：{last.Name}</span>");
        await (await office.Post(Page, $"{Page}?handler=Available", ("memberId", $"{last.MemberId}"), ("available", "true"))).RedirectedTo();
        (await AvailableAsync(last.MemberId)).ShouldBeTrue();
    }

    [Fact]
    public async Task Account_ThatIsNoExpertAccount_IsRefusedBesideIt()
    {
        var office = site.Client(MeetingSite.Office);
        var first = site.Experts[0];

        var refused = await (await office.Post(Page, $"{Page}?handler=Account", ("memberId", $"{first.MemberId}"), ("userName", "applicant"))).Refused();
        refused.ShouldContain("没有名为“applicant”的评审专家账号");
        (await (await office.Post(Page, $"{Page}?handler=Account", ("memberId", $"{first.MemberId}"), ("userName", first.UserName))).RedirectedTo())
            .ShouldBe($"{Page}?done=account");
    }

    [Fact]
    public async Task Relation_IsDeclaredAndListed_AnEmptyOneIsRefused()
    {
        var office = site.Client(MeetingSite.Office);
        var expert = site.Experts[5];
        var person = site.Applicants[1];

        var empty = await (await office.Post(Page, $"{Page}?handler=Declare", ("memberId", $"{expert.MemberId}"), ("personId", $"{person.Id}"), ("relation", ""))).Refused();
        empty.ShouldContain("请写明利害关系");
        (await (await office.Post(Page, $"{Page}?handler=Declare", ("memberId", $"{expert.MemberId}"), ("personId", $"{person.Id}"), ("relation", "硕士研究生导师"))).RedirectedTo())
            .ShouldBe($"{Page}?done=declared");
        MeetingForms.Squeeze(await office.TextAsync(Page)).ShouldContain($"{expert.Name} {person.Name} 硕士研究生导师");
    }

    private async Task<bool> AvailableAsync(int memberId)
    {
        await using var db = site.Read();
        return await db.CommitteeMembers.Where(m => m.Id == memberId).Select(m => m.Available).SingleAsync();
    }
}
