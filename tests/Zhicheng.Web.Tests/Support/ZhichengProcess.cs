using System.Diagnostics;
using System.Text;

namespace Zhicheng.Web.Tests.Support;

/// <summary>Runs the real zhicheng program (the build next to the tests) as a separate process.</summary>
public static class ZhichengProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Task<Result> Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (for example ZHICHENG_DB naming a test database).</summary>
    public static async Task<Result> RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zhicheng.dll"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
