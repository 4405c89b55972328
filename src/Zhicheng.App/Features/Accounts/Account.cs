using Microsoft.AspNetCore.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Accounts;

/// <summary>
/// 账号 — a login. Each account acts in one <see cref="Role"/> and belongs to an organisation, or — for an
/// applicant — to a person. Passwords, lockout and security stamps are ASP.NET Core Identity's.
/// </summary>
public sealed class Account : IdentityUser<int>
{
    public AccountRole Role { get; set; }

    public required string DisplayName { get; set; }

    public int? OrganisationId { get; set; }

    public int? PersonId { get; set; }

    /// <summary>SHA-256 of the account's API token (hex); the token itself is shown once, when issued.</summary>
    public string? ApiTokenHash { get; set; }

    public DateTime? ApiTokenIssuedAt { get; set; }
}
