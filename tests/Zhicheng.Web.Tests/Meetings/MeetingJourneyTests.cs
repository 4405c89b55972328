using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;
using static Zhicheng.Web.Tests.Meetings.MeetingForms;

namespace Zhicheng.Web.Tests.Meetings;

/// <summary>
/// One meeting through the pages, as the people in it do it: the office schedules the three open accepted applications
/// (a date off the plan refused beside its field), draws the panel, records attendance and forms one review group; an
/// expert scores each candidate (a missing opinion refused); the ballot opens only on the meeting day; the five experts
/// vote through their seat pages — while they vote, the office's and the bureau's pages show how many voted and never a
/// count of 同意 — and a second ballot is refused; the office closes, the tally appears with the minutes; the results
/// are publicised to the public without identity numbers, an objection is recorded and resolved, the city bureau
/// confirms, and the doctor downloads their certificate, which an unrelated applicant cannot.
/// </summary>
[Collection(MeetingCollection.Name)]
public sealed partial class MeetingJourneyTests(MeetingSite site)
{
    [Fact]
    public async Task Meeting_FromSchedulingToCertificate_ThroughThePages()
    {
        site.Clock.Today = MeetingSite.PrepDay;
        var office = site.Client(MeetingSite.Office);
        var city = site.Client(AccountRole.CityAdmin);
        var open = site.Accepted.Where((_, i) => i is 0 or 3 or 4).ToList();

        // 安排评审会议: every open accepted application ticked; a day off the plan is refused beside the date.
        var newPage = $"/meetings/new?committeeId={site.CommitteeId}&year={MeetingSite.Year}";
        var form = await office.Http.GetStringAsync(newPage);
        foreach (var a in open)
        {
            form.ShouldContain($"value=\"{a.Id}\" checked=\"checked\"");
        }
        form.ShouldNotContain($"value=\"{site.Accepted[1].Id}\"");
        (string, string)[] Schedule(string day) =>
        [
            ("committeeId", $"{site.CommitteeId}"), ("heldOn", day), ("place", MeetingSite.Place), ("panelSize", $"{MeetingSite.PanelSize}"),
            ("specialties", TestYear.Specialty), .. open.Select(a => ("applicationIds", $"{a.Id}")),
        ];
        var offPlan = await (await office.Post(newPage, newPage, Schedule("2025-11-20"))).Refused();
        offPlan.ShouldContain("会议日期：会议日期须是经批准的年度工作方案中的评审会议日期（2025-11-14、2025-11-15）");
        var scheduled = await (await office.Post(newPage, newPage, Schedule("2025-11-14"))).RedirectedTo();
        var id = int.Parse(MeetingLink().Match(scheduled).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        scheduled.ShouldBe($"/meetings/{id}?done=scheduled");
        var page = $"/meetings/{id}";

        // 抽取评委, 出席登记, 评议组.
        (await office.TextAsync(page)).ShouldContain("已安排");
        await Act(office, page, "Draw");
        var meeting = await site.MeetingAsync(id);
        meeting.Status.ShouldBe(MeetingStatus.PanelDrawn);
        meeting.Seats.Count.ShouldBe(MeetingSite.PanelSize);
        await Act(office, page, "Attendance", [.. meeting.Seats.Select(s => ("present", $"{s.Id}"))]);
        meeting = await site.MeetingAsync(id);
        await Act(office, page, "Groups",
        [
            ("groupNames[0]", "第一评议组"),
            .. meeting.Seats.Select(s => ($"seatGroups[{s.Id}]", "0")),
            .. meeting.Candidates.Select(c => ($"candidateGroups[{c.Id}]", "0")),
        ]);
        meeting = await site.MeetingAsync(id);
        meeting.Seats.ShouldAllBe(s => s.Present && s.GroupId != null);
        meeting.Candidates.ShouldAllBe(c => c.GroupId != null);

        // 评议打分 by the first expert of the group: an opinion left out is refused beside it.
        var scorer = site.Client(site.ExpertOf(meeting.Seats[0]));
        var seatPage = $"/meetings/{id}/seat";
        var noOpinion = await (await scorer.Post(seatPage, $"{seatPage}?handler=Score", Scores(meeting.Candidates[0].Id, ""))).Refused();
        noOpinion.ShouldContain("请填写评议意见（MOHRSS-40-review-group）");
        foreach (var c in meeting.Candidates)
        {
            (await (await scorer.Post(seatPage, $"{seatPage}?handler=Score", Scores(c.Id, "临床能力扎实，建议提交表决。"))).RedirectedTo()).ShouldBe($"{seatPage}?done=scored");
        }

        // 开始投票: not before the meeting day; then quorum 5 of 5.
        var early = await (await office.Post(page, $"{page}?handler=Open", ("Version", $"{meeting.Version}"))).Refused();
        early.ShouldContain("投票在会议当天（2025-11-14）进行");
        site.Clock.Today = MeetingSite.MeetingDay;
        Squeeze(await office.TextAsync(page)).ShouldContain("出席评委 5 / 评委总数 5 人");
        await Act(office, page, "Open");

        // 无记名投票 through the seat pages: 李医生 5 yes; 申报人03 4 yes 1 no; 申报人04 2 yes 2 no 1 abstain.
        string[] table = ["YYYYY", "YYYYN", "YYNNA"];
        for (var v = 0; v < meeting.Seats.Count; v++)
        {
            if (v == 2)
            {
                foreach (var watcher in new[] { office, city })
                {
                    var during = Squeeze(await watcher.TextAsync(page));
                    during.ShouldContain("已投票 2 / 出席 5 人");
                    during.ShouldNotContain("同意");
                    during.ShouldNotContain("弃权");
                }
            }
            var expert = site.Client(site.ExpertOf(meeting.Seats[v]));
            var ballot = await expert.Http.GetStringAsync(seatPage);
            ballot.ShouldContain("无记名投票");
            ballot.ShouldContain("<legend>李医生（");
            ballot.ShouldContain("提交选票");
            ballot.ShouldNotContain("checked=\"checked\"");
            var choices = meeting.Candidates.Select((c, i) => ($"choices[{c.Id}]", table[i][v] switch { 'Y' => "Yes", 'N' => "No", _ => "Abstain" })).ToArray();
            (await (await expert.Post(seatPage, $"{seatPage}?handler=Ballot", choices)).RedirectedTo()).ShouldBe($"{seatPage}?done=voted");
            var after = await expert.TextAsync(seatPage);
            after.ShouldContain("您已投票");
            after.ShouldNotContain("提交选票");
        }
        var again = site.Client(site.ExpertOf(meeting.Seats[0]));
        var second = await (await again.Post(seatPage, $"{seatPage}?handler=Ballot",
            [.. meeting.Candidates.Select(c => ($"choices[{c.Id}]", "No"))])).Refused();
        second.ShouldContain("您已投过票，每位评委只能投一次（MOHRSS-40-ballot）");

        // 结束投票: the tally, the outcome, the minutes.
        await Act(office, page, "Close");
        var counted = Squeeze(await office.TextAsync(page));
        counted.ShouldContain("同意 不同意 弃权 结果");
        counted.ShouldContain("5 0 0 通过");
        counted.ShouldContain("4 1 0 通过");
        counted.ShouldContain("2 2 1 未通过");
        var minutes = await office.Http.GetAsync($"/meetings/{id}/minutes");
        minutes.StatusCode.ShouldBe(HttpStatusCode.OK);
        minutes.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await minutes.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        (await site.Client(AccountRole.Applicant).Http.GetAsync($"/meetings/{id}/minutes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 结果公示: the public page names those who passed and their units, and no identity number at all.
        site.Clock.Today = MeetingSite.PublicityDay;
        await Act(office, page, "Publish", ("start", Iso(MeetingSite.PublicityDay)));
        var publicPage = await site.Anonymous().GetAsync($"/results/{id}");
        publicPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = PageClient.Text(await publicPage.Content.ReadAsStringAsync());
        published.ShouldContain("李医生");
        published.ShouldContain("申报人03");
        published.ShouldContain("运城市中心医院");
        published.ShouldContain("2025-11-17 至 2025-11-21");
        published.ShouldContain("办事机构");
        published.ShouldNotContain("申报人04");
        foreach (var person in site.Applicants)
        {
            published.ShouldNotContain(person.IdNumber);
            published.ShouldNotContain(IdNumbers.Mask(person.IdNumber));
            published.ShouldNotContain(person.IdNumber[..6] + "*");
        }
        (await site.Anonymous().GetStringAsync($"/results?year={MeetingSite.Year}")).ShouldContain($"href=\"/results/{id}\"");

        // 公示异议: recorded and resolved by the office; only the supervising bureau sees the confirmation.
        var objected = meeting.Candidates[1].Id;
        await Act(office, page, "Objection", ("candidateId", $"{objected}"), ("raisedBy", "匿名"), ("content", "反映其业绩材料存疑"));
        await using (var db = site.Read())
        {
            var objection = await db.ResultObjections.SingleAsync(o => o.MeetingId == id);
            await Act(office, page, "Resolve", ("objectionId", $"{objection.Id}"), ("resolution", "经核查，业绩材料属实，异议不成立"));
        }
        (await office.Http.GetStringAsync(page)).ShouldNotContain("审核确认</button>");
        site.Clock.Today = MeetingSite.ConfirmDay;
        (await city.Http.GetStringAsync(page)).ShouldContain("审核确认</button>");
        await Act(city, page, "Confirm", ("documentNumber", "运人社职称〔2025〕18号"), ("overrideReason", ""));

        // 职称证书: the titles with their numbers; the doctor downloads theirs; an unrelated applicant and the office cannot.
        await using var read = site.Read();
        var certificates = await read.Certificates.AsNoTracking().Include(c => c.Title).Where(c => c.Title!.CommitteeId == site.CommitteeId)
            .OrderBy(c => c.Number).ToListAsync();
        certificates.Select(c => c.Title!.PersonId).ShouldBe([site.World.Doctor.Id, site.Applicants[3].Id], ignoreOrder: true);
        var confirmed = await city.TextAsync(page);
        confirmed.ShouldContain("运人社职称〔2025〕18号");
        foreach (var c in certificates)
        {
            confirmed.ShouldContain(c.Number);
        }
        var doctors = certificates.Single(c => c.Title!.PersonId == site.World.Doctor.Id);
        // The list as a workbook for filing: the tally, the outcome and the certificate number.
        var workbook = await city.Http.GetByteArrayAsync($"{page}?handler=Export");
        var exported = MiniExcelLibs.MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Single(r => (string?)r["姓名"] == site.World.Doctor.Name);
        exported["表决结果"].ShouldBe("通过");
        exported["证书编号"].ShouldBe(doctors.Number);
        ((double)exported["同意"]! + (double)exported["不同意"]! + (double)exported["弃权"]!).ShouldBeLessThanOrEqualTo((double)exported["出席评委"]!);
        var link = $"/titles/{doctors.TitleId}/certificate";
        (await city.Http.GetStringAsync(page)).ShouldContain($"href=\"{link}\"");
        // The applicant finds it on their own record page.
        (await site.Client(AccountRole.Applicant).Http.GetStringAsync($"/people/{site.World.Doctor.Id}")).ShouldContain($"href=\"{link}\"");
        var pdf = await site.Client(AccountRole.Applicant).Http.GetAsync(link);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{doctors.Number}.pdf");
        (await pdf.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        (await site.Client(MeetingSite.Engineer).Http.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.Http.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.Anonymous().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Once the title is revoked its certificate is no longer handed out, and the record page no longer links it.
        await read.Titles.Where(t => t.Id == doctors.TitleId).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedOn, MeetingSite.ConfirmDay.AddDays(3)));
        var gone = await site.Client(AccountRole.Applicant).Http.GetAsync(link);
        gone.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await gone.Content.ReadAsStringAsync()).ShouldContain($"证书 {doctors.Number} 所载职称已于 {MeetingSite.ConfirmDay.AddDays(3):yyyy-MM-dd} 撤销");
        (await site.Client(AccountRole.Applicant).Http.GetStringAsync($"/people/{site.World.Doctor.Id}")).ShouldNotContain($"href=\"{link}\"");
    }

    /// <summary>Posts one of the detail page's forms with the meeting's version as stored now; it must succeed.</summary>
    private async Task Act(PageClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var meeting = await site.MeetingAsync(int.Parse(page.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        var target = await (await client.Post(page, $"{page}?handler={handler}", [("Version", $"{meeting.Version}"), .. fields])).RedirectedTo();
        target.ShouldStartWith($"{page}?done=");
    }

    private static (string, string)[] Scores(int candidateId, string opinion) =>
    [
        ("candidateId", $"{candidateId}"), ("moralCharacter", "85"), ("professionalEthics", "88"), ("professionalAbility", "90"),
        ("technicalLevel", "86"), ("academicInfluence", "80"), ("opinion", opinion),
    ];

    [GeneratedRegex(@"^/meetings/(\d+)")]
    private static partial Regex MeetingLink();
}
