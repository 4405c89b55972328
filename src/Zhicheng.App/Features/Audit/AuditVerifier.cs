using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;

namespace Zhicheng.App.Features.Audit;

/// <summary>
/// Walks the audit trail from the first entry and recomputes every hash. An edited entry no longer matches
/// its own hash; a deleted one leaves a gap in the ids and a broken link; reordered entries break the links;
/// entries deleted from the end no longer reach the recorded head.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var expectedId = 1L;
        var previous = AuditChain.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Id != expectedId)
            {
                return AuditVerification.Broken(entry.Id, expectedId < entry.Id
                    ? $"第{expectedId}至{entry.Id - 1}条记录缺失（被删除），链条从第{entry.Id}条断开"
                    : $"第{entry.Id}条记录编号重复或顺序错乱", expectedId - 1);
            }
            if (entry.PreviousHash != previous)
            {
                return AuditVerification.Broken(entry.Id, $"第{entry.Id}条记录所记前一条的哈希与第{entry.Id - 1}条不符（记录被替换或调换顺序）", expectedId - 1);
            }
            if (AuditChain.HashOf(entry) != entry.Hash)
            {
                return AuditVerification.Broken(entry.Id, $"第{entry.Id}条记录的内容与其哈希不符（记录被修改）", expectedId - 1);
            }
            previous = entry.Hash;
            expectedId++;
        }
        var count = expectedId - 1;
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (head is null ? count != 0 : head.LastId != count || head.LastHash != previous)
        {
            return AuditVerification.Broken(count + 1, head is not null && head.LastId > count
                ? $"链尾记录缺失：应有{head.LastId}条，只找到{count}条（末尾的记录被删除）"
                : "链头记录与最后一条记录不符（链头或末尾记录被改动）", count);
        }
        return new AuditVerification(true, null, null, count, previous);
    }
}

/// <summary>The verdict: intact (with the number of entries and the last hash), or the first bad entry and why.</summary>
public sealed record AuditVerification(bool Intact, long? FirstBadId, string? Problem, long Entries, string? LastHash = null)
{
    public static AuditVerification Broken(long id, string problem, long goodEntries) => new(false, id, problem, goodEntries);
}
