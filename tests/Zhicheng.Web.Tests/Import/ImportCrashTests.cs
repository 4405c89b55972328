using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Identity;

namespace Zhicheng.Web.Tests.Import;

/// <summary>
/// All or nothing, even when the process dies: <c>zhicheng import</c> is killed while it writes a large file
/// (after it reports saved batches, inside its one transaction); afterwards the database holds none of the
/// file's people, its audit chain is intact, and it takes writes again.
/// </summary>
public sealed class ImportCrashTests : IDisposable
{
    private const int Rows = 50_000;

    private readonly ImportCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_KilledWhileWriting_LeavesNoTraceAndAnIntactAuditChain()
    {
        var file = _cli.PeopleWorkbook("large.xlsx", Rows, _cli.Employer.CreditCode);
        long auditBefore;
        await using (var db = _cli.Open())
        {
            auditBefore = await db.AuditEntries.LongCountAsync();
        }

        using var process = _cli.Start(file);
        var output = process.StandardOutput.ReadToEndAsync();
        var seen = new List<string>();
        var writing = await WaitForLine(process, seen, line => line.StartsWith("写入", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        var stdout = await output;
        writing.ShouldNotBeNull($"the import never reported writing (exit {process.ExitCode}): {stdout} {string.Join("\n", seen.Take(5))}");
        stdout.ShouldNotContain("导入完成");
        await using var check = _cli.Open();
        (await check.People.CountAsync()).ShouldBe(0);
        (await check.AuditEntries.LongCountAsync()).ShouldBe(auditBefore);
        var chain = await AuditVerifier.VerifyAsync(check);
        chain.Intact.ShouldBeTrue(chain.Problem);
        var person = new Person { IdNumber = "", Name = "事后写入", UnitId = _cli.Employer.Id };
        person.SetIdentity(IdentityNumber.Parse(ImportCli.NewId()));
        check.People.Add(person);
        await check.SaveChangesAsync();
        (await AuditVerifier.VerifyAsync(check)).Intact.ShouldBeTrue();
    }

    /// <summary>Reads standard error until a line matches (returned) or the process ends or time runs out (null), keeping the lines seen.</summary>
    private static async Task<string?> WaitForLine(Process process, List<string> seen, Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardError.ReadLineAsync(cancel.Token) is { } line)
            {
                seen.Add(line);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        return null;
    }
}
