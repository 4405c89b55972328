namespace Zhicheng.App.Features.Audit;

/// <summary>
/// 审计记录 — one state change: who, when, what, and the changed fields before and after. Entries are only
/// ever appended; each carries the hash of the one before it, so an edited, deleted or reordered entry breaks
/// the chain (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3 … without gaps, assigned under the chain's lock.</summary>
    public long Id { get; set; }

    /// <summary>UTC, to the millisecond (both databases store it exactly).</summary>
    public DateTime At { get; set; }

    /// <summary>The account (<c>account:17 张三</c>) or process (<c>cli:import</c>) that made the change.</summary>
    public required string Actor { get; set; }

    /// <summary><c>created</c>, <c>updated</c> or <c>deleted</c>, or a named action such as <c>login.failed</c>.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The record whose history this belongs to (<c>Person:12</c> for a person's assessment).</summary>
    public required string Subject { get; set; }

    /// <summary>JSON: <c>{"before":{…},"after":{…}}</c> of the changed fields; identity numbers masked, secrets left out.</summary>
    public required string Summary { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}

/// <summary>The chain's last entry, kept beside it so that deleting entries from the end is detected too.</summary>
public sealed class AuditHead
{
    public int Id { get; set; } = 1;

    public long LastId { get; set; }

    public required string LastHash { get; set; }
}
