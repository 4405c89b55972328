using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Zhicheng.App.Data;

namespace Zhicheng.Benchmarks.People;

/// <summary>
/// <c>sql-plan CONNECTION FILE [REPEATS]</c>: for each statement in FILE (separated by lines of <c>;</c> alone,
/// lines starting with <c>--</c> are titles), prints the plan — SQLite's EXPLAIN QUERY PLAN from the same SQLite
/// library the app uses (not the sqlite3 shell's), or PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) — and the fastest of
/// REPEATS runs as measured from .NET. Statements are the ones the app logs, with the parameters written in, or
/// bound: a line <c>--@name=value</c> binds <c>@name</c> (as text, or as an integer when the value is one), so that
/// a plan can be compared with literals and with parameters, as the app sends them.
/// </summary>
public static class SqlPlan
{
    public static int Run(string connection, string file, int repeats)
    {
        var postgres = Database.ProviderOf(connection) == DatabaseProvider.PostgreSql;
        using DbConnection db = postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
        db.Open();
        if (!postgres)
        {
            Console.WriteLine($"SQLite {((SqliteConnection)db).ServerVersion}");
        }
        var blocks = File.ReadAllText(file).Split("\n;\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n');
            var title = string.Join(" ", lines.Where(l => l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith("--@", StringComparison.Ordinal)).Select(l => l[2..].Trim()));
            var parameters = lines.Where(l => l.StartsWith("--@", StringComparison.Ordinal))
                .Select(l => (Name: l[2..l.IndexOf('=', StringComparison.Ordinal)], Value: l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Replace("\\uffff", "\uffff", StringComparison.Ordinal)))
                .ToList();
            void Bind(DbCommand command)
            {
                foreach (var (name, value) in parameters)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? (number is >= int.MinValue and <= int.MaxValue ? (int)number : number) : value;
                    command.Parameters.Add(parameter);
                }
            }
            var sql = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';');
            if (sql.Length == 0)
            {
                continue;
            }
            Console.WriteLine($"== {title}");
            using (var explain = db.CreateCommand())
            {
                explain.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
                Bind(explain);
                using var reader = explain.ExecuteReader();
                while (reader.Read())
                {
                    Console.WriteLine(postgres ? reader.GetString(0) : $"  {reader.GetInt64(0),3} {reader.GetInt64(1),3} {reader.GetString(3)}");
                }
            }
            var best = double.MaxValue;
            var rows = 0;
            for (var i = 0; i < repeats; i++)
            {
                using var command = db.CreateCommand();
                command.CommandText = sql;
                Bind(command);
                var clock = Stopwatch.StartNew();
                using (var reader = command.ExecuteReader())
                {
                    rows = 0;
                    while (reader.Read())
                    {
                        rows++;
                    }
                }
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fastest of {repeats}: {best:F2} ms, {rows} row(s)"));
        }
        return 0;
    }
}
