using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhicheng.E2E.Backbone;

/// <summary>
/// On a fresh database the site starts as the demo city. Someone reads a demo account off the login page, signs
/// in, and sees only their role's jurisdiction: a county's staff fewer people than the city's administrator, an
/// applicant only their own record; then checks a stored person's eligibility from the record.
/// </summary>
public sealed partial class SignInByRoleJourney(ZhichengSite site) : BrowserJourney(site)
{

    [Fact]
    public async Task LoginPage_OnTheDemoCity_ListsADemoAccountForEveryRole()
    {
        await OpenAsync("/Account/Login");
        var table = Page.GetByRole(AriaRole.Region, new() { Name = "演示账号" }).GetByRole(AriaRole.Table);
        foreach (var role in new[] { "市人社局管理员", "县级人社局工作人员", "主管部门审核人员", "用人单位人事", "评委会办公室", "评审专家", "申报人" })
        {
            await Expect(table).ToContainTextAsync(role);
        }
    }

    [Fact]
    public async Task CountyStaff_SeesFewerPeopleThanTheCity_AndChecksARecord()
    {
        var city = await PeopleCountAs("city.admin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        var county = await PeopleCountAs("county.staff");
        county.ShouldBeGreaterThan(0);
        county.ShouldBeLessThan(city);

        await Page.Locator("table.list tbody tr a").First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "按档案检查申报资格" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await Expect(Page.Locator("h2").Filter(new() { HasTextRegex = Verdict() })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Applicant_SeesOnlyTheirOwnRecord()
    {
        await SignInAsync("applicant");
        await Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/people/\\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "职称" })).ToBeVisibleAsync();
        var own = Page.Url;
        var other = int.Parse(own[(own.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture) + 1;
        var response = await Page.GotoAsync($"/people/{other}");
        response!.Status.ShouldBe(404);
    }

    private async Task<int> PeopleCountAs(string userName)
    {
        await SignInAsync(userName);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "人员" }).ClickAsync();
        var status = await Page.GetByRole(AriaRole.Status).TextContentAsync() ?? "";
        return int.Parse(Count().Match(status).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("共\\s*(?:超过\\s*)?(\\d+)\\s*人")]
    private static partial Regex Count();

    [GeneratedRegex("审查结论|无法审查")]
    private static partial Regex Verdict();
}
