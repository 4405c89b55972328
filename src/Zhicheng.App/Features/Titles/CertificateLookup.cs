using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Audit;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Titles;

/// <summary>
/// The public verification's one query — a certificate with its title and holder, by number (the unique index
/// <c>ix_certificates_number</c>), read-only — prepared once on each of a few open connections kept for it. Anyone may send
/// lookups at a high rate, and done the usual way a lookup cost several times the query itself: a fresh context per request
/// (its options, then EF Core's own services on first use) about three times, and on a kept context EF's command building
/// and SQLite's parsing and planning of the statement still two to three times (docs/benchmarks.md, "Public verification").
/// EF Core's context pooling does not apply (the app's context takes the audit actor and the clock), so this keeps its own:
/// each connection comes from a context of the app's own registration (same provider and connection string), held in a
/// scope that lives as long as it does. On SQLite the connection is read-only (<c>query_only</c>) and memory-mapped
/// (<c>mmap_size</c>: a random lookup otherwise costs a read() system call per page); an idle SQLite connection holds no
/// lock, and each statement reads the latest commit. On PostgreSQL each is one server connection held open. There are at
/// most <see cref="MaxConnections"/> a node, opened as lookups need them; a lookup that finds them all busy waits for one
/// (opening and preparing a connection costs far more than the wait). A connection whose lookup fails is dropped; a kept
/// one that fails (the server closed it) is retried once on a new connection. Columns are named as the model maps them
/// (snake_case; the level as its name). On PostgreSQL the lookups are batched instead (<see cref="BatchedCertificateLookup"/>),
/// unless <c>Verification:PostgreSqlLookup</c> is <c>kept</c>.
/// </summary>
public sealed class CertificateLookup(IServiceScopeFactory scopes, IConfiguration? configuration = null) : IDisposable
{
    /// <summary>How PostgreSQL's lookups run: <c>batched</c> (the default) or <c>kept</c> (as on SQLite).</summary>
    public const string PostgreSqlLookupSetting = "Verification:PostgreSqlLookup";

    /// <summary>
    /// The setting for how many batches may run at once on PostgreSQL (one connection each). By default one: with the
    /// database on the app's host, two at once answered fewer lookups and with a far longer tail (docs/benchmarks.md,
    /// "One batch at a time"); one statement of up to <see cref="BatchedCertificateLookup.MaxBatch"/> lookups at a time is far more
    /// than a city's verification needs.
    /// </summary>
    public const string PostgreSqlBatchesSetting = "Verification:PostgreSqlBatches";

    /// <summary>The most batches the setting allows at once.</summary>
    public const int MaxBatches = 64;

    /// <summary>What a lookup reads (<see cref="Read"/> takes a row apart), without its condition.</summary>
    public const string Select = """
        SELECT c.number, c.issued_on, t.series, t.specialty, t.level, t.obtained_on, t.granted_by, t.document_number, t.revoked_on,
               p.name, p.id_number
        FROM certificates AS c
        JOIN titles AS t ON t.id = c.title_id
        JOIN people AS p ON p.id = t.person_id
        """;

    public const string Sql = Select + "\nWHERE c.number = @number";

    /// <summary>How much of a SQLite file the connections map into memory (address space; the OS page cache backs it).</summary>
    public const long SqliteMapBytes = 1L << 30;

    private readonly ConcurrentBag<Connection> _idle = [];
    private readonly SemaphoreSlim _slots = new(MaxConnections, MaxConnections);
    private readonly Lazy<BatchedCertificateLookup?> _batched = new(() => Batched(scopes, configuration));
    private bool _disposed;

    /// <summary>The most connections kept for lookups on this node (four per processor, at least four).</summary>
    public static int MaxConnections { get; } = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>The certificate numbered <paramref name="number"/> (exactly) with its title and holder, or null.</summary>
    public Task<CertificateRecord?> FindAsync(string number, CancellationToken cancellationToken) =>
        _batched.Value is { } batched ? batched.FindAsync(number, cancellationToken) : FindOnKeptConnectionAsync(number, cancellationToken);

    /// <summary>How the lookups run: <c>batched</c> (PostgreSQL, by default) or <c>kept</c>.</summary>
    public string Mode => _batched.Value is null ? "kept" : "batched";

