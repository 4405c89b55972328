using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.People;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Cli;
using static Zhicheng.E2E.Harness.MeetingWorldSite;

namespace Zhicheng.E2E.Meetings;

/// <summary>
/// The year finished for a committee, in browsers, as the people who do it (issue 6): the office schedules a meeting of
/// the three accepted applications and draws a panel of 5 from a roster of 7 — the expert who works at the applicants'
/// hospital passed over for recusal (回避), the draw re-run and found consistent; with 3 of 5 present the ballot is refused
/// for quorum, with 4 it opens once the review group of those 4 has scored every candidate, each expert in their own
/// session; four experts vote in their own sessions (a second ballot refused) while the office sees no counts; the tally
/// passes 李医生 (4 of 4) and 周医生 (3 of 4) and fails 孙医生 (2 of 4) by the two-thirds rule; the results are publicised
/// without identity numbers and confirmed by the city bureau after the 5 working days; the doctor downloads a certificate
/// whose Chinese text is real text, whose QR opens a page that says 有效 and that <c>zhicheng verify-certificate</c>
/// accepts — and once the bureau revokes the title for falsification, the QR and the number-and-name lookup say 已撤销.
/// </summary>
public sealed partial class MeetingYearJourney(ZhichengSite site, MeetingWorldSite world) : BrowserJourney(site), IClassFixture<MeetingWorldSite>
{
    private const string Place = "运城市人社局三楼评审室";
    private const string DocumentNumber = "运人社职称〔2025〕18号";

    protected override Uri BaseAddress => world.BaseAddress;

    protected override string Password => TestWorld.Password;

