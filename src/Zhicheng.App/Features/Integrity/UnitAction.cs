using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Integrity;

/// <summary>
/// 对单位的监督 (N2024-4.3b) — an order to rectify, or a notice of criticism, issued by a bureau to an employer or
/// competent department that failed its review duty. Shown to the unit and to everyone supervising it.
/// </summary>
public sealed class UnitAction
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public UnitActionKind Kind { get; set; }

    public required string Reason { get; set; }

    /// <summary>整改期限, for an order.</summary>
    public DateOnly? RectifyBy { get; set; }

    /// <summary>The application whose review revealed the failure, if any.</summary>
    public int? ApplicationId { get; set; }

    /// <summary>For a criticism notice: the order it follows.</summary>
    public int? OrderId { get; set; }

    public int IssuedById { get; set; }

    public Organisation? IssuedBy { get; set; }

    public DateOnly IssuedOn { get; set; }

    public string IssuedByAccount { get; set; } = "";

    /// <summary>The unit's report of what it rectified, and when.</summary>
    public string? RectificationReport { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public int Version { get; set; }
}
