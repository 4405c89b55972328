using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhicheng.App.Features.Audit;

namespace Zhicheng.App.Data;

/// <summary>
/// Where the data lives. <c>ZHICHENG_DB</c> (or <c>ConnectionStrings:Zhicheng</c>) names the database: a
/// PostgreSQL connection string (<c>Host=…;Database=…</c>) or a SQLite file or connection string. Without
/// either, the SQLite file <c>data/zhicheng.db</c> under the working directory, created on first use.
/// </summary>
public static class Database
{
    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = Environment.GetEnvironmentVariable("ZHICHENG_DB") ?? configuration.GetConnectionString("Zhicheng");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Contains('=', StringComparison.Ordinal) ? configured : $"Data Source={configured}";
        }
        var directory = Path.GetFullPath(configuration["Zhicheng:DataDirectory"] ?? "data");
        return $"Data Source={Path.Combine(directory, "zhicheng.db")}";
    }

    /// <summary>PostgreSQL when the connection string names a host; SQLite otherwise.</summary>
    public static DatabaseProvider ProviderOf(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        services.AddScoped<AuditActor>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Features.Accounts.OrganisationPlaces>();
        if (ProviderOf(connectionString) == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>(o => Configure(o, DatabaseProvider.PostgreSql, connectionString));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => Configure(o, DatabaseProvider.Sqlite, connectionString));
        }
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(WithPostgreSqlDefaults(connectionString))
            : options.UseSqlite(connectionString);
        return options.UseSnakeCaseNamingConvention();
    }

    /// <summary>
    /// Statements a connection keeps prepared on the server, unless the connection string says otherwise: the
    /// same few queries run on every request, and a prepared one skips PostgreSQL's parse (Npgsql's automatic
    /// preparation; 0 turns it off).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// The app's PostgreSQL defaults, each kept when the connection string sets it: automatic preparation, generic
    /// plans for prepared statements, and no session reset when a pooled connection is returned. The app keeps no session state (no SET, temporary
    /// table, LISTEN or session-level advisory lock; the audit chain's lock is transaction-scoped), so the reset's
    /// six statements on every return — two or three per request — bought nothing.
    /// </summary>
    private static string WithPostgreSqlDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        // A prepared statement keeps one generic plan instead of being planned again on every call: PostgreSQL keeps
        // re-planning a name search (its cost model prefers custom plans for a range on a parameter), which cost
        // more database CPU than running it. The app's statements are key lookups and index ranges, where the
        // generic plan is the custom one (docs/benchmarks.md, "People search").
        if (!connectionString.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase))
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options)
                ? "-c plan_cache_mode=force_generic_plan"
                : builder.Options + " -c plan_cache_mode=force_generic_plan";
        }
        return builder.ConnectionString;
    }

    /// <summary>A context outside dependency injection (CLI verbs, tests, benchmarks).</summary>
    public static AppDbContext Open(string connectionString, string actor, TimeProvider? time = null)
    {
        var provider = ProviderOf(connectionString);
        var audit = AuditActor.Of(actor);
        return provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlAppDbContext((DbContextOptions<PostgreSqlAppDbContext>)Configure(new DbContextOptionsBuilder<PostgreSqlAppDbContext>(), provider, connectionString).Options, audit, time ?? TimeProvider.System)
            : new SqliteAppDbContext((DbContextOptions<SqliteAppDbContext>)Configure(new DbContextOptionsBuilder<SqliteAppDbContext>(), provider, connectionString).Options, audit, time ?? TimeProvider.System);
    }

    /// <summary>Creates the database (SQLite: its file's directory), applies pending migrations and, on SQLite, turns on WAL.</summary>
    public static void Migrate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        Migrate(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static void Migrate(AppDbContext db)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }
        db.Database.Migrate();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) => (SqliteAppDbContext)Database.Open("Data Source=design.db", "design");
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model (no server needed to add a migration).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        (PostgreSqlAppDbContext)Database.Open("Host=127.0.0.1;Database=zhicheng_design;Username=postgres", "design");
}