    [Fact]
    public async Task Year_DrawnQuorateVotedPublicisedConfirmed_CertificateVerifiesUntilRevoked()
    {
        var (doctor, failing, passing) = (world.Applicants[0], world.Applicants[1], world.Applicants[2]);

        // 1. 11-03: the office schedules the meeting and draws the panel; the expert of 中心医院 is passed over (回避).
        world.Clock.Today.ShouldBe(PrepDay);
        await SignInAsync(OfficeUser);
        await Page.GetByRole(AriaRole.Link, new() { Name = "评审会议", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "安排评审会议" }).ClickAsync();
        foreach (var person in world.Applicants)
        {
            await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = person.Name, Exact = true })).ToBeVisibleAsync();
        }
        await Page.GetByLabel("会议日期").FillAsync("2025-11-14");
        await Page.GetByLabel("地点").FillAsync(Place);
        await Page.GetByLabel("评委人数").FillAsync("5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "安排评审会议" }).ClickAsync();
        await ShowsStatusAsync(Page, "已安排评审会议");
        var meeting = $"/meetings/{MeetingId().Match(Page.Url).Groups[1].Value}";
        await Page.GetByRole(AriaRole.Button, new() { Name = "抽取评委" }).ClickAsync();
        await ShowsStatusAsync(Page, "已随机抽取评委");

        var panel = Page.GetByRole(AriaRole.Region, new() { NameRegex = PanelHeading() });
        await Expect(panel.GetByRole(AriaRole.Heading)).ToHaveTextAsync("评委（5 人，出席 0 人）");
        var seated = new List<RosterExpert>();
        foreach (var expert in world.Experts)
        {
            if (await panel.GetByRole(AriaRole.Cell, new() { Name = expert.Name, Exact = true }).CountAsync() > 0)
            {
                seated.Add(expert);
            }
        }
        seated.Count.ShouldBe(5);
        seated.ShouldNotContain(world.RecusedExpert);

        await Page.GetByRole(AriaRole.Button, new() { Name = "复核抽取" }).ClickAsync();
        await ShowsStatusAsync(Page, "复核一致");
        var record = Page.GetByRole(AriaRole.Region, new() { Name = "抽取记录" });
        await Expect(RowOf(record, world.RecusedExpert.Name)).ToContainTextAsync($"回避：与申报人同一单位（{world.World.Hospital.Name}）");
        await Expect(record.GetByRole(AriaRole.Cell, new() { Name = "入选", Exact = true })).ToHaveCountAsync(5);

        // 2. Only 3 of the 5 sign in as present; they make one review group for the whole list.
        await RecordAttendanceAsync(meeting, seated.Take(3));
        await FormOneGroupAsync(seated.Take(3));
        await SignOutAsync();

        // 11-14, the meeting day: the ballot is refused for quorum (4 of 5 is the least, 2/3).
        world.Clock.Today = MeetingDay;
        await SignInAsync(OfficeUser);
        await Page.GotoAsync(meeting);
        await Page.GetByRole(AriaRole.Button, new() { Name = "开始投票" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("出席评委 3 人，不足评委总数 5 人的 2/3（至少 4 人），不能开始投票");

        // A fourth expert arrives; the group is formed again of the 4 present.
        var present = seated.Take(4).ToList();
        await RecordAttendanceAsync(meeting, present);
        await FormOneGroupAsync(present);

        // The group's experts, each in their own session, score the candidates and write the group's opinion.
        var experts = new List<IPage>();
        foreach (var expert in present)
        {
            experts.Add(await SeatAsync(expert.UserName));
        }
        for (var i = 0; i < world.Applicants.Count; i++)
        {
            await ScoreAsync(experts[i], world.Applicants[i].Name, 80 + i);
        }
        await experts[3].ReloadAsync();
        await Expect(experts[3].GetByRole(AriaRole.Region, new() { NameRegex = ListHeading() })).Not.ToContainTextAsync("尚未评议");

        // 3. The ballot opens; four experts vote in their own sessions, secretly.
        await Page.GotoAsync(meeting);
        await Page.GetByRole(AriaRole.Button, new() { Name = "开始投票" }).ClickAsync();
        await ShowsStatusAsync(Page, "已开始无记名投票");

        // The first expert's ballot is also open in a second tab: the second submission is refused.
        var secondTab = await experts[0].Context.NewPageAsync();
        _sessions.Add(secondTab);
        await secondTab.GotoAsync(experts[0].Url);
        await VoteAsync(experts[0], (doctor.Name, "同意"), (failing.Name, "同意"), (passing.Name, "同意"));
        await VoteAsync(experts[1], (doctor.Name, "同意"), (failing.Name, "同意"), (passing.Name, "同意"));
        await ChooseAsync(secondTab, (doctor.Name, "不同意"), (failing.Name, "不同意"), (passing.Name, "不同意"));
        await secondTab.GetByRole(AriaRole.Button, new() { Name = "提交选票" }).ClickAsync();
        await Expect(secondTab.GetByRole(AriaRole.Alert)).ToContainTextAsync("您已投过票，每位评委只能投一次");
        await experts[0].ReloadAsync();
        await Expect(experts[0].GetByRole(AriaRole.Form, new() { Name = "选票" })).ToHaveCountAsync(0);
        await ShowsStatusAsync(experts[0], "您已投票");

        // Halfway, the office sees who has voted but no count of any choice.
        await Page.ReloadAsync();
        await ShowsStatusAsync(Page, "已投票 2 / 出席 4 人");
        var list = Page.GetByRole(AriaRole.Region, new() { NameRegex = ListHeading() });
        await Expect(list).ToContainTextAsync("投票进行中不显示任何计票数");
        await Expect(list.GetByRole(AriaRole.Columnheader, new() { Name = "同意", Exact = true })).ToHaveCountAsync(0);

        await VoteAsync(experts[2], (doctor.Name, "同意"), (failing.Name, "不同意"), (passing.Name, "同意"));
        await VoteAsync(experts[3], (doctor.Name, "同意"), (failing.Name, "弃权"), (passing.Name, "弃权"));

        // The office closes the ballot: two-thirds of the 4 present (3 × yes ≥ 2 × 4) pass.
        await Page.ReloadAsync();
        await ShowsStatusAsync(Page, "已投票 4 / 出席 4 人");
        await Page.GetByRole(AriaRole.Button, new() { Name = "结束投票" }).ClickAsync();
        await ShowsStatusAsync(Page, "投票已结束并计票");
        await ExpectTallyAsync(list, doctor.Name, yes: "4", result: "通过");
        await ExpectTallyAsync(list, failing.Name, yes: "2", result: "未通过");
        await ExpectTallyAsync(list, passing.Name, yes: "3", result: "通过");
        var minutes = await Page.APIRequest.GetAsync(await Page.GetByRole(AriaRole.Link, new() { Name = "下载会议纪要（PDF）" }).GetAttributeAsync("href") ?? "");
        minutes.Status.ShouldBe(200);
        minutes.Headers["content-type"].ShouldStartWith("application/pdf");
        (await minutes.BodyAsync()).AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue("the minutes are a PDF");
        await SignOutAsync();

        // 4. 11-17: the results are publicised; the public page lists those who passed, without identity numbers.
        world.Clock.Today = new DateOnly(2025, 11, 17);
        await SignInAsync(OfficeUser);
        await Page.GotoAsync(meeting);
        await Page.GetByRole(AriaRole.Button, new() { Name = "发布结果公示" }).ClickAsync();
        await ShowsStatusAsync(Page, "已发布评审结果公示");
        var results = meeting.Replace("/meetings/", "/results/", StringComparison.Ordinal);
        var visitor = await SessionAsync(null);
        await visitor.GotoAsync(results);
        var publicList = visitor.GetByRole(AriaRole.Table);
        await Expect(publicList.GetByRole(AriaRole.Cell, new() { Name = doctor.Name, Exact = true })).ToBeVisibleAsync();
        await Expect(publicList.GetByRole(AriaRole.Cell, new() { Name = passing.Name, Exact = true })).ToBeVisibleAsync();
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync(failing.Name);
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync(IdentityLike());
        await SignOutAsync();

        // 11-24, after the 5 working days (11-17…11-21): the city bureau, which supervises the committee, confirms.
        world.Clock.Today = new DateOnly(2025, 11, 24);
        var bureau = await SessionAsync(SupervisorUser);
        await bureau.GetByRole(AriaRole.Link, new() { Name = "评审会议", Exact = true }).ClickAsync();
        await bureau.GetByRole(AriaRole.Link, new() { NameRegex = MeetingNumber() }).ClickAsync();
        await bureau.GetByLabel("文号").FillAsync(DocumentNumber);
        await bureau.GetByRole(AriaRole.Button, new() { Name = "审核确认" }).ClickAsync();
        await ShowsStatusAsync(bureau, "评审结果已审核确认，职称已授予并签发电子证书");
        var certificates = bureau.GetByRole(AriaRole.Region, new() { Name = "审核确认与职称证书" });
        await Expect(certificates.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(RowOf(certificates, passing.Name)).ToContainTextAsync("卫生系列 临床医学 副高级");
        await Expect(certificates).Not.ToContainTextAsync(failing.Name);
        var doctorsRow = RowOf(certificates, doctor.Name);
        var certificateNumber = (await doctorsRow.GetByRole(AriaRole.Cell).Nth(3).InnerTextAsync()).Trim();
        certificateNumber.ShouldMatch("^\\d{18}[\\dX]$");
        var download = await doctorsRow.GetByRole(AriaRole.Link, new() { NameRegex = DownloadLink() }).GetAttributeAsync("href");
        var titleId = TitleId().Match(download!).Groups[1].Value;

        // 5. The doctor sees the title on their record and downloads the certificate.
        var applicant = await SessionAsync(ApplicantUser);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Row).Filter(new() { HasText = certificateNumber })).ToContainTextAsync("副高级");
        var pdf = Path.Combine(TempDirectory.FullName, "certificate.pdf");
        var answer = await applicant.APIRequest.GetAsync($"/titles/{titleId}/certificate");
        answer.Status.ShouldBe(200);
        answer.Headers["content-type"].ShouldStartWith("application/pdf");
        await File.WriteAllBytesAsync(pdf, await answer.BodyAsync());

        // It renders, and its Chinese is text in an embedded font with a Unicode map (pdftotext reads it back), not boxes.
        var png = new FileInfo(CertificateScan.RenderPng(pdf, 150));
        png.Exists.ShouldBeTrue();
        png.Length.ShouldBeGreaterThan(10_000);
        CertificateScan.Fonts(pdf).ShouldAllBe(font => font.Embedded && font.Unicode);
        var text = CertificateScan.Text(pdf);
        text.ShouldContain(doctor.Name);
        text.ShouldContain("副高级");
        text.ShouldContain("临床医学");
        text.ShouldContain(certificateNumber);

        // Its QR opens the public verification: 有效, the identity number masked.
        var qr = CertificateScan.DecodeQr(pdf).ShouldNotBeNull("the certificate's QR is decoded");
        qr.ShouldStartWith($"{world.BaseAddress}verify/");
        await visitor.GotoAsync(qr);
        await Expect(visitor.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
        await Expect(visitor.Locator("main")).ToContainTextAsync(IdNumbers.Mask(doctor.IdNumber));
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync(doctor.IdNumber);

        // The offline check with the issuer's public key accepts it.
        var publicKey = Path.Combine(TempDirectory.FullName, "issuer.pem");
        await File.WriteAllTextAsync(publicKey, world.Services.GetRequiredService<CertificateSigner>().PublicKeyPem);
        ZhichengCommandLine.Run(["verify-certificate", pdf, "--public-key", publicKey]).ShouldBe(0);

        // 6. The bureau revokes the title for falsification: the QR and the number-and-name lookup now say 已撤销.
        await bureau.GotoAsync($"/titles/{titleId}/revoke");
        await bureau.GetByLabel("弄虚作假的事实").FillAsync("经查，其申报的业绩成果系伪造");
        await bureau.GetByLabel("证据").FillAsync("原单位出具的核查报告");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "撤销职称" }).ClickAsync();
        await ShowsStatusAsync(bureau, "已撤销该职称");
        await visitor.GotoAsync(qr);
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("已撤销");
        await visitor.GotoAsync("/verify");
        await visitor.GetByLabel("证书编号").FillAsync(certificateNumber);
        await visitor.GetByLabel("姓名").FillAsync(doctor.Name);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("已撤销");
    }

    /// <summary>On the office's meeting page: <paramref name="experts"/> ticked present (in their rows of the panel), then 出席登记.</summary>
    private async Task RecordAttendanceAsync(string meeting, IEnumerable<RosterExpert> experts)
    {
        await Page.GotoAsync(meeting);
        var attendance = Page.GetByRole(AriaRole.Form, new() { Name = "出席登记" });
        foreach (var expert in experts)
        {
            await RowOf(attendance, expert.Name).GetByRole(AriaRole.Checkbox).CheckAsync();
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "出席登记" }).ClickAsync();
        await ShowsStatusAsync(Page, "已登记出席");
    }

    /// <summary>One review group, 第一评议组, of <paramref name="experts"/> with every applicant on the list.</summary>
    private async Task FormOneGroupAsync(IEnumerable<RosterExpert> experts)
    {
        await Page.GetByLabel("第1评议组名称").FillAsync("第一评议组");
        // The first row of the form is the first group ("0"), whatever it is called yet.
        foreach (var name in experts.Select(e => e.Name).Concat(world.Applicants.Select(a => a.Name)))
        {
            await Page.GetByLabel($"{name} 的评议组").SelectOptionAsync("0");
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "设置评议组" }).ClickAsync();
        await ShowsStatusAsync(Page, "已设置评议组");
    }

    /// <summary>An expert's own session, on their seat page of the meeting (我的评审会议 → 进入会议).</summary>
    private async Task<IPage> SeatAsync(string userName)
    {
        var page = await SessionAsync(userName);
        await page.GetByRole(AriaRole.Link, new() { Name = "评审会议", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = EnterMeeting() }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = MeetingNumber() })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The expert scores <paramref name="applicant"/> on the five dimensions and writes the group's opinion.</summary>
    private static async Task ScoreAsync(IPage expert, string applicant, int score)
    {
        var form = expert.GetByRole(AriaRole.Form, new() { Name = $"评议 {applicant}" });
        foreach (var dimension in new[] { "思想品德", "职业道德", "专业能力", "技术水平", "学术影响力" })
        {
            await form.GetByLabel(dimension).FillAsync(score.ToString(CultureInfo.InvariantCulture));
        }
        await form.GetByLabel("评议意见").FillAsync("临床能力扎实，技术创新有实效，同意提交表决。");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存评议" }).ClickAsync();
        await ShowsStatusAsync(expert, "已保存评议打分和评议意见");
    }

    /// <summary>The expert's ballot: a choice (同意/不同意/弃权) for each applicant, submitted.</summary>
    private static async Task VoteAsync(IPage expert, params (string Applicant, string Choice)[] choices)
    {
        await expert.ReloadAsync();
        await ChooseAsync(expert, choices);
        await expert.GetByRole(AriaRole.Button, new() { Name = "提交选票" }).ClickAsync();
        await ShowsStatusAsync(expert, "选票已提交");
        await ShowsStatusAsync(expert, "您已投票");
    }

    private static async Task ChooseAsync(IPage expert, params (string Applicant, string Choice)[] choices)
    {
        var ballot = expert.GetByRole(AriaRole.Form, new() { Name = "选票" });
        foreach (var (applicant, choice) in choices)
        {
            var candidate = ballot.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(applicant)}（") });
            await candidate.GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).CheckAsync();
        }
    }

    /// <summary>The tally of one applicant in the office's list: the 同意 count and the result.</summary>
    private static async Task ExpectTallyAsync(ILocator list, string applicant, string yes, string result)
    {
        var cells = RowOf(list, applicant).GetByRole(AriaRole.Cell);
        await Expect(list.GetByRole(AriaRole.Columnheader, new() { Name = "同意", Exact = true })).ToBeVisibleAsync();
        await Expect(cells.Nth(6)).ToHaveTextAsync(yes);
        await Expect(cells.Nth(9)).ToHaveTextAsync(result);
    }

    /// <summary>The table row with a cell that reads exactly <paramref name="name"/>.</summary>
    private static ILocator RowOf(ILocator within, string name) =>
        within.GetByRole(AriaRole.Row).Filter(new() { Has = within.Page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    private static Task ShowsStatusAsync(IPage page, string text) =>
        Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text })).ToBeVisibleAsync();
}