    /// <summary>
    /// The lookup's settings as configured — <c>Verification:PostgreSqlLookup</c> (<c>batched</c> or <c>kept</c>) and
    /// <c>Verification:PostgreSqlBatches</c> (1 to <see cref="MaxBatches"/>) — or an exception naming the setting that is
    /// wrong; start-up calls it, so that a mistyped value stops the app instead of being read as something else.
    /// </summary>
    public static (bool Batched, int Batches) SettingsOf(IConfiguration? configuration)
    {
        var mode = configuration?[PostgreSqlLookupSetting];
        var batched = string.IsNullOrWhiteSpace(mode) || string.Equals(mode.Trim(), "batched", StringComparison.OrdinalIgnoreCase)
            ? true
            : string.Equals(mode.Trim(), "kept", StringComparison.OrdinalIgnoreCase)
                ? false
                : throw new InvalidOperationException($"配置项 {PostgreSqlLookupSetting} 的值“{mode}”无效：应为 batched 或 kept");
        var text = configuration?[PostgreSqlBatchesSetting];
        var batches = string.IsNullOrWhiteSpace(text)
            ? 1
            : int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxBatches
                ? n
                : throw new InvalidOperationException($"配置项 {PostgreSqlBatchesSetting} 的值“{text}”无效：应为 1 到 {MaxBatches} 的整数");
        return (batched, batches);
    }

    private static BatchedCertificateLookup? Batched(IServiceScopeFactory scopes, IConfiguration? configuration)
    {
        var (batched, batches) = SettingsOf(configuration);
        if (!batched)
        {
            return null;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Provider == DatabaseProvider.PostgreSql ? new BatchedCertificateLookup(db.Database.GetConnectionString()!, batches) : null;
    }

    private async Task<CertificateRecord?> FindOnKeptConnectionAsync(string number, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var kept = _idle.TryTake(out var connection);
                connection ??= Open();
                CertificateRecord? found;
                try
                {
                    found = await connection.FindAsync(number, cancellationToken);
                }
                catch (DbException) when (kept && attempt == 1 && !cancellationToken.IsCancellationRequested)
                {
                    connection.Dispose();
                    continue;
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
                if (Volatile.Read(ref _disposed))
                {
                    connection.Dispose();
                }
                else
                {
                    _idle.Add(connection);
                }
                return found;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private Connection Open()
    {
        var scope = scopes.CreateScope();
        try
        {
            scope.ServiceProvider.GetRequiredService<AuditActor>().Name = "public:verification";
            return new Connection(scope, scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        if (_batched.IsValueCreated)
        {
            _batched.Value?.Dispose();
        }
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>The record of a row of <see cref="Select"/>.</summary>
    internal static CertificateRecord Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3), Enum.Parse<TitleLevel>(reader.GetString(4)),
        reader.GetFieldValue<DateOnly>(5), Text(reader, 6), Text(reader, 7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
        reader.GetString(9), reader.GetString(10));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>An open connection (owned by its context, in its scope) with the lookup prepared on it.</summary>
    private sealed class Connection : IDisposable
    {
        private readonly IServiceScope _scope;
        private readonly DbCommand _command;
        private readonly DbParameter _number;

        public Connection(IServiceScope scope, AppDbContext db)
        {
            _scope = scope;
            db.Database.OpenConnection();
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                db.Database.ExecuteSqlRaw($"PRAGMA query_only = 1; PRAGMA mmap_size = {SqliteMapBytes};");
            }
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.CommandText = Sql;
            _number = _command.CreateParameter();
            _number.ParameterName = "@number";
            _number.DbType = DbType.String;
            _command.Parameters.Add(_number);
            _command.Prepare();
        }

        public async Task<CertificateRecord?> FindAsync(string number, CancellationToken cancellationToken)
        {
            _number.Value = number;
            await using var reader = await _command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            return Read(reader);
        }

        public void Dispose()
        {
            _command.Dispose();
            _scope.Dispose();
        }
    }
}

/// <summary>A certificate as stored, with its title and its holder (the whole identity number: mask it before showing it).</summary>
public sealed record CertificateRecord(
    string Number, DateOnly IssuedOn, string Series, string Specialty, TitleLevel Level, DateOnly ObtainedOn, string? GrantedBy,
    string? DocumentNumber, DateOnly? RevokedOn, string Name, string IdNumber);
