using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.People;

/// <summary>已取得职称 — a title a person holds or held.</summary>
public sealed class TitleHeld
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Series { get; set; }

    public required string Specialty { get; set; }

    public TitleLevel Level { get; set; }

    /// <summary>The date this level was first obtained; a transfer keeps the original date (contract: currentTitle.obtainedOn).</summary>
    public DateOnly ObtainedOn { get; set; }

    public TitleSource Source { get; set; }

    /// <summary>转评 date into this series/specialty, for <see cref="TitleSource.Transfer"/>.</summary>
    public DateOnly? TransferredOn { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>The committee (or authority) that granted it, by name until committees are records of their own.</summary>
    public string? GrantedBy { get; set; }

    /// <summary>The committee that granted it, when it was granted through this system.</summary>
    public int? CommitteeId { get; set; }

    /// <summary>The application it was granted on, when granted through this system.</summary>
    public int? ApplicationId { get; set; }

    /// <summary>文号 of the bureau's confirmation that granted it.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>撤销 date, when revoked (N2024-4.3c); a revoked title no longer counts.</summary>
    public DateOnly? RevokedOn { get; set; }
}
