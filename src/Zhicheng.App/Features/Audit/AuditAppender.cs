using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhicheng.App.Data;

namespace Zhicheng.App.Features.Audit;

/// <summary>
/// Appends entries to the chain on the context's own connection and transaction, around EF.
/// The trail is write-only, so it gains nothing from change tracking, and an import of a hundred thousand rows
/// writes as many entries: going around EF here halves what a large import costs.
/// </summary>
internal static class AuditAppender
{
    private const string Insert = """
        INSERT INTO audit_entries (id, at, actor, action, entity_type, entity_id, subject, summary, previous_hash, hash)
        VALUES (@id, @at, @actor, @action, @entity_type, @entity_id, @subject, @summary, @previous_hash, @hash)
        """;

    private const string SaveHead = """
        INSERT INTO audit_heads (id, last_id, last_hash) VALUES (1, @last_id, @last_hash)
        ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash
        """;

    /// <summary>Chains and writes the entries; the caller holds the chain's lock inside an open transaction.</summary>
    public static async Task AppendAsync(AppDbContext db, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("审计记录须在事务中写入");
        var (lastId, lastHash) = await HeadAsync(connection, transaction, cancellationToken);

        var any = false;
        if (connection.CanCreateBatch)
        {
            // PostgreSQL: a round trip per hundred entries rather than per entry.
            var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var entry in entries)
            {
                (lastId, lastHash) = Chain(entry, lastId, lastHash);
                var command = batch.CreateBatchCommand();
                command.CommandText = Insert;
                foreach (var (name, value) in Values(entry))
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@" + name;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
                any = true;
                if (batch.BatchCommands.Count == 100)
                {
                    await batch.ExecuteNonQueryAsync(cancellationToken);
                    batch.BatchCommands.Clear();
                }
            }
            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            await batch.DisposeAsync();
        }
        else
        {
            // SQLite: in-process, so a prepared statement executed per entry is as cheap as it gets.
            await using var insert = Command(connection, transaction, Insert,
                "id", "at", "actor", "action", "entity_type", "entity_id", "subject", "summary", "previous_hash", "hash");
            foreach (var entry in entries)
            {
                (lastId, lastHash) = Chain(entry, lastId, lastHash);
                Set(insert, [.. Values(entry).Select(v => v.Value)]);
                if (!any)
                {
                    // Prepared once its parameters have values.
                    await insert.PrepareAsync(cancellationToken);
                    any = true;
                }
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        if (any)
        {
            await using var head = Command(connection, transaction, SaveHead, "last_id", "last_hash");
            Set(head, lastId, lastHash);
            await head.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static (long Id, string Hash) Chain(AuditEntry entry, long lastId, string lastHash)
    {
        entry.Id = lastId + 1;
        entry.PreviousHash = lastHash;
        entry.Hash = AuditChain.HashOf(entry);
        return (entry.Id, entry.Hash);
    }

    private static (string Name, object Value)[] Values(AuditEntry e) =>
    [
        ("id", e.Id), ("at", e.At), ("actor", e.Actor), ("action", e.Action), ("entity_type", e.EntityType), ("entity_id", e.EntityId),
        ("subject", e.Subject), ("summary", e.Summary), ("previous_hash", e.PreviousHash), ("hash", e.Hash),
    ];

    private static async Task<(long Id, string Hash)> HeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var read = Command(connection, transaction, "SELECT last_id, last_hash FROM audit_heads WHERE id = 1");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.Genesis);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
