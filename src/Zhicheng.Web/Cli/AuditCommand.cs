using System.CommandLine;
using Zhicheng.App.Features.Audit;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng audit verify</c>: recomputes the audit trail's hash chain; exit 0 when intact, 1 naming the
/// first bad entry when anything was edited, deleted or reordered.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "校验审计记录哈希链：发现被修改、删除或调换顺序的记录，并指出第一条");
        verify.SetAction(async (_, cancellationToken) =>
        {
            await using var db = CliDatabase.Open("cli:audit");
            var result = await AuditVerifier.VerifyAsync(db, cancellationToken);
            if (result.Intact)
            {
                Console.WriteLine($"审计记录完整：{CliDatabase.Describe(db)}，共 {result.Entries} 条，最后一条哈希 {result.LastHash}");
                return 0;
            }
            Console.WriteLine($"审计记录已被篡改：第一条有问题的记录编号 {result.FirstBadId}。{result.Problem}。在它之前的 {result.Entries} 条完整。");
            return 1;
        });
        return new Command("audit", "审计记录") { verify };
    }
}
