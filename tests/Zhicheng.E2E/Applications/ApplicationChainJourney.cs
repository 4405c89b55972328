using System.Globalization;
using System.Text.RegularExpressions;
using Zhicheng.Domain.Calendar;
using Zhicheng.Tests.Shared;

namespace Zhicheng.E2E.Applications;

/// <summary>
/// One application through every step, in a browser, as the people who do it: the doctor of a county hospital (盐湖区)
/// applies with a material; the hospital returns it with a complete list of two problems; the doctor corrects and
/// resubmits; the hospital publicises it for 5 working days (the dates are the working-day calendar's) and recommends
/// it after the period; the health department and the county bureau approve; the committee office checks the
/// qualification and accepts it.
/// </summary>
public sealed partial class ApplicationChainJourney(ZhichengSite site, ClockedWorldSite world) : BrowserJourney(site), IClassFixture<ClockedWorldSite>
{
    protected override Uri BaseAddress => world.BaseAddress;

    protected override string Password => TestWorld.Password;

    [Fact]
    public async Task Application_ReturnedCorrectedPublicisedAndApprovedAtEveryStep_IsAccepted()
    {
        var pdf = Path.Combine(TempDirectory.FullName, "学历证书.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        // The doctor applies, attaches the degree certificate, reads the self-check and submits.
        await SignInAsync("applicant");
        await OpenAsync("/applications/new");
        await Page.GetByLabel("评委会").SelectOptionAsync(new SelectOptionValue { Label = TestYear.CommitteeName });
        await Page.GetByLabel("申报系列").FillAsync(TestYear.Series);
        await Page.GetByLabel("申报专业").FillAsync(TestYear.Specialty);
        await Page.GetByLabel("申报级别").SelectOptionAsync(new SelectOptionValue { Label = "副高级" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "创建申报" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已创建申报");
        var application = Page.Url.Split('?')[0];
        await Expect(Page.Locator("body")).ToContainTextAsync("按档案信息，符合申报条件。");
        await Page.GetByLabel("材料类别").SelectOptionAsync(new SelectOptionValue { Label = "学历证书" });
        await Page.GetByLabel("文件（PDF、PNG 或 JPEG）").SetInputFilesAsync(pdf);
        await Page.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "学历证书.pdf" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交");
        await SignOutAsync();

        // The hospital returns it with every problem at once.
        await SignInAsync("employer.hr");
        await OpenAsync("/applications/queue");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = SbNumber() }).First.ClickAsync();
        await Page.GetByLabel("需要补正的全部问题（每行一项）").FillAsync("业绩成果缺少单位证明\n年度考核表未盖章");
        await Page.GetByRole(AriaRole.Button, new() { Name = "退回补正" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已退回补正");
        await SignOutAsync();

        // The doctor reads the list, corrects and resubmits.
        await SignInAsync("applicant");
        await Page.GotoAsync(application);
        var list = Page.GetByRole(AriaRole.Region, new() { Name = "需要补正的问题（一次性告知）" });
        await Expect(list.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["业绩成果缺少单位证明", "年度考核表未盖章"]);
        await Page.GetByLabel("材料类别").SelectOptionAsync(new SelectOptionValue { Label = "业绩成果" });
        await Page.GetByLabel("文件（PDF、PNG 或 JPEG）").SetInputFilesAsync(pdf);
        await Page.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "重新提交" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交");
        await SignOutAsync();

        // The hospital publicises it; the end date is the calendar's fifth working day.
        var start = world.Clock.Today;
        var end = WorkingDayCalendar.China.PublicityEnd(start, 5);
        await SignInAsync("employer.hr");
        await Page.GotoAsync(application);
        await Page.GetByRole(AriaRole.Button, new() { Name = "开始公示" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已开始单位公示");
        await Expect(Page.Locator("dl.record")).ToContainTextAsync($"{Iso(start)} 至 {Iso(end)}（5 个工作日）");

        // … and recommends it once the period is over (the days passed: the session has expired, so sign in again).
        await SignOutAsync();
        world.Clock.Today = end.AddDays(1);
        await SignInAsync("employer.hr");
        await Page.GotoAsync(application);
        await Page.GetByLabel("审核意见").FillAsync("经公示无异议，同意推荐");
        await Page.GetByRole(AriaRole.Button, new() { Name = "审核通过并推荐" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已审核通过");
        await SignOutAsync();

        // The department and the county bureau approve in turn.
        foreach (var reviewer in new[] { "dept.reviewer", "county.staff" })
        {
            await SignInAsync(reviewer);
            await OpenAsync("/applications/queue");
            await Page.GetByRole(AriaRole.Link, new() { NameRegex = SbNumber() }).First.ClickAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "审核通过", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已审核通过");
            await SignOutAsync();
        }

        // The committee office checks the qualification and accepts it.
        await SignInAsync(ClockedWorldSite.OfficeUser);
        await OpenAsync("/applications/queue");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = SbNumber() }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "进行资格审查" }).ClickAsync();
        await Expect(Page.Locator("dl.record")).ToContainTextAsync(new Regex("资格审查\\s*通过"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
        await Expect(Page.Locator("dl.record")).ToContainTextAsync("已受理");
        var timeline = Page.GetByRole(AriaRole.Region, new() { Name = "办理记录" });
        await Expect(timeline).ToContainTextAsync("退回补正");
        await Expect(timeline).ToContainTextAsync("开始单位公示");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^SB2025-\\d{6}$")]
    private static partial Regex SbNumber();
}
