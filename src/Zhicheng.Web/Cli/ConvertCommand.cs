using System.CommandLine;
using System.Text.Json;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng convert IN OUT</c>: applications from one format to another (JSON, JSON Lines, CSV, XLSX), e.g. a
/// JSON export turned into the spreadsheet an employer fills in. Nothing is written if any row cannot be read.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("IN") { Description = "申报数据文件：.json、.jsonl、.csv 或 .xlsx" };
        var output = new Argument<FileInfo>("OUT") { Description = "输出文件，格式按扩展名" };
        var command = new Command("convert", "转换申报数据文件的格式（如 JSON 转 Excel）") { input, output };
        command.SetAction(result => Run(result.GetRequiredValue(input), result.GetRequiredValue(output)));
        return command;
    }

    private static int Run(FileInfo inputFile, FileInfo outputFile)
    {
        if (!inputFile.Exists)
        {
            Console.Error.WriteLine($"找不到文件：{inputFile.FullName}");
            return ZhichengCommandLine.BadUsage;
        }
        try
        {
            var inputFormat = ApplicationFile.FormatOf(inputFile.Name);
            var outputFormat = ApplicationFile.FormatOf(outputFile.Name);
            var applications = new List<ApplicationInput>();
            var bad = 0;
            using (var stream = inputFile.OpenRead())
            {
                foreach (var row in ApplicationFile.Read(stream, inputFormat))
                {
                    if (row.Parsed.Input is { } application)
                    {
                        applications.Add(application);
                        continue;
                    }
                    bad++;
                    foreach (var error in row.Parsed.Errors)
                    {
                        Console.Error.WriteLine($"第{row.Row ?? row.Index + 1}条 {error.Column}{error.Path}：{error.Message}");
                    }
                }
            }
            if (bad > 0)
            {
                Console.Error.WriteLine($"{bad} 条无法读取，未写出 {outputFile.Name}");
                return 1;
            }
            using (var stream = outputFile.Create())
            {
                Write(stream, outputFormat, applications);
            }
            Console.Error.WriteLine($"已写出 {applications.Count} 条到 {outputFile.Name}");
            return 0;
        }
        catch (InputFileException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ZhichengCommandLine.BadUsage;
        }
    }

    private static void Write(Stream stream, InputFormat format, List<ApplicationInput> applications)
    {
        switch (format)
        {
            case InputFormat.Xlsx:
                ApplicationSpreadsheet.WriteXlsx(stream, applications);
                break;
            case InputFormat.Csv:
                ApplicationSpreadsheet.WriteCsv(stream, applications);
                break;
            default:
                using (var writer = new Utf8JsonWriter(stream, format == InputFormat.Json ? DecisionJson.IndentedOptions : DecisionJson.CompactOptions))
                {
                    if (format == InputFormat.Json)
                    {
                        writer.WriteStartArray();
                    }
                    foreach (var application in applications)
                    {
                        ApplicationJson.Write(writer, application);
                        if (format == InputFormat.JsonLines)
                        {
                            writer.Flush();
                            stream.Write("\n"u8);
                            writer.Reset();
                        }
                    }
                    if (format == InputFormat.Json)
                    {
                        writer.WriteEndArray();
                    }
                }
                break;
        }
    }
}
