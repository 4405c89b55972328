using Zhicheng.Domain.Committees;

namespace Zhicheng.App.Features.Committees;

/// <summary>
/// 核准备案 — one filing of a committee (N2024-2.2, 2.3): its seven particulars as filed, why it is filed, and
/// its way from draft to approval. Once submitted its particulars do not change; a returned filing is
/// corrected and submitted again (the same row), an approved one is superseded by the next filing.
/// </summary>
public sealed class CommitteeFiling
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public FilingStatus Status { get; set; } = FilingStatus.Draft;

    /// <summary>Why it is filed, "," separated <see cref="FilingReason"/> names.</summary>
    public string Reasons { get; set; } = "";

    /// <summary>评审权下放 — the founding unit declares that its power was delegated to it.</summary>
    public bool PowerDelegated { get; set; }

    public required string Name { get; set; }

    public CommitteeLevel Level { get; set; }

    public required string Series { get; set; }

    public string Specialties { get; set; } = "";

    /// <summary>The scope's units as ids, "," separated, and in words.</summary>
    public string ScopeUnitIds { get; set; } = "";

    public string ScopeText { get; set; } = "";

    /// <summary>评审条件.</summary>
    public string Conditions { get; set; } = "";

    /// <summary>规章制度.</summary>
    public string Rules { get; set; } = "";

    /// <summary>办事机构.</summary>
    public string Office { get; set; } = "";

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>The account that submitted it: nobody decides a filing they submitted themselves.</summary>
    public int? SubmittedByAccountId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The day of approval and the last day the filing is valid (inclusive).</summary>
    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The approver's comments when returned (or approved with remarks).</summary>
    public string? Comments { get; set; }

    public int Version { get; set; }
}
