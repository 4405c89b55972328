using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Dashboard;

/// <summary>
/// <c>zhicheng dashboard --as USERNAME</c>, the real program on a site's database: the committees that account's
/// jurisdiction holds with their red flags, and the page's workbook; bad usage for accounts without a dashboard.
/// </summary>
public sealed class DashboardCommandTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task PrintsTheViewersCommitteesWithTheirFlags_AndWritesTheSameWorkbook()
    {
        var (cityExpiring, _, _) = await DashboardTests.ThreeCommitteesAsync(site, site.World.City);
        var (countyExpiring, countyOverdue, countyHealthy) = await DashboardTests.ThreeCommitteesAsync(site, site.World.Yanhu);
        using var files = new TempDir();
        var xlsx = files.File("看板.xlsx");

        var result = await Cli("dashboard", "--as", "county.staff", "--flagged", "--xlsx", xlsx);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain($"{YearSetup.Year}年度监管看板（盐湖区人社局经办人");
        result.StandardOutput.ShouldContain(countyExpiring.Name);
        result.StandardOutput.ShouldContain($"! 备案将于 {YearSetup.Today.AddDays(30):yyyy-MM-dd} 到期，剩 30 天（N2024-2.2）");
        result.StandardOutput.ShouldContain("! 暂停整改已超过期限");
        result.StandardOutput.ShouldNotContain(cityExpiring.Name);
        result.StandardOutput.ShouldNotContain(countyHealthy.Name);
        var rows = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => (string?)r["评委会"]).ShouldBe([countyExpiring.Name, countyOverdue.Name], ignoreOrder: true);
        ((string)rows.Single(r => (string?)r["评委会"] == countyOverdue.Name)["预警"]!).ShouldContain("暂停整改已超过期限");
    }

    [Theory]
    [InlineData("employer.hr", "不是人社部门或行业主管部门的账号")]
    [InlineData("nobody", "找不到账号 nobody")]
    public async Task ForAnAccountWithoutADashboard_IsBadUsage(string account, string message)
    {
        var result = await Cli("dashboard", "--as", account);

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain(message);
    }

    [Fact]
    public async Task ImpossibleYear_IsBadUsage()
    {
        var result = await Cli("dashboard", "--as", "city.admin", "--year", "1999");

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("--year：1999 不是有效的年度");
    }

    private Task<ZhichengProcess.Result> Cli(params string[] args) =>
        ZhichengProcess.RunWith(new Dictionary<string, string> { ["ZHICHENG_DB"] = site.Factory.Database.ConnectionString }, args);
}
