using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Zhicheng.Web.Cli;

/// <summary><c>zhicheng migrate</c>: creates the configured database if needed and applies pending migrations.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "创建数据库并升级到当前版本（SQLite 或 PostgreSQL，按 ZHICHENG_DB）");
        command.SetAction(_ =>
        {
            using var db = CliDatabase.Open("cli:migrate");
            var applied = db.Database.GetAppliedMigrations().ToList();
            Console.WriteLine($"{CliDatabase.Describe(db)}：已是最新版本（共 {applied.Count} 个迁移，最后一个 {applied.LastOrDefault() ?? "无"}）");
            return 0;
        });
        return command;
    }
}
