using Org.BouncyCastle.Crypto.Parameters;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// 电子证书签名 — signs a certificate's facts into the token its QR carries and checks tokens (see
/// <see cref="CertificatePayload"/> for the format, <see cref="CertificateAlgorithms"/> for SM2 / ECDSA-P256). The key is
/// loaded (or created) once, on first use (<see cref="CertificateKeyStore"/>). A singleton.
/// </summary>
public sealed class CertificateSigner
{
    private readonly Lazy<CertificateKey> _key;
    private readonly string _verifyBaseUrl;

    public CertificateSigner(CertificateOptions options)
    {
        Algorithm = CertificateKeyStore.AlgorithmOf(options);
        _verifyBaseUrl = options.VerifyBaseUrl.TrimEnd('/');
        _key = new Lazy<CertificateKey>(() => CertificateKeyStore.LoadOrCreate(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary><c>SM2</c> or <c>ECDSA-P256</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The public half of the signing key (SubjectPublicKeyInfo PEM), for verifiers elsewhere.</summary>
    public string PublicKeyPem => _key.Value.PublicKeyPem;

    /// <summary>The token of <paramref name="facts"/>: base64url(JSON payload) "." base64url(signature).</summary>
    public string Sign(CertificateFacts facts)
    {
        var payload = CertificatePayload.Encode(facts, Algorithm);
        return CertificatePayload.Compose(payload, _key.Value.Sign(payload));
    }

    /// <summary>The token's facts when it was signed by this signer's key; null for anything else (never throws on bad input).</summary>
    public CertificateToken? Open(string token) => Verify(token, _key.Value.Public, Algorithm);

    /// <summary>The address the QR of a certificate encodes: <c>{VerifyBaseUrl}/verify/{token}</c>.</summary>
    public string VerifyUrl(string token) => $"{_verifyBaseUrl}/verify/{token}";

    /// <summary>
    /// Offline check of a token with a public key (SubjectPublicKeyInfo PEM). The algorithm follows from the key's curve;
    /// a payload claiming another algorithm fails. Null for a bad token; <see cref="ArgumentException"/> for a PEM that is
    /// not an SM2 or P-256 public key.
    /// </summary>
    public static CertificateToken? Verify(string token, string publicKeyPem)
    {
        var (key, algorithm) = CertificateKey.ReadPublicKey(publicKeyPem)
            ?? throw new ArgumentException("不是 SM2（sm2p256v1）或 P-256 曲线的公钥（应为 -----BEGIN PUBLIC KEY----- 格式）", nameof(publicKeyPem));
        return Verify(token, key, algorithm);
    }

    /// <summary>The algorithm a SubjectPublicKeyInfo PEM public key is for (by its curve), or null when it is no key of ours.</summary>
    public static string? PublicKeyAlgorithm(string publicKeyPem) => CertificateKey.ReadPublicKey(publicKeyPem)?.Algorithm;

    private static CertificateToken? Verify(string? token, ECPublicKeyParameters key, string algorithm)
    {
        if (!CertificatePayload.TrySplit(token, out var payload, out var signature))
        {
            return null;
        }
        var verifier = CertificateAlgorithms.Signer(algorithm);
        verifier.Init(false, key);
        verifier.BlockUpdate(payload, 0, payload.Length);
        bool valid;
        try
        {
            valid = verifier.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException)
        {
            // A signature that is not even DER: BouncyCastle mostly answers false, but not for every malformed input.
            valid = false;
        }
        if (!valid || CertificatePayload.Decode(payload) is not { } decoded || decoded.Algorithm != algorithm)
        {
            return null;
        }
        return new CertificateToken(decoded.Facts, algorithm);
    }
}
