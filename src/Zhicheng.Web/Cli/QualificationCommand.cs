using System.CommandLine;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng qualification-check --as USERNAME --committee ID [--year Y] [--xlsx FILE]</c>: the committee office's batch
/// qualification check of every application of the committee and year waiting at the office — the same check as the
/// page's, stored on each application — with progress on standard error and the report as a workbook. Exit 0 when
/// every application was checked (passed or not); 2 for bad usage, an account that is not the committee's office, or a
/// year without an approved plan.
/// </summary>
internal static class QualificationCommand
{
    public static Command Create()
    {
        var account = new Option<string>("--as") { Required = true, HelpName = "USERNAME", Description = "评委会办公室的账号" };
        var committee = new Option<int>("--committee") { Required = true, HelpName = "ID", Description = "评委会编号" };
        var year = new Option<int?>("--year") { HelpName = "YEAR", Description = "年度，默认今年" };
        var xlsx = new Option<FileInfo?>("--xlsx") { HelpName = "FILE", Description = "审查结果另存为 Excel 工作簿" };
        var command = new Command("qualification-check", "评委会办公室批量资格审查：对停在办公室环节的全部申报进行资格审查（N2024-3.5c 跨评委会核对）")
        {
            account, committee, year, xlsx,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(account), result.GetValue(committee), result.GetValue(year), result.GetValue(xlsx), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string userName, int committeeId, int? year, FileInfo? xlsx, CancellationToken cancellationToken)
    {
        await using var db = CliDatabase.Open($"cli:qualification-check {userName}");
        if (await CliDatabase.ViewerAsync(db, userName, cancellationToken) is not { } viewer)
        {
            return ZhichengCommandLine.BadUsage;
        }
        var time = TimeProvider.System;
        var policy = EligibilityServices.PolicyFrom(CliDatabase.Configuration());
        var published = new PublishedStandards();
        await published.RefreshAsync(db, cancellationToken);
        var eligibility = new EligibilityService(new EligibilityEngine(policy), published);
        var rules = new ApplicationRules(db, policy, time);
        var applications = new ApplicationService(db, rules, eligibility, time);
        var check = new QualificationCheck(db, applications, new ApplicationReview(db, applications, rules, policy, time), eligibility, policy, time);
        var shownYear = year ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer, cancellationToken);
        var outcome = await check.BatchAsync(jurisdiction, committeeId, shownYear, new SynchronousProgress(p => Console.Error.Write($"\r资格审查 {p.Done}/{p.Total}")), cancellationToken);
        Console.Error.WriteLine();
        if (outcome.IsNotFound)
        {
            Console.Error.WriteLine($"--committee：账号 {userName} 不是编号 {committeeId} 评委会的办公室账号（或该评委会不存在）");
            return ZhichengCommandLine.BadUsage;
        }
        if (!outcome.Succeeded)
        {
            foreach (var problem in outcome.Problems)
            {
                Console.Error.WriteLine($"{problem.Field}：{problem.Text}");
            }
            return ZhichengCommandLine.BadUsage;
        }
        var rows = outcome.Value!;
        Console.WriteLine($"{shownYear}年度资格审查（{viewer.Name}，{CliDatabase.Describe(db)}）：共 {rows.Count} 份，通过 {rows.Count(r => r.Passed)} 份，未通过 {rows.Count(r => !r.Passed)} 份");
        foreach (var row in rows.Where(r => !r.Passed))
        {
            Console.WriteLine($"  {row.Number}  {row.Name}（{row.MaskedIdNumber}）{row.Target}：{row.Summary.Replace('\n', '；')}");
        }
        if (xlsx is not null)
        {
            using var output = new MemoryStream();
            await MiniExcelLibs.MiniExcel.SaveAsAsync(output, QualificationReport.Table(rows), sheetName: "资格审查", cancellationToken: cancellationToken);
            await File.WriteAllBytesAsync(xlsx.FullName, output.ToArray(), cancellationToken);
            Console.WriteLine($"已导出 {rows.Count} 行：{xlsx.FullName}");
        }
        return 0;
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; posts to the thread pool and may print out of order).</summary>
    private sealed class SynchronousProgress(Action<QualificationProgress> report) : IProgress<QualificationProgress>
    {
        public void Report(QualificationProgress value) => report(value);
    }
}
