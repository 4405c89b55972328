using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Meetings;

/// <summary>
/// Who reaches the meeting pages, on the site's drawn meeting: the office and the city bureau see it whole (only the office
/// gets its forms); an expert, the office of another committee, the applicant and every other role find nothing (404); a
/// visitor is sent to sign in. An expert's seat page shows the list and their group — never the panel — and only to an
/// expert on the panel. The lists, the expert's own list and the public results follow the same lines.
/// </summary>
[Collection(MeetingCollection.Name)]
public sealed class MeetingAccessTests(MeetingSite site)
{
    [Fact]
    public async Task Detail_ForTheOffice_ShowsListPanelDrawAndTheOfficesForms()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var html = await site.Client(MeetingSite.Office).Http.GetStringAsync($"/meetings/{site.Drawn}");
        var text = MeetingForms.Squeeze(PageClient.Text(html));

        text.ShouldContain(meeting.Number);
        text.ShouldContain("申报人01");
        text.ShouldContain("申报人02");
        foreach (var seat in meeting.Seats)
        {
            text.ShouldContain(seat.Member!.Name);
            text.ShouldContain(seat.Member.Employer);
        }
        text.ShouldContain($"随机种子 {meeting.DrawSeed}");
        html.ShouldContain("出席登记</button>");
        html.ShouldContain("设置评议组</button>");
        html.ShouldContain("开始投票</button>");
        html.ShouldContain($"href=\"/applications/{site.Accepted[1].Id}\"");
    }

    [Fact]
    public async Task Detail_ForTheSupervisingBureau_ShowsEverythingButTheOfficesForms()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var html = await site.Client(AccountRole.CityAdmin).Http.GetStringAsync($"/meetings/{site.Drawn}");

        PageClient.Text(html).ShouldContain(meeting.Seats[0].Member!.Name);
        html.ShouldNotContain("出席登记</button>");
        html.ShouldNotContain("设置评议组</button>");
        html.ShouldNotContain("开始投票</button>");
        html.ShouldContain("复核抽取");
    }

    [Fact]
    public async Task Form_WithAStaleVersion_IsRefusedAtTheTop_AndChangesNothing()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var page = $"/meetings/{site.Drawn}";

        var refused = await (await site.Client(MeetingSite.Office).Post(page, $"{page}?handler=Attendance", ("Version", $"{meeting.Version - 1}"))).Refused();

        refused.ShouldContain("未能办理");
        refused.ShouldContain("版本：该会议已被他人更新，请刷新后重试");
        var stored = await site.MeetingAsync(site.Drawn);
        stored.Version.ShouldBe(meeting.Version);
        stored.Seats.ShouldAllBe(s => s.Present);
    }

    [Fact]
    public async Task ReplayedDraw_ForTheBureau_IsTheSame()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var text = MeetingForms.Squeeze(PageClient.Text(await site.Client(AccountRole.CityAdmin).Http.GetStringAsync($"/meetings/{site.Drawn}?handler=Replay")));

        text.ShouldContain("复核一致");
        text.ShouldNotContain("不一致");
        text.ShouldContain($"本次会议的评委（{meeting.Seats.Count} 人）");
        text.ShouldContain($"复核抽取的评委（{meeting.Seats.Count} 人）");
    }

    [Theory]
    [InlineData("expert01")]
    [InlineData("expert")]
    [InlineData("committee.office")]
    [InlineData("applicant")]
    [InlineData("employer.hr")]
    [InlineData("dept.reviewer")]
    [InlineData("county.staff")]
    [InlineData(MeetingSite.Engineer)]
    public async Task Detail_ForEveryoneElse_IsNotFound(string userName)
    {
        var client = site.Client(userName).Http;

        (await client.GetAsync($"/meetings/{site.Drawn}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/meetings/{site.Drawn}?handler=Replay")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var meeting = await site.MeetingAsync(site.Drawn);
        var posted = await site.Client(userName).Post("/", $"/meetings/{site.Drawn}?handler=Attendance", ("Version", $"{meeting.Version}"));
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.MeetingAsync(site.Drawn)).Version.ShouldBe(meeting.Version);
    }

    [Fact]
    public async Task Pages_ForAVisitor_AskToSignIn_ButTheResultsArePublic()
    {
        var visitor = site.Anonymous();

        foreach (var page in new[] { "/meetings", "/meetings/new", "/meetings/mine", $"/meetings/{site.Drawn}", $"/meetings/{site.Drawn}/seat" })
        {
            var response = await visitor.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        }
        var results = await visitor.GetAsync("/results");
        results.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await results.Content.ReadAsStringAsync()).ShouldContain("评审结果公示");
        (await visitor.GetAsync($"/results/{site.Drawn}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Seat_ForAnExpertOnThePanel_ShowsTheListAndTheirGroup_NeverThePanel()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var mine = meeting.Seats[0];
        var html = await site.Client(site.ExpertOf(mine)).Http.GetStringAsync($"/meetings/{site.Drawn}/seat");
        var text = MeetingForms.Squeeze(PageClient.Text(html));

        text.ShouldContain("申报人01");
        text.ShouldContain("申报人02");
        text.ShouldContain("我的评议组 第一评议组");
        text.ShouldContain("思想品德");
        text.ShouldContain("学术影响力");
        html.ShouldContain("保存评议</button>");
        foreach (var other in meeting.Seats.Skip(1))
        {
            text.ShouldNotContain(other.Member!.Name);
            text.ShouldNotContain(other.Member.Employer);
        }
        text.ShouldNotContain(mine.Member!.Employer);
    }

    [Fact]
    public async Task Seat_ForAnyoneNotOnThePanel_IsNotFound()
    {
        var meeting = await site.MeetingAsync(site.Drawn);
        var offPanel = site.Experts.First(e => meeting.Seats.All(s => s.MemberId != e.MemberId)).UserName;

        foreach (var userName in new[] { offPanel, "expert", MeetingSite.Office, "city.admin", "applicant" })
        {
            (await site.Client(userName).Http.GetAsync($"/meetings/{site.Drawn}/seat")).StatusCode.ShouldBe(HttpStatusCode.NotFound, userName);
        }
    }

    [Fact]
    public async Task List_ForOfficeAndBureau_ExpertsGoToTheirOwn_OthersFindNothing()
    {
        var meeting = await site.MeetingAsync(site.Drawn);

        var office = await site.Client(MeetingSite.Office).Http.GetStringAsync("/meetings?year=2025");
        office.ShouldContain($"href=\"/meetings/{site.Drawn}\"");
        office.ShouldContain("安排评审会议");
        var city = await site.Client(AccountRole.CityAdmin).Http.GetStringAsync("/meetings");
        city.ShouldContain(meeting.Number);
        city.ShouldNotContain("安排评审会议");
        (await site.Client(MeetingSite.Office).Http.GetStringAsync("/meetings?status=Voting")).ShouldNotContain(meeting.Number);
        var expert = await site.Client(site.ExpertOf(meeting.Seats[0])).Http.GetAsync("/meetings");
        expert.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        expert.Headers.Location!.ToString().ShouldBe("/meetings/mine");
        foreach (var userName in new[] { "applicant", "employer.hr", "dept.reviewer" })
        {
            (await site.Client(userName).Http.GetAsync("/meetings")).StatusCode.ShouldBe(HttpStatusCode.NotFound, userName);
        }
    }

    [Fact]
    public async Task Export_ForTheOffice_IsAWorkbookOfItsMeetings()
    {
        var meeting = await site.MeetingAsync(site.Drawn);

        var response = await site.Client(MeetingSite.Office).Http.GetAsync("/meetings?handler=Export&year=2025&status=PanelDrawn");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row["会议编号"].ShouldBe(meeting.Number);
        row["状态"].ShouldBe("已抽取评委");
        row["评审人数"].ShouldBe(2d);
        row["通过人数"].ShouldBeNull();
        (await site.Client("applicant").Http.GetAsync("/meetings?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExportOfOneMeeting_BeforeTheBallot_TheListWithoutCounts_OutsidersFindNothing()
    {
        var meeting = await site.MeetingAsync(site.Drawn);

        var response = await site.Client(MeetingSite.Office).Http.GetAsync($"/meetings/{site.Drawn}?handler=Export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"评审名单-{meeting.Number}.xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["申报编号"]).ShouldBe(meeting.Candidates.OrderBy(c => c.ApplicationId).Select(c => (object?)site.Accepted.Single(a => a.Id == c.ApplicationId).Number));
        rows.ShouldAllBe(r => r["同意"] == null && r["表决结果"] == null && r["证书编号"] == null);
        (await site.Client("city.admin").Http.GetAsync($"/meetings/{site.Drawn}?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var userName in new[] { "committee.office", "applicant", site.ExpertOf(meeting.Seats[0]) })
        {
            (await site.Client(userName).Http.GetAsync($"/meetings/{site.Drawn}?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.NotFound, userName);
        }
    }

    [Fact]
    public async Task Mine_ForAnExpert_ListsTheirSeats_OthersFindNothing()
    {
        var meeting = await site.MeetingAsync(site.Drawn);

        var html = await site.Client(site.ExpertOf(meeting.Seats[0])).Http.GetStringAsync("/meetings/mine");
        html.ShouldContain($"href=\"/meetings/{site.Drawn}/seat\"");
        PageClient.Text(html).ShouldContain("已出席");
        PageClient.Text(await site.Client("expert").Http.GetStringAsync("/meetings/mine")).ShouldContain("您尚未被抽取为任何评审会议的评委");
        (await site.Client(MeetingSite.Office).Http.GetAsync("/meetings/mine")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task New_OnlyForTheOffice()
    {
        (await site.Client(MeetingSite.Office).Http.GetAsync("/meetings/new")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var userName in new[] { "city.admin", "expert01", "committee.office", "applicant" })
        {
            // The office of another committee runs meetings, but not this committee's.
            (await site.Client(userName).Http.GetAsync($"/meetings/new?committeeId={site.CommitteeId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, userName);
        }
    }

    [Fact]
    public async Task Navigation_NamesTheMeetingsForTheirRoles_AndTheResultsForEveryone()
    {
        (await site.Client(MeetingSite.Office).Http.GetStringAsync("/")).ShouldContain("<a href=\"/meetings\">评审会议</a>");
        (await site.Client(AccountRole.CityAdmin).Http.GetStringAsync("/")).ShouldContain("<a href=\"/meetings\">评审会议</a>");
        (await site.Client("expert01").Http.GetStringAsync("/")).ShouldContain("<a href=\"/meetings/mine\">评审会议</a>");
        (await site.Client("applicant").Http.GetStringAsync("/")).ShouldNotContain("评审会议</a>");
        (await site.Anonymous().GetStringAsync("/")).ShouldContain("<a href=\"/results\">评审结果公示</a>");
    }
}
