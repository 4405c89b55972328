using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// The two signature algorithms of certificate tokens, each tied to its curve so that a key says which algorithm it is for:
/// <c>SM2</c> — SM2 with SM3 over sm2p256v1 (GB/T 32918, user id "1234567812345678"); <c>ECDSA-P256</c> — ECDSA over
/// P-256 with SHA-256 (deterministic k, RFC 6979). Both write the signature as a DER SEQUENCE of r and s (GM/T 0009, X9.62).
/// </summary>
public static class CertificateAlgorithms
{
    public const string Sm2 = "SM2";
    public const string EcdsaP256 = "ECDSA-P256";

    public static IReadOnlyList<string> All { get; } = [Sm2, EcdsaP256];

    /// <summary>The canonical spelling of <paramref name="name"/> (case-insensitive), or null for an unknown algorithm.</summary>
    public static string? Normalise(string? name) =>
        All.FirstOrDefault(a => string.Equals(a, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    internal static DerObjectIdentifier Curve(string algorithm) => algorithm switch
    {
        Sm2 => GMObjectIdentifiers.sm2p256v1,
        EcdsaP256 => SecObjectIdentifiers.SecP256r1,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "未知的签名算法"),
    };

    /// <summary>The algorithm whose curve is <paramref name="curve"/>, or null for any other curve.</summary>
    internal static string? OfCurve(DerObjectIdentifier? curve) =>
        curve is null ? null
        : curve.Equals(GMObjectIdentifiers.sm2p256v1) ? Sm2
        : curve.Equals(SecObjectIdentifiers.SecP256r1) ? EcdsaP256
        : null;

    /// <summary>A fresh signer of the algorithm, not yet initialised.</summary>
    internal static ISigner Signer(string algorithm) => algorithm switch
    {
        // SM2Signer's defaults: SM3, the standard's default user id, DER-encoded (r, s).
        Sm2 => new SM2Signer(),
        EcdsaP256 => new DsaDigestSigner(new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest())), new Sha256Digest()),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "未知的签名算法"),
    };
}
