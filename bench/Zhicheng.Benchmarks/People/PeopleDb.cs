using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;

namespace Zhicheng.Benchmarks.People;

/// <summary>
/// <c>people-db CONNECTION N OUTDIR [SEED]</c>: fills a freshly migrated Zhicheng database (SQLite file or
/// PostgreSQL) with <see cref="PeopleData"/> straight through ADO.NET — one transaction of prepared inserts on
/// SQLite, binary COPY on PostgreSQL — bypassing EF Core and the audit trail (benchmark data, not records
/// anyone changed). Adds two accounts with known API tokens (the city bureau's admin, and staff of the county
/// bureau of 盐湖区), runs ANALYZE, and writes into OUTDIR: <c>tokens.env</c>, the query files for the wrk
/// script (<c>queries-{id,name,surname}-{city,county}.tsv</c>: the query, a tab, the query URL-encoded) and
/// <c>stats.txt</c> (how many people each kind of query matches).
/// </summary>
public static class PeopleDb
{
    /// <summary>The county whose staff account is measured: the biggest (盐湖区, the city's urban district).</summary>
    public const int CountyBureauId = 2;

    public const int QueriesPerFile = 2000;

    public static int Run(string connection, int count, string outDir, int seed, int employers = 2000)
    {
        var provider = Database.ProviderOf(connection);
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        var data = PeopleData.Generate(count, employers, seed);
        Console.Error.WriteLine($"generated {data.Organisations.Count:N0} organisations, {data.People.Count:N0} people, {data.Titles.Count:N0} titles in {clock.Elapsed.TotalSeconds:F1} s (seed {seed})");

        var cityToken = NewToken("city");
        var countyToken = NewToken("county");
        Account[] accounts =
        [
            new(1, "CityAdmin", "基准测试 市人社局管理员", 1, "bench.city", ApiTokens.HashOf(cityToken)),
            new(2, "CountyStaff", "基准测试 盐湖区人社局工作人员", CountyBureauId, "bench.county", ApiTokens.HashOf(countyToken)),
        ];

        clock.Restart();
        if (provider == DatabaseProvider.PostgreSql)
        {
            LoadPostgreSql(connection, data, accounts);
        }
        else
        {
            LoadSqlite(connection, data, accounts);
        }
        Console.Error.WriteLine($"loaded and analysed ({provider}) in {clock.Elapsed.TotalSeconds:F1} s");

        File.WriteAllText(Path.Combine(outDir, "tokens.env"),
            $"CITY_TOKEN={cityToken}\nCOUNTY_TOKEN={countyToken}\nCOUNTY_BUREAU_ID={CountyBureauId}\nCOUNTY_NAME={data.Organisations[CountyBureauId - 1].Name}\n");
        WriteQueries(data, outDir, seed);
        return 0;
    }

    internal sealed record Account(int Id, string Role, string DisplayName, int OrganisationId, string UserName, string TokenHash);

    private static string NewToken(string who) =>
        $"zc_bench_{who}_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    // ---- SQLite: one transaction, a prepared command per table -------------------------------------------

