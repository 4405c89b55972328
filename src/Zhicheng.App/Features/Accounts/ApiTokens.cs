using System.Security.Cryptography;
using System.Text;
using Zhicheng.App.Data;

namespace Zhicheng.App.Features.Accounts;

/// <summary>
/// Per-account API tokens for other systems: 32 random bytes shown once as <c>zc_…</c>; only their SHA-256 is
/// stored, so a copy of the database gives no usable token. Issuing a new token replaces the old one.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "zc_";

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Issues a new token for the account (audited as a change of its token hash) and returns it.</summary>
    public static async Task<string> IssueAsync(AppDbContext db, Account account, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        account.ApiTokenHash = HashOf(token);
        account.ApiTokenIssuedAt = db.Time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
