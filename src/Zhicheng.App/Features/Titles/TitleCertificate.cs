using Zhicheng.App.Features.People;

namespace Zhicheng.App.Features.Titles;

/// <summary>
/// 电子职称证书 — the certificate this system issued for a title it granted: the number (unique across the system,
/// <see cref="Domain.Titles.CertificateNumber"/>), the day, and the signed token its QR code carries. Whether it is
/// valid is read from the title at the moment of asking: a revoked title verifies as revoked from then on.
/// </summary>
public sealed class TitleCertificate
{
    public int Id { get; set; }

    public int TitleId { get; set; }

    public TitleHeld? Title { get; set; }

    public required string Number { get; set; }

    public DateOnly IssuedOn { get; set; }

    public required string Algorithm { get; set; }

    public required string Token { get; set; }
}
