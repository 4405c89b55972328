using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zhicheng.App.Data;

/// <summary>
/// Where the data lives. <c>ZHICHENG_DB</c> (or <c>ConnectionStrings:Zhicheng</c>) names a SQLite database;
/// without either, the file <c>data/zhicheng.db</c> under the working directory, created on first use.
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

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        services.AddDbContext<AppDbContext>(o => o.UseSqlite(connectionString));
        return services;
    }

    /// <summary>Creates the database file's directory, applies pending migrations and turns on WAL.</summary>
    public static void Migrate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design.db").Options);
}