    /// <summary>Loads <paramref name="data"/>; <paramref name="more"/> adds rows of its own in the same transaction (certificates-db).</summary>
    internal static void LoadSqlite(string connection, PeopleData data, Account[] accounts, Action<SqliteConnection, SqliteTransaction>? more = null)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        RequireEmpty(db);
        // Loading only: no fsync and a big page cache. The journal mode stays WAL, as `migrate` set it.
        Exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
        using (var tx = db.BeginTransaction())
        {
            Insert(db, tx, "organisations", ["id", "kind", "name", "parent_id", "path", "credit_code", "division_code", "employment_type"],
                data.Organisations, o => [o.Id, o.Kind, o.Name, o.ParentId, o.Path, o.CreditCode, o.DivisionCode, o.EmploymentType]);
            Insert(db, tx, "people",
                ["id", "id_number", "name", "sex", "birth_date", "phone", "email", "unit_id", "employment_type", "in_service", "work_start_date", "post_series", "post_specialty", "post_since"],
                data.People, p => [p.Id, p.IdNumber, p.Name, p.Sex, Date(p.BirthDate), p.Phone, null, p.UnitId, p.EmploymentType, p.InService ? 1 : 0,
                    Date(p.WorkStartDate), p.PostSeries, p.PostSpecialty, Date(p.PostSince)]);
            Insert(db, tx, "titles",
                ["id", "person_id", "series", "specialty", "level", "obtained_on", "source", "transferred_on", "certificate_number", "granted_by", "revoked_on", "document_number"],
                data.Titles, t => [t.Id, t.PersonId, t.Series, t.Specialty, t.Level, Date(t.ObtainedOn), t.Source, null, t.CertificateNumber, t.GrantedBy, Date(t.RevokedOn), t.DocumentNumber]);
            var issued = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            Insert(db, tx, "accounts", AccountColumns, accounts, a => AccountValues(a, issued, sqlite: true));
            Exec(db, PersonBureaus.BackfillSql, tx);
            more?.Invoke(db, tx);
            tx.Commit();
        }
        Exec(db, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    internal static void Insert<T>(SqliteConnection db, SqliteTransaction tx, string table, string[] columns, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = columns.Select(c => command.Parameters.Add(new SqliteParameter("$" + c, null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = v[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- PostgreSQL: binary COPY in one transaction -------------------------------------------------------

    /// <summary>Loads <paramref name="data"/>; <paramref name="more"/> adds rows of its own in the same transaction and names the tables it wrote (VACUUM ANALYZE).</summary>
    internal static void LoadPostgreSql(string connection, PeopleData data, Account[] accounts, Func<NpgsqlConnection, NpgsqlTransaction, string[]>? more = null)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        RequireEmpty(db);
        using (var tx = db.BeginTransaction())
        {
            using (var copy = db.BeginBinaryImport(
                "COPY organisations (id, kind, name, parent_id, path, credit_code, division_code, employment_type) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var o in data.Organisations)
                {
                    copy.StartRow();
                    copy.Write(o.Id, NpgsqlDbType.Integer);
                    copy.Write(o.Kind, NpgsqlDbType.Varchar);
                    copy.Write(o.Name, NpgsqlDbType.Varchar);
                    Nullable(copy, o.ParentId, NpgsqlDbType.Integer);
                    copy.Write(o.Path, NpgsqlDbType.Varchar);
                    Nullable(copy, o.CreditCode, NpgsqlDbType.Varchar);
                    Nullable(copy, o.DivisionCode, NpgsqlDbType.Varchar);
                    Nullable(copy, o.EmploymentType, NpgsqlDbType.Varchar);
                }
                copy.Complete();
            }
            using (var copy = db.BeginBinaryImport(
                "COPY people (id, id_number, name, sex, birth_date, phone, unit_id, employment_type, in_service, work_start_date, post_series, post_specialty, post_since) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in data.People)
                {
                    copy.StartRow();
                    copy.Write(p.Id, NpgsqlDbType.Integer);
                    copy.Write(p.IdNumber, NpgsqlDbType.Varchar);
                    copy.Write(p.Name, NpgsqlDbType.Varchar);
                    copy.Write(p.Sex, NpgsqlDbType.Varchar);
                    copy.Write(p.BirthDate, NpgsqlDbType.Date);
                    Nullable(copy, p.Phone, NpgsqlDbType.Varchar);
                    copy.Write(p.UnitId, NpgsqlDbType.Integer);
                    Nullable(copy, p.EmploymentType, NpgsqlDbType.Varchar);
                    copy.Write(p.InService, NpgsqlDbType.Boolean);
                    Nullable(copy, p.WorkStartDate, NpgsqlDbType.Date);
                    Nullable(copy, p.PostSeries, NpgsqlDbType.Varchar);
                    Nullable(copy, p.PostSpecialty, NpgsqlDbType.Varchar);
                    Nullable(copy, p.PostSince, NpgsqlDbType.Date);
                }
                copy.Complete();
            }
            using (var copy = db.BeginBinaryImport(
                "COPY titles (id, person_id, series, specialty, level, obtained_on, source, certificate_number, granted_by, revoked_on, document_number) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var t in data.Titles)
                {
                    copy.StartRow();
                    copy.Write(t.Id, NpgsqlDbType.Integer);
                    copy.Write(t.PersonId, NpgsqlDbType.Integer);
                    copy.Write(t.Series, NpgsqlDbType.Varchar);
                    copy.Write(t.Specialty, NpgsqlDbType.Varchar);
                    copy.Write(t.Level, NpgsqlDbType.Varchar);
                    copy.Write(t.ObtainedOn, NpgsqlDbType.Date);
                    copy.Write(t.Source, NpgsqlDbType.Varchar);
                    Nullable(copy, t.CertificateNumber, NpgsqlDbType.Varchar);
                    Nullable(copy, t.GrantedBy, NpgsqlDbType.Varchar);
                    Nullable(copy, t.RevokedOn, NpgsqlDbType.Date);
                    Nullable(copy, t.DocumentNumber, NpgsqlDbType.Varchar);
                }
                copy.Complete();
            }
            var issued = DateTime.UtcNow;
            foreach (var a in accounts)
            {
                using var insert = db.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = $"INSERT INTO accounts ({string.Join(", ", AccountColumns)}) VALUES ({string.Join(", ", AccountColumns.Select((_, i) => "$" + (i + 1)))})";
                foreach (var value in AccountValues(a, issued, sqlite: false))
                {
                    insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }
                insert.ExecuteNonQuery();
            }
            // The ids were given explicitly: move the identity sequences past them.
            foreach (var table in new[] { "organisations", "people", "titles", "accounts" })
            {
                Exec(db, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", tx);
            }
            Exec(db, PersonBureaus.BackfillSql, tx);
            var tables = more?.Invoke(db, tx) ?? [];
            tx.Commit();
            // VACUUM as well as ANALYZE: sets the visibility map (index-only scans) as autovacuum would on a live database.
            Exec(db, $"VACUUM (ANALYZE) {string.Join(", ", ["organisations", "people", "titles", "accounts", .. tables])}");
        }
    }

    internal static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : class
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    // ---- both ---------------------------------------------------------------------------------------------

    private static readonly string[] AccountColumns =
    [
        "id", "role", "display_name", "organisation_id", "api_token_hash", "api_token_issued_at", "user_name", "normalized_user_name",
        "email_confirmed", "security_stamp", "concurrency_stamp", "phone_number_confirmed", "two_factor_enabled", "lockout_enabled", "access_failed_count",
    ];

    private static object?[] AccountValues(Account a, object issued, bool sqlite)
    {
        object f = sqlite ? 0 : false;
        object t = sqlite ? 1 : true;
        return [a.Id, a.Role, a.DisplayName, a.OrganisationId, a.TokenHash, issued, a.UserName, a.UserName.ToUpperInvariant(),
            t, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), f, f, t, 0];
    }

    private static void RequireEmpty(DbConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM organisations) + (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM accounts)";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0)
        {
            throw new InvalidOperationException("the database already has organisations, people or accounts: give people-db a freshly migrated, empty database");
        }
    }

    internal static void Exec(DbConnection db, string sql, DbTransaction? tx = null)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    // ---- the queries the wrk script sends, and what they match ------------------------------------------

    private static void WriteQueries(PeopleData data, string outDir, int seed)
    {
        var random = new Random(seed + 1);
        var county = data.Organisations.Where(o => o.County == CountyBureauId).Select(o => o.Id).ToHashSet();
        var countyPeople = data.People.Where(p => county.Contains(p.UnitId)).ToArray();
        var allNames = data.People.Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var countyNames = countyPeople.Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var stats = new StringBuilder();
        stats.AppendLine(CultureInfo.InvariantCulture, $"people {data.People.Count:N0}; titles {data.Titles.Count:N0} ({data.Titles.Select(t => t.PersonId).Distinct().Count():N0} people hold one or more)");
        stats.AppendLine(CultureInfo.InvariantCulture, $"organisations {data.Organisations.Count:N0}; county staff's jurisdiction ({data.Organisations[CountyBureauId - 1].Name}): {county.Count:N0} organisations, {countyPeople.Length:N0} people");
        foreach (var (role, people) in new[] { ("city", data.People.ToArray()), ("county", countyPeople) })
        {
            var sample = Enumerable.Range(0, QueriesPerFile).Select(_ => people[random.Next(people.Length)]).ToArray();
            Write(outDir, $"queries-id-{role}.tsv", sample.Select(p => p.IdNumber));
            // Name queries as people type them: half the surname and first given character (王建), half the whole name.
            var names = sample.Select((p, i) => i % 2 == 0 ? p.Prefix2 : p.Name).ToArray();
            Write(outDir, $"queries-name-{role}.tsv", names);
            var surnames = sample.Select(p => p.Name[..1]).ToArray();
            Write(outDir, $"queries-surname-{role}.tsv", surnames);
            foreach (var (kind, queries) in new[] { ("name", names), ("surname", surnames) })
            {
                var inRange = queries.Select(q => Matches(allNames, q)).Order().ToArray();
                var visible = queries.Select(q => Matches(role == "city" ? allNames : countyNames, q)).Order().ToArray();
                stats.AppendLine(CultureInfo.InvariantCulture,
                    $"{kind,-8} {role,-7} rows matched (visible to the role): min {visible[0]}, median {visible[visible.Length / 2]}, p95 {visible[(int)(visible.Length * 0.95)]}, max {visible[^1]}; " +
                    $"rows in the name range city-wide: median {inRange[inRange.Length / 2]}, p95 {inRange[(int)(inRange.Length * 0.95)]}, max {inRange[^1]}");
            }
        }
        foreach (var surname in "王李张刘郭杨")
        {
            stats.AppendLine(CultureInfo.InvariantCulture, $"surname {surname}: {Matches(allNames, surname.ToString()):N0} city-wide, {Matches(countyNames, surname.ToString()):N0} in the county");
        }
        foreach (var prefix in new[] { "王建", "李国", "张伟", "郭丽", "杭晋" })
        {
            stats.AppendLine(CultureInfo.InvariantCulture, $"prefix {prefix}: {Matches(allNames, prefix):N0} city-wide, {Matches(countyNames, prefix):N0} in the county");
        }
        File.WriteAllText(Path.Combine(outDir, "stats.txt"), stats.ToString());
        Console.Error.Write(stats.ToString());
    }

    /// <summary>How many names lie in [prefix, prefix + U+FFFF) — the app's name-prefix range.</summary>
    private static int Matches(string[] sortedNames, string prefix)
    {
        int Lower(string key)
        {
            var i = Array.BinarySearch(sortedNames, key, StringComparer.Ordinal);
            if (i < 0)
            {
                return ~i;
            }
            while (i > 0 && string.Equals(sortedNames[i - 1], key, StringComparison.Ordinal))
            {
                i--;
            }
            return i;
        }
        return Lower(prefix + "\uffff") - Lower(prefix);
    }

    private static void Write(string outDir, string file, IEnumerable<string> queries) =>
        File.WriteAllLines(Path.Combine(outDir, file), queries.Select(q => $"{q}\t{Uri.EscapeDataString(q)}"));
}
