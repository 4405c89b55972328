using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhicheng.E2E.Committees;

/// <summary>
/// The year's setup in the demo city, in a browser, as the people who do it: the committee office files a new
/// committee and the city bureau approves the filing; the city bureau publishes a standard, which anyone can then
/// read without signing in; the office drafts the year's work plan, the bureau returns it with a comment, the office
/// corrects it and the bureau approves it; the dashboard flags the committee whose filing runs out within weeks; and
/// a suspended committee is refused when it tries to open applications, the refusal naming its clause.
/// </summary>
public sealed partial class EvaluationYearJourney(ZhichengSite site) : BrowserJourney(site)
{
    private const string Committee = "运城市经济系列中级职称评审委员会";
    private const string Series = "经济系列";

    [Fact]
    public async Task TheYear_FiledPlannedPublishedAndSupervised()
    {
        var year = DateTime.Now.Year;

        // The committee office files a new committee.
        await SignInAsync("committee.office");
        await OpenAsync("/committees/new");
        await Page.GetByLabel("组建单位").SelectOptionAsync(new SelectOptionValue { Label = "运城市人力资源和社会保障局" });
        await Page.GetByLabel("评委会名称").FillAsync(Committee);
        await Page.GetByLabel("评委会级别").SelectOptionAsync(new SelectOptionValue { Label = "中级" });
        await Page.GetByLabel("评审系列").FillAsync(Series);
        await Page.GetByLabel("评审范围（单位）").SelectOptionAsync(new SelectOptionValue { Label = "运城市人力资源和社会保障局" });
        await Page.GetByLabel("评审范围（文字说明）").FillAsync("全市各类用人单位的经济专业人员");
        await Page.GetByLabel("评审条件").FillAsync("执行经济系列职称评价标准。");
        await Page.GetByLabel("规章制度").FillAsync("评委会章程、回避制度、保密制度。");
        await Page.GetByLabel("办事机构").FillAsync("市人社局专业技术人员管理科");
        await Page.GetByRole(AriaRole.Button, new() { Name = "创建评委会并生成备案草稿" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "查看、修改或报送" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存并报送核准" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已报送待核准");
        await SignOutAsync();

        // The city bureau approves it.
        await SignInAsync("city.admin");
        await OpenAsync("/committees/filings");
        await Page.GetByRole(AriaRole.Link, new() { Name = Committee }).First.ClickAsync();
        if (!Page.Url.Contains("/filings/", StringComparison.Ordinal))
        {
            await Page.GetByRole(AriaRole.Link, new() { Name = "查看、修改或报送" }).ClickAsync();
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "核准备案" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已核准备案");

        // … publishes a standard for the series, which the public page then shows.
        await OpenAsync("/standards/edit");
        await Page.GetByLabel("标准名称").FillAsync("运城市经济系列中级职称评价标准");
        await Page.GetByLabel("系列").First.FillAsync(Series);
        await Page.GetByLabel("级别").SelectOptionAsync(new SelectOptionValue { Label = "中级" });
        await Page.GetByLabel("施行年度").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/standards/\\d+$"));
        await SignOutAsync();
        await OpenAsync("/standards");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "运城市经济系列中级职称评价标准" })).ToBeVisibleAsync();

        // The office drafts the year's plan and submits it.
        await SignInAsync("committee.office");
        await OpenAsync("/plans");
        await Page.GetByLabel("评委会").SelectOptionAsync(new SelectOptionValue { Label = Committee });
        await Page.GetByLabel("年度").Last.FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "新建年度方案" }).ClickAsync();
        var plan = Page.Url;
        await FillScheduleAsync(year, meeting: new DateOnly(year, 11, 12));
        await Page.GetByLabel("推荐程序").FillAsync("个人申报、单位推荐、主管部门审核。");
        await Page.GetByLabel("工作纪律").FillAsync("严格执行回避和保密制度。");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存并报送审批" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已报送待审批");
        await SignOutAsync();

        // The bureau returns it with a comment …
        await SignInAsync("city.admin");
        await Page.GotoAsync(plan);
        await Page.GetByLabel("审批意见（退回修改时必填）").FillAsync("评审会议请提前一周，留出复核时间。");
        await Page.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已退回修改");
        await SignOutAsync();

        // … the office corrects and resubmits …
        await SignInAsync("committee.office");
        await Page.GotoAsync(plan);
        await Expect(Page.Locator("body")).ToContainTextAsync("评审会议请提前一周");
        await Page.GetByLabel("第 1 次").FillAsync(new DateOnly(year, 11, 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存并报送审批" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已报送待审批");
        await SignOutAsync();

        // … and the bureau approves it.
        await SignInAsync("city.admin");
        await Page.GotoAsync(plan);
        await Page.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("已批准");

        // The dashboard flags the health committee, whose filing runs out within weeks, and draws the year.
        await OpenAsync("/dashboard");
        var health = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "运城市卫生系列中级职称评审委员会" });
        await Expect(health).ToContainTextAsync(ExpiresSoon());
        await Expect(Page.Locator("svg")).ToBeVisibleAsync();
        await SignOutAsync();

        // A suspended committee is refused when it tries to open applications, naming the clause.
        await SignInAsync("county.staff");
        await OpenAsync("/committees");
        await Page.GetByRole(AriaRole.Link, new() { Name = "盐湖区中小学教师系列中级职称评审委员会" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "开始受理申报" }).ClickAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("暂停评审");
        await Expect(Page.Locator("body")).ToContainTextAsync("N2024-4.3a");
    }

    private async Task FillScheduleAsync(int year, DateOnly meeting)
    {
        string On(int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GetByLabel("申报开始日期").FillAsync(On(8, 1));
        await Page.GetByLabel("申报截止日期").FillAsync(On(8, 31));
        await Page.GetByLabel("材料收审截止日期（D）").FillAsync(On(9, 10));
        await Page.GetByLabel("资格审核开始日期").FillAsync(On(9, 15));
        await Page.GetByLabel("资格审核结束日期").FillAsync(On(10, 20));
        await Page.GetByLabel("第 1 次").FillAsync(meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("结果公示开始日期").FillAsync(On(11, 18));
        await Page.GetByLabel("结果公示结束日期").FillAsync(On(11, 24));
        await Page.GetByLabel("结果公布日期").FillAsync(On(12, 10));
        await Page.GetByLabel(new Regex("本年度适用的评价标准版本")).SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }

    [GeneratedRegex("备案将于 .* 到期")]
    private static partial Regex ExpiresSoon();
}
