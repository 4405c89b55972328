using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Api;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng standards publish FILE.json --as USERNAME</c>: drafts the standard version in the file (title, series,
/// specialty, level, inForceFrom, content — as <c>POST /api/v1/standards</c> takes it) and publishes it, acting as that
/// account; all or nothing: on any refusal every problem is printed with its JSON path and clause, nothing is written,
/// and the exit code is 1 (2: no such file or account). <c>zhicheng standards list</c>: the published versions.
/// </summary>
internal static class StandardsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "评价标准 JSON 文件：{ title, series, specialty, level, inForceFrom, content }" };
        var account = new Option<string>("--as") { Required = true, HelpName = "USERNAME", Description = "以该账号的身份起草并发布（人社部门、行业主管部门或自主评审单位的账号）" };
        var publish = new Command("publish", "起草并发布一个评价标准版本：逐项检查五个维度、权重和破四唯（N2024-1.1），任何一项不通过则不写入") { file, account };
        publish.SetAction((result, cancellationToken) => PublishAsync(result.GetRequiredValue(file), result.GetRequiredValue(account), cancellationToken));
        var list = new Command("list", "列出已发布的评价标准版本");
        list.SetAction((_, cancellationToken) => ListAsync(cancellationToken));
        return new Command("standards", "职称评价标准（N2024-1.1、1.2）") { publish, list };
    }

    private static async Task<int> PublishAsync(FileInfo file, string userName, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"找不到文件：{file.FullName}");
            return ZhichengCommandLine.BadUsage;
        }
        StandardRequest? request;
        try
        {
            await using var stream = file.OpenRead();
            request = await JsonSerializer.DeserializeAsync<StandardRequest>(stream, PlansApi.Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Refused(file, [new Problem(ex.Path?.TrimStart('$', '.') ?? "", "不是有效的 JSON，或字段类型不对：" + ex.Message)]);
        }
        if (request is null)
        {
            return Refused(file, [new Problem("", "文件内容为空，应为 JSON 对象")]);
        }
        var (draft, problems) = request.ToDraft();
        if (draft is null)
        {
            return Refused(file, problems);
        }

        await using var db = CliDatabase.Open($"cli:standards {userName}");
        if (await CliDatabase.ViewerAsync(db, userName, cancellationToken) is not { } viewer)
        {
            return ZhichengCommandLine.BadUsage;
        }
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer, cancellationToken);
        var standards = new StandardService(db, new PublishedStandards(), TimeProvider.System);
        // The draft and its publication commit together, or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await standards.CreateAsync(jurisdiction, draft, cancellationToken);
        if (!created.Succeeded)
        {
            return Refused(file, created.Problems);
        }
        var published = await standards.PublishAsync(jurisdiction, created.Value!.Id, cancellationToken);
        if (!published.Succeeded)
        {
            return Refused(file, published.Problems);
        }
        await transaction.CommitAsync(cancellationToken);
        var s = published.Value!;
        Console.WriteLine($"已发布：《{s.Title}》第{s.Version}版（{s.Series}{(s.Specialty is null ? "" : " " + s.Specialty)} {Codes.Level.Label(s.Level)}，{s.InForceFrom}年起施行），编号 {s.Id}，发布人 {viewer.Name}（{CliDatabase.Describe(db)}）");
        return 0;
    }

    private static async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = CliDatabase.Open("cli:standards");
        var standards = await new StandardService(db, new PublishedStandards(), TimeProvider.System).Published().ToListAsync(cancellationToken);
        Console.WriteLine($"已发布的评价标准 {standards.Count} 个版本（{CliDatabase.Describe(db)}）：");
        foreach (var s in standards)
        {
            Console.WriteLine($"  {s.Id,5}  {s.Series} {s.Specialty ?? "各专业"} {Codes.Level.Label(s.Level)}  第{s.Version}版  {s.InForceFrom}年起  《{s.Title}》  {s.OwnerUnit?.Name}（{StandardCodes.ManagementLevel.Label(s.ManagementLevel)}）");
        }
        return 0;
    }

    private static int Refused(FileInfo file, IReadOnlyList<Problem> problems)
    {
        foreach (var p in problems)
        {
            Console.Error.WriteLine($"{(p.Field.Length == 0 ? "$" : p.Field)}：{p.Text}");
        }
        Console.Error.WriteLine($"{file.Name}：发现 {problems.Count} 处问题，未发布，未写入任何数据");
        return 1;
    }
}
