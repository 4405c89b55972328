namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// Where the signing key is kept: <c>Certificates:PrivateKeyPem</c> when set, otherwise a PKCS#8 PEM file per algorithm in
/// <c>Certificates:KeyDirectory</c> (<c>certificate-sm2.key</c>, <c>certificate-ecdsa-p256.key</c>), created on first use
/// with mode 600. Two processes creating it at once end with one key: each writes a temporary file and moves it into place
/// without overwriting, and whoever loses reads the winner's.
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
        if (File.Exists(file))
        {
            return Read(file);
        }
        var directory = Path.GetDirectoryName(file)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var temporary = Path.Combine(directory, $".{Path.GetFileName(file)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            WritePrivate(temporary, CertificateKey.Generate(algorithm).PrivateKeyPem);
            File.Move(temporary, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process (or thread) put its key there first: use that one.
        }
        finally
        {
            File.Delete(temporary);
        }
        return Read(file);
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

    private static CertificateKey Read(string file)
    {
        try
        {
            return CertificateKey.FromPrivateKeyPem(File.ReadAllText(file));
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"证书签名密钥文件 {file} 不可用：{e.Message}", e);
        }
    }

    private static void WritePrivate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(pem);
        }
        stream.Flush(flushToDisk: true);
    }
}
