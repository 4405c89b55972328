namespace Zhicheng.App.Features.Certificates;

/// <summary>Settings of electronic certificates (configuration section "Certificates").</summary>
public sealed class CertificateOptions
{
    /// <summary><c>SM2</c> (SM2 with SM3, GB/T 32918; the default) or <c>ECDSA-P256</c> (ECDSA over P-256 with SHA-256).</summary>
    public string Algorithm { get; set; } = CertificateAlgorithms.Sm2;

    /// <summary>Where the private key file lives, relative to the current directory like the SQLite file.</summary>
    public string KeyDirectory { get; set; } = "./data/keys";

    /// <summary>The private key itself (PKCS#8 PEM); when set it is used instead of the key file, e.g. on stateless web nodes.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>The site a certificate's QR points at: the QR encodes <c>{VerifyBaseUrl}/verify/{token}</c>.</summary>
    public string VerifyBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
