using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng check FILE [--output FILE] [--format json|jsonl] [--indent]</c>: decides every application
/// in a JSON, JSON Lines, CSV or XLSX file and writes the decisions (contract: shared/contracts/eligibility.md).
/// </summary>
internal static class CheckCommand
{
    /// <summary>Inputs with more rows than this show a progress bar on standard error.</summary>
    public const int ProgressAfterRows = 10_000;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "申报数据文件：.json、.jsonl、.csv 或 .xlsx" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "写入文件（默认写到标准输出）" };
        var format = new Option<string>("--format") { Description = "输出格式：json（数组，默认）或 jsonl（每行一条）", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var indent = new Option<bool>("--indent") { Description = "JSON 数组缩进排版，便于阅读" };
        var command = new Command("check", "按运人社职字〔2024〕12号逐条审查申报资格") { file, output, format, indent };
        command.SetAction(result => Run(
            result.GetRequiredValue(file),
            result.GetValue(output),
            result.GetValue(format) == "jsonl" ? OutputShape.JsonLines : result.GetValue(indent) ? OutputShape.IndentedArray : OutputShape.Array));
        return command;
    }

    private static int Run(FileInfo file, FileInfo? outputFile, OutputShape shape)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"找不到文件：{file.FullName}");
            return ZhichengCommandLine.BadUsage;
        }
        using var services = new ServiceCollection().AddEligibility(Configuration()).BuildServiceProvider();
        var batch = services.GetRequiredService<EligibilityBatch>();
        try
        {
            var format = ApplicationFile.FormatOf(file.Name);
            using var input = new CountingStream(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            using var output = outputFile is null
                ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
                : (Stream)new FileStream(outputFile.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var progress = new ProgressBar(input, ProgressAfterRows);
            var summary = batch.Run(ApplicationFile.Read(input, format), output, shape, progress.Report, Environment.ProcessorCount);
            progress.Finish(summary.Total);
            Console.Error.WriteLine(
                $"共 {summary.Total} 条：符合 {summary.Eligible} 条，不符合 {summary.Ineligible} 条，数据有误 {summary.Rejected} 条");
            return summary.Rejected > 0 ? 1 : 0;
        }
        catch (InputFileException ex)
        {
            Console.Error.WriteLine($"{file.Name}：{ex.Message}");
            return ZhichengCommandLine.BadUsage;
        }
    }

    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
