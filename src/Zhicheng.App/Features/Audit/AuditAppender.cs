using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhicheng.App.Data;

namespace Zhicheng.App.Features.Audit;

/// <summary>
/// Appends entries to the chain with one prepared command on the context's own connection and transaction.
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

        await using var insert = Command(connection, transaction, Insert,
            "id", "at", "actor", "action", "entity_type", "entity_id", "subject", "summary", "previous_hash", "hash");
        var any = false;
        foreach (var entry in entries)
        {
            entry.Id = lastId + 1;
            entry.PreviousHash = lastHash;
            entry.Hash = AuditChain.HashOf(entry);
            Set(insert, entry.Id, entry.At, entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.Subject,
                entry.Summary, entry.PreviousHash, entry.Hash);
            if (!any)
            {
                // Prepared once its parameters have values (Npgsql infers their types from them).
                await insert.PrepareAsync(cancellationToken);
                any = true;
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
            (lastId, lastHash) = (entry.Id, entry.Hash);
        }
        if (any)
        {
            await using var head = Command(connection, transaction, SaveHead, "last_id", "last_hash");
            Set(head, lastId, lastHash);
            await head.ExecuteNonQueryAsync(cancellationToken);
        }
    }

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
