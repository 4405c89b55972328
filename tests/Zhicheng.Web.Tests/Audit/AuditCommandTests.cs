using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Audit;

/// <summary>
/// <c>zhicheng migrate</c> and <c>zhicheng audit verify</c> as an operator runs them: intact on an untouched
/// database; after someone edits an entry behind the application's back (with the sqlite3 shell on SQLite,
/// with SQL on PostgreSQL), the verb names that entry and exits 1.
/// </summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    private Dictionary<string, string> Env => new() { ["ZHICHENG_DB"] = _database.ConnectionString };

    public async ValueTask InitializeAsync()
    {
        _ = await TestWorld.BuildAsync(_database);
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Migrate_OnAnUpToDateDatabase_SaysSo()
    {
        var result = await ZhichengProcess.RunWith(Env, "migrate");
        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldContain("已是最新版本");
        result.StandardOutput.ShouldNotContain("Password");
    }

    [Fact]
    public async Task AuditVerify_Untouched_IsIntact()
    {
        var result = await ZhichengProcess.RunWith(Env, "audit", "verify");
        result.ExitCode.ShouldBe(0, result.StandardError + result.StandardOutput);
        result.StandardOutput.ShouldContain("审计记录完整");
    }

    [Fact]
    public async Task AuditVerify_AfterAnEntryIsEditedByHand_NamesIt()
    {
        const string tamper = "UPDATE audit_entries SET actor = 'someone' WHERE id = 4;";
        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
        {
            // The append-only trigger refuses the edit; someone with the file can drop it first.
            Sqlite3(_database.File!, "UPDATE audit_entries SET actor = 'someone' WHERE id = 4;").ShouldContain("审计记录只能追加");
            Sqlite3(_database.File!, "DROP TRIGGER audit_entries_append_only_update; " + tamper);
        }
        else
        {
            await using var db = _database.Open();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only; " + tamper);
        }

        var result = await ZhichengProcess.RunWith(Env, "audit", "verify");
        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("第一条有问题的记录编号 4");
        result.StandardOutput.ShouldContain("被修改");
    }

    private static string Sqlite3(string file, string sql)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(sql);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
