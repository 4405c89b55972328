using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zhicheng.App.Data;

namespace Zhicheng.Tests.Shared;

/// <summary>
/// A database of its own for one test (or one fixture), migrated and empty, on the provider the run is for:
/// <c>ZHICHENG_TEST_PROVIDER=postgresql</c> with <c>ZHICHENG_TEST_PG</c> naming a server (test.sh starts a
/// throwaway cluster and sets both), SQLite otherwise. A PostgreSQL run without a server fails; it never
/// quietly falls back.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lock Gate = new();
    private static string? _template;

    private readonly string? _directory;
    private readonly string? _pgName;

    private TestDatabase(string connectionString, string? directory, string? pgName)
    {
        ConnectionString = connectionString;
        _directory = directory;
        _pgName = pgName;
    }

    public static DatabaseProvider Provider =>
        string.Equals(Environment.GetEnvironmentVariable("ZHICHENG_TEST_PROVIDER"), "postgresql", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    public string ConnectionString { get; }

    /// <summary>For SQLite, the database file (null on PostgreSQL).</summary>
    public string? File => _directory is null ? null : Path.Combine(_directory, "zhicheng.db");

    public static TestDatabase Create() => Provider == DatabaseProvider.PostgreSql ? CreatePostgreSql() : CreateSqlite();

    public AppDbContext Open(string actor = "test", TimeProvider? time = null) => Database.Open(ConnectionString, actor, time);

    private static TestDatabase CreateSqlite()
    {
        lock (Gate)
        {
            if (_template is null)
            {
                var file = Path.Combine(Path.GetTempPath(), $"zhicheng-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
                using (var db = Database.Open($"Data Source={file};Pooling=False", "test"))
                {
                    Database.Migrate(db);
                    db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
                }
                _template = file;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(file);
            }
        }
        var directory = Path.Combine(Path.GetTempPath(), "zhicheng-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        System.IO.File.Copy(_template, Path.Combine(directory, "zhicheng.db"));
        return new TestDatabase($"Data Source={Path.Combine(directory, "zhicheng.db")};Pooling=False", directory, null);
    }

    private static TestDatabase CreatePostgreSql()
    {
        var server = Environment.GetEnvironmentVariable("ZHICHENG_TEST_PG")
            ?? throw new InvalidOperationException("ZHICHENG_TEST_PROVIDER=postgresql 但未设置 ZHICHENG_TEST_PG（PostgreSQL 服务器连接串）；请用 ./test.sh 运行");
        lock (Gate)
        {
            if (_template is null)
            {
                var name = $"zt_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
                Execute(server, $"CREATE DATABASE {name}");
                using (var db = Database.Open(With(server, name), "test"))
                {
                    Database.Migrate(db);
                }
                NpgsqlConnection.ClearAllPools();
                _template = name;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => TryExecute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }
        var database = "zt_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE {database} TEMPLATE {_template}");
        return new TestDatabase(With(server, database), null, database);
    }

    private static string With(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static void TryExecute(string server, string sql)
    {
        try
        {
            Execute(server, sql);
        }
        catch (NpgsqlException)
        {
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            System.IO.File.Delete(file);
        }
        catch (IOException)
        {
        }
    }

    public void Dispose()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            TryExecute(Environment.GetEnvironmentVariable("ZHICHENG_TEST_PG")!, $"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)");
        }
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
