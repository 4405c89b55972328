namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// Where the signing key is kept: <c>Certificates:PrivateKeyPem</c> when set, otherwise a PKCS#8 PEM file per algorithm in
/// <c>Certificates:KeyDirectory</c> (<c>certificate-sm2.key</c>, <c>certificate-ecdsa-p256.key</c>), created on first use
/// with mode 600 (<see cref="Certificates.KeyFile"/>: two processes creating it at once end with one key).
/// </summary>
public static class CertificateKeyStore
{
    public static string FileName(string algorithm) => $"certificate-{algorithm.ToLowerInvariant()}.key";

    /// <summary>The full path of the key file the options name (it may not exist yet).</summary>
    public static string KeyFile(CertificateOptions options) =>
        Path.GetFullPath(Path.Combine(options.KeyDirectory, FileName(AlgorithmOf(options))));

    /// <summary>The public half of the configured key if there is one already; null when none was created yet.</summary>
    public static string? ExistingPublicKeyPem(CertificateOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PrivateKeyPem))
        {
            return FromSetting(options).PublicKeyPem;
        }
        var file = KeyFile(options);
        return File.Exists(file) ? Read(file).PublicKeyPem : null;
    }

    /// <summary>The configured key, creating its file when there is none.</summary>
    internal static CertificateKey LoadOrCreate(CertificateOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PrivateKeyPem))
        {
            return FromSetting(options);
        }
        var algorithm = AlgorithmOf(options);
        var file = KeyFile(options);
        return Parse(file, Certificates.KeyFile.ReadOrCreate(file, () => CertificateKey.Generate(algorithm).PrivateKeyPem));
    }

    internal static string AlgorithmOf(CertificateOptions options) =>
        CertificateAlgorithms.Normalise(options.Algorithm)
        ?? throw new InvalidOperationException($"设置 Certificates:Algorithm 的值“{options.Algorithm}”无效，应为 SM2 或 ECDSA-P256");

    private static CertificateKey FromSetting(CertificateOptions options)
    {
        CertificateKey key;
        try
        {
            key = CertificateKey.FromPrivateKeyPem(options.PrivateKeyPem!);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"设置 Certificates:PrivateKeyPem 中的私钥不可用：{e.Message}", e);
        }
        var algorithm = AlgorithmOf(options);
        return key.Algorithm == algorithm ? key
            : throw new InvalidOperationException($"设置 Certificates:PrivateKeyPem 中是 {key.Algorithm} 密钥，而 Certificates:Algorithm 是 {algorithm}");
    }

    private static CertificateKey Read(string file) => Parse(file, File.ReadAllText(file));

    private static CertificateKey Parse(string file, string pem)
    {
        try
        {
            return CertificateKey.FromPrivateKeyPem(pem);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"证书签名密钥文件 {file} 不可用：{e.Message}", e);
        }
    }
}
