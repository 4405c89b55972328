using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// The facts a certificate shows and its QR signs. MaskedIdNumber is e.g. 142701**********34 (never the full number).
/// </summary>
public sealed record CertificateFacts(string CertificateNumber, string Name, string MaskedIdNumber, string Series,
    string Specialty, TitleLevel Level, DateOnly ObtainedOn, string Committee,
    string DocumentNumber, DateOnly IssuedOn);

/// <summary>A token whose signature verified: the facts it signs and the algorithm that signed them.</summary>
public sealed record CertificateToken(CertificateFacts Facts, string Algorithm);
