using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Titles;

/// <summary>What the public verification of a certificate answers.</summary>
public enum VerificationStatus
{
    /// <summary>有效: the certificate exists and its title stands.</summary>
    Valid,

    /// <summary>已撤销: the certificate exists and its title was revoked (from the day of revocation on).</summary>
    Revoked,

    /// <summary>未查询到: no certificate with that number, or one whose holder has another name — the same answer for both.</summary>
    Unknown,

    /// <summary>证书签名无效: a QR token that is malformed or whose signature fails. Never the answer to a number and a name.</summary>
    Forged,
}

/// <summary>
/// The details a valid or revoked certificate shows to anyone who asks: read from the database at the moment of asking,
/// with the identity number masked (<c>142701**********34</c>) — the whole number is never part of the answer.
/// </summary>
public sealed record VerifiedCertificate(
    string Number, string Name, string MaskedIdNumber, string Series, string Specialty, TitleLevel Level, DateOnly ObtainedOn,
    string? Committee, string? DocumentNumber, DateOnly IssuedOn, DateOnly? RevokedOn)
{
    /// <summary>The level as the certificate prints it: 员级, 助理级, 中级, 副高级, 正高级.</summary>
    public string LevelLabel => Codes.Level.Label(Level);
}

/// <summary>One verification's answer: the status and, for <see cref="VerificationStatus.Valid"/> and <see cref="VerificationStatus.Revoked"/> only, the certificate.</summary>
public sealed record Verification(VerificationStatus Status, VerifiedCertificate? Certificate)
{
    public static Verification Unknown { get; } = new(VerificationStatus.Unknown, null);

    public static Verification Forged { get; } = new(VerificationStatus.Forged, null);

    public static Verification Of(VerifiedCertificate certificate) =>
        new(certificate.RevokedOn is null ? VerificationStatus.Valid : VerificationStatus.Revoked, certificate);
}
