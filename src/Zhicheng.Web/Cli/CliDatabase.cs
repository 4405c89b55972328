using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.Web.Cli;

/// <summary>The database a CLI verb works on: the same settings as <c>serve</c> (ZHICHENG_DB, ConnectionStrings:Zhicheng, ./data).</summary>
internal static class CliDatabase
{
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Opens the configured database, migrated, acting as <paramref name="actor"/> in the audit trail.</summary>
    public static AppDbContext Open(string actor)
    {
        var db = Database.Open(Database.ConnectionString(Configuration()), actor);
        Database.Migrate(db);
        return db;
    }

    /// <summary>"SQLite data/zhicheng.db" or "PostgreSQL 127.0.0.1/zhicheng" — never a password.</summary>
    public static string Describe(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return db.Provider == DatabaseProvider.Sqlite
            ? $"SQLite {connection.DataSource}"
            : $"PostgreSQL {connection.DataSource}/{connection.Database}";
    }

    /// <summary>The account named by <c>--as</c>, as the services see a signed-in viewer; null (after saying so) when there is none.</summary>
    public static async Task<Viewer?> ViewerAsync(AppDbContext db, string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(a => a.NormalizedUserName == normalized, cancellationToken);
        if (account is null)
        {
            Console.Error.WriteLine($"--as：找不到账号 {userName}");
            return null;
        }
        return new Viewer(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.PersonId);
    }
}
