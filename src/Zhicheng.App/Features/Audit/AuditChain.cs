using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhicheng.App.Features.Audit;

/// <summary>The hash that links each audit entry to the one before it: SHA-256 over the entry's fields and the previous hash.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\n',
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.EntityType, e.EntityId, e.Subject, e.Summary, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Truncates to the millisecond, the precision both databases keep exactly.</summary>
    public static DateTime Stamp(DateTimeOffset now) =>
        new(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
