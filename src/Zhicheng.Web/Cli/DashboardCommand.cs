using System.CommandLine;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng dashboard --as USERNAME [--year Y] [--flagged] [--xlsx FILE]</c>: the supervisor's dashboard (N2024-4.2)
/// as that account sees it — every committee in its jurisdiction with filing validity, plan status and red flags —
/// printed, and written as the same workbook the page exports. Exit 0; 2 for an unknown account or one that
/// supervises nothing (applicants, experts, employers and committee offices see no dashboard).
/// </summary>
internal static class DashboardCommand
{
    public static Command Create()
    {
        var account = new Option<string>("--as") { Required = true, HelpName = "USERNAME", Description = "以该账号的身份查看（人社部门或行业主管部门的账号），只列其管辖范围内的评委会" };
        var year = new Option<int?>("--year") { HelpName = "YEAR", Description = "年度，默认今年" };
        var flagged = new Option<bool>("--flagged") { Description = "只列有预警的评委会" };
        var xlsx = new Option<FileInfo?>("--xlsx") { HelpName = "FILE", Description = "另存为 Excel 工作簿（与页面导出相同）" };
        var command = new Command("dashboard", "监管看板：评委会备案有效期、年度工作方案和时限预警（N2024-4.2）") { account, year, flagged, xlsx };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(account), result.GetValue(year), result.GetValue(flagged), result.GetValue(xlsx), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string userName, int? year, bool flaggedOnly, FileInfo? xlsx, CancellationToken cancellationToken)
    {
        if (year is not null and not (>= 2000 and <= 2100))
        {
            Console.Error.WriteLine($"--year：{year} 不是有效的年度（2000–2100）");
            return ZhichengCommandLine.BadUsage;
        }
        await using var db = CliDatabase.Open($"cli:dashboard {userName}");
        if (await CliDatabase.ViewerAsync(db, userName, cancellationToken) is not { } viewer)
        {
            return ZhichengCommandLine.BadUsage;
        }
        if (!PlanAccess.Supervises(viewer))
        {
            Console.Error.WriteLine($"--as：账号 {userName} 不是人社部门或行业主管部门的账号，没有监管看板");
            return ZhichengCommandLine.BadUsage;
        }
        var dashboard = new CommitteeDashboard(db, EligibilityServices.PolicyFrom(CliDatabase.Configuration()), TimeProvider.System);
        var shownYear = year ?? dashboard.Today.Year;
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer, cancellationToken);
        var all = await dashboard.RowsAsync(jurisdiction, shownYear, cancellationToken);
        var rows = all.Where(r => !flaggedOnly || r.Flagged).ToList();

        Console.WriteLine($"{shownYear}年度监管看板（{viewer.Name}，{CliDatabase.Describe(db)}）：评委会 {all.Count} 个，有预警 {all.Count(r => r.Flagged)} 个");
        foreach (var r in rows)
        {
            var plan = r.Plan is null ? "工作方案未制定" : $"工作方案{FilingLabels.Plan(r.Plan.Status)}";
            var filing = r.FilingValidUntil is { } until ? $"备案有效期至 {until:yyyy-MM-dd}" : "未备案";
            Console.WriteLine($"  {r.CommitteeId,5}  {r.Name}（{FilingLabels.Standing(r.Standing)}，{filing}，{plan}）");
            foreach (var flag in r.Flags)
            {
                Console.WriteLine($"         ! {flag}");
            }
        }
        if (xlsx is not null)
        {
            var table = CommitteeDashboard.Table(rows, shownYear);
            // Built in memory first, so that a failure leaves no half-written workbook behind.
            using var output = new MemoryStream();
            await MiniExcelLibs.MiniExcel.SaveAsAsync(output, table, sheetName: "监管看板", cancellationToken: cancellationToken);
            await File.WriteAllBytesAsync(xlsx.FullName, output.ToArray(), cancellationToken);
            Console.WriteLine($"已导出 {rows.Count} 行：{xlsx.FullName}");
        }
        return 0;
    }
}
