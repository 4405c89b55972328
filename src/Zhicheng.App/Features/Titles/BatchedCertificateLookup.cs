using System.Data.Common;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Zhicheng.App.Features.Titles;

/// <summary>
/// The public verification's lookup on PostgreSQL: lookups that arrive together are answered by one statement
/// (<c>WHERE c.number = ANY($1)</c>, the unique index once per number), run by one worker (or as many as
/// <c>Verification:PostgreSqlBatches</c> says), each on a connection of its own with the statement prepared. A worker takes every lookup waiting when it is free (at most <see cref="MaxBatch"/>), so
/// when lookups are rare each is a statement of its own, and under load PostgreSQL pays its per-statement cost — the
/// round trip, the backend's wake-up, the snapshot, the relation locks, the executor's start — once per batch instead
/// of once per lookup (docs/benchmarks.md, "Public verification"). No answer is kept or shared between batches: a lookup
/// is only ever answered by a statement that started after it arrived, so it reads every commit made before it was
/// asked — a revocation shows from that moment on. Each number is matched exactly (the same equality as <c>=</c>).
/// A batch whose statement fails fails each of its lookups; a worker whose connection failed opens a new one (a kept
/// connection that fails — the server closed it — is retried once on a new one).
/// </summary>
public sealed class BatchedCertificateLookup : IDisposable
{
    public const string Sql = CertificateLookup.Select + "\nWHERE c.number = ANY($1)";

    /// <summary>The most lookups one statement answers.</summary>
    public const int MaxBatch = 64;

    private readonly Channel<Pending> _queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly NpgsqlDataSource _source;
    private readonly Task[] _workers;

    /// <param name="connectionString">The app's PostgreSQL connection string.</param>
    /// <param name="workers">How many statements may run at once (one connection each).</param>
    public BatchedCertificateLookup(string connectionString, int workers)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Math.Max(1, workers), ApplicationName = "zhicheng-verification" };
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _workers = [.. Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Run(WorkAsync))];
    }

    /// <summary>
    /// The certificate numbered <paramref name="number"/> (exactly) with its title and holder, or null. A lookup cancelled
    /// before it is queued is not run; once queued it is answered with its batch (a few milliseconds at most).
    /// </summary>
    public Task<CertificateRecord?> FindAsync(string number, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(number);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Task;
    }

    private async Task WorkAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        var numbers = new List<string>(MaxBatch);
        Statement? statement = null;
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            numbers.Clear();
            foreach (var pending in batch)
            {
                numbers.Add(pending.Number);
            }
            try
            {
                Dictionary<string, CertificateRecord> found;
                var kept = statement is not null;
                statement ??= await Statement.OpenAsync(_source);
                try
                {
                    found = await statement.RunAsync(numbers);
                }
                catch (DbException) when (kept)
                {
                    statement.Dispose();
                    statement = null;
                    statement = await Statement.OpenAsync(_source);
                    found = await statement.RunAsync(numbers);
                }
                foreach (var pending in batch)
                {
                    pending.TrySetResult(found.GetValueOrDefault(pending.Number));
                }
            }
            catch (Exception ex)
            {
                statement?.Dispose();
                statement = null;
                foreach (var pending in batch)
                {
                    pending.TrySetException(ex);
                }
            }
        }
        statement?.Dispose();
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        Task.WaitAll(_workers, TimeSpan.FromSeconds(10));
        while (_queue.Reader.TryRead(out var left))
        {
            left.TrySetException(new ObjectDisposedException(nameof(BatchedCertificateLookup)));
        }
        _source.Dispose();
    }

    private sealed class Pending(string number) : TaskCompletionSource<CertificateRecord?>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public string Number { get; } = number;
    }

    /// <summary>A connection of a worker's own with the statement prepared on it.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlCommand _command;
        private readonly NpgsqlParameter<List<string>> _numbers = new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

        private Statement(NpgsqlConnection connection)
        {
            _connection = connection;
            _command = new NpgsqlCommand(Sql, connection);
            _command.Parameters.Add(_numbers);
        }

        public static async Task<Statement> OpenAsync(NpgsqlDataSource source)
        {
            var connection = await source.OpenConnectionAsync();
            var statement = new Statement(connection);
            try
            {
                statement._numbers.TypedValue = [];
                await statement._command.PrepareAsync();
                return statement;
            }
            catch
            {
                statement.Dispose();
                throw;
            }
        }

        public async Task<Dictionary<string, CertificateRecord>> RunAsync(List<string> numbers)
        {
            _numbers.TypedValue = numbers;
            var found = new Dictionary<string, CertificateRecord>(numbers.Count, StringComparer.Ordinal);
            await using var reader = await _command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var record = CertificateLookup.Read(reader);
                found[record.Number] = record;
            }
            return found;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
