using System.CommandLine;

namespace Zhicheng.Web.Cli;

/// <summary>
/// The verbs of <c>zhicheng</c>. Exit codes: 0 done, 1 done but some input was rejected, 2 bad usage
/// (unknown verb or option, missing or unreadable file).
/// </summary>
public static class ZhichengCommandLine
{
    public const int BadUsage = 2;

    public static int Run(string[] args)
    {
        // WebApplicationFactory (tests) starts the program with only --key=value settings: serve.
        if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version")))
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("用法：zhicheng <serve|check> …；zhicheng --help 查看说明");
                return BadUsage;
            }
            return ServeCommand.Serve(args);
        }
        var root = new RootCommand("职称 Zhicheng — 职称评审管理系统（运人社职字〔2024〕12号）")
        {
            ServeCommand.Create(),
            CheckCommand.Create(),
            ConvertCommand.Create(),
            MigrateCommand.Create(),
            AuditCommand.Create(),
            SeedCommand.Create(),
            ImportCommand.Create(),
            StandardsCommand.Create(),
            DashboardCommand.Create(),
            QualificationCommand.Create(),
            VerifyCertificateCommand.Create(), VerifyCertificateCommand.CreateKey(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("zhicheng --help 查看用法");
            return BadUsage;
        }
        return parsed.Invoke();
    }
}
