using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Import;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng import FILE [--kind people|titles|assessments|education] [--unit CREDITCODE]</c>: imports people's
/// records into the configured database, all or nothing. Acts for the city bureau (the whole city), or — with
/// <c>--unit</c> — for that unit only. Exit 0 written, 1 rejected (every problem on standard error, nothing
/// written), 2 bad usage.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Progress lines on standard error every this many rows (and after the first saved batch).</summary>
    public const int ProgressEveryRows = 10_000;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "人员信息文件：.xlsx（工作表 人员、职称、年度考核、学历）或 .csv（须用 --kind 指明内容）" };
        var kind = new Option<string?>("--kind") { Description = "CSV 文件的内容：people（人员）、titles（职称）、assessments（年度考核）或 education（学历）" };
        kind.AcceptOnlyFromAmong("people", "titles", "assessments", "education");
        var unit = new Option<string?>("--unit") { HelpName = "CREDITCODE", Description = "以该单位（统一社会信用代码）的身份导入，只能导入到其管辖范围；不填则以市人社局身份导入全市" };
        var command = new Command("import", "批量导入人员信息、职称、年度考核和学历：全部校验通过才写入，重复导入不产生变化") { file, kind, unit };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetRequiredValue(file), result.GetValue(kind), result.GetValue(unit), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string? kind, string? unit, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"找不到文件：{file.FullName}");
            return ZhichengCommandLine.BadUsage;
        }
        ImportFile input;
        try
        {
            input = ImportFile.FromPath(file.FullName, ImportSheets.TryParse(kind, out var sheet) ? sheet : null);
        }
        catch (InputFileException ex)
        {
            Console.Error.WriteLine($"{file.Name}：{ex.Message}");
            return ZhichengCommandLine.BadUsage;
        }
        await using var db = CliDatabase.Open("cli:import");
        if (await ViewerAsync(db, unit, cancellationToken) is not { } viewer)
        {
            return ZhichengCommandLine.BadUsage;
        }
        var report = await new PeopleImport(db, TimeProvider.System, Zhicheng.App.Features.Eligibility.EligibilityServices.PolicyFrom(CliDatabase.Configuration())).RunAsync(input, viewer, Progress, cancellationToken);
        if (report.Written)
        {
            Console.WriteLine($"{file.Name}：导入完成（{CliDatabase.Describe(db)}）。{report.Summary()}");
            return 0;
        }
        foreach (var problem in report.Problems)
        {
            Console.Error.WriteLine(problem);
        }
        Console.Error.WriteLine($"{file.Name}：{report.Summary()}");
        return 1;
    }

    /// <summary>The city bureau's administrator, or the given unit's own account (bureau staff for a bureau, HR otherwise).</summary>
    private static async Task<Viewer?> ViewerAsync(AppDbContext db, string? unit, CancellationToken cancellationToken)
    {
        if (unit is null)
        {
            var city = await db.Organisations.AsNoTracking().Where(o => o.ParentId == null && o.Kind == OrganisationKind.CityBureau)
                .OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
            if (city is null)
            {
                Console.Error.WriteLine("数据库中没有市人社局（根机构），无法确定导入范围；请先建立机构");
                return null;
            }
            return new Viewer(0, "cli:import", AccountRole.CityAdmin, city.Id, null);
        }
        if (!CreditCode.TryParse(unit, out var code, out var error))
        {
            Console.Error.WriteLine($"--unit：{error}");
            return null;
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.CreditCode == code.Value, cancellationToken);
        if (organisation is null)
        {
            Console.Error.WriteLine($"--unit：找不到统一社会信用代码为 {code.Value} 的单位");
            return null;
        }
        var role = organisation.Kind switch
        {
            OrganisationKind.CityBureau when organisation.ParentId is null => AccountRole.CityAdmin,
            OrganisationKind.CityBureau or OrganisationKind.CountyBureau => AccountRole.CountyStaff,
            _ => AccountRole.EmployerHr,
        };
        return new Viewer(0, "cli:import", role, organisation.Id, null);
    }

    private static void Progress(ImportProgress progress)
    {
        if (progress.Rows % ProgressEveryRows == 0 || (progress.Stage == ImportStage.Writing && progress.Rows <= PeopleImport.BatchSize))
        {
            var stage = progress.Stage == ImportStage.Validating ? "校验" : "写入";
            Console.Error.WriteLine($"{stage} {ImportSheets.Name(progress.Sheet)}：{progress.Rows} 行");
        }
    }
}
