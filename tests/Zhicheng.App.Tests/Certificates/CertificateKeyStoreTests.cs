using Zhicheng.App.Features.Certificates;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>
/// The signing key: a PKCS#8 PEM file per algorithm, created once (mode 600) and reused, one key even when processes race
/// to create it; <c>Certificates:PrivateKeyPem</c> instead of a file; clear errors for settings that cannot work.
/// </summary>
public sealed class CertificateKeyStoreTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void KeyFile_FirstUse_CreatedOwnerOnlyAndReusedByTheNextSigner()
    {
        var keys = _scratch.File("keys");
        var first = CertificateTestData.Signer(keys);
        var token = first.Sign(CertificateTestData.Facts());

        var file = Path.Combine(keys, "certificate-sm2.key");
        File.Exists(file).ShouldBeTrue();
        File.ReadAllText(file).ShouldStartWith("-----BEGIN PRIVATE KEY-----");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var written = File.GetLastWriteTimeUtc(file);
        var second = CertificateTestData.Signer(keys);
        second.PublicKeyPem.ShouldBe(first.PublicKeyPem);
        second.Open(token).ShouldNotBeNull();
        File.GetLastWriteTimeUtc(file).ShouldBe(written);
        Directory.GetFiles(keys).Length.ShouldBe(1);
    }

    [Fact]
    public void KeyFile_EachAlgorithm_HasItsOwn()
    {
        var sm2 = CertificateTestData.Signer(_scratch.Path, CertificateAlgorithms.Sm2);
        var p256 = CertificateTestData.Signer(_scratch.Path, CertificateAlgorithms.EcdsaP256);

        sm2.PublicKeyPem.ShouldNotBe(p256.PublicKeyPem);
        Directory.GetFiles(_scratch.Path).Select(Path.GetFileName).Order()
            .ShouldBe(["certificate-ecdsa-p256.key", "certificate-sm2.key"]);
    }

    [Fact]
    public async Task KeyFile_SignersRacingOnAnEmptyDirectory_ShareOneKey()
    {
        var keys = _scratch.File("race");
        const int racers = 8;
        using var start = new Barrier(racers);

        var pems = await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => Task.Factory.StartNew(() =>
        {
            var signer = CertificateTestData.Signer(keys);
            start.SignalAndWait();
            return signer.PublicKeyPem;
        }, TaskCreationOptions.LongRunning)));

        pems.Distinct().Count().ShouldBe(1);
        Directory.GetFiles(keys).Select(Path.GetFileName).ShouldBe(["certificate-sm2.key"]);
    }

    [Fact]
    public void PrivateKeyPem_Set_IsUsedAndNoFileIsWritten()
    {
        var original = CertificateTestData.Signer(_scratch.File("original"));
        _ = original.PublicKeyPem;
        var pem = File.ReadAllText(_scratch.File("original/certificate-sm2.key"));
        var empty = _scratch.File("stateless");

        var node = new CertificateSigner(new CertificateOptions { KeyDirectory = empty, PrivateKeyPem = pem });

        node.PublicKeyPem.ShouldBe(original.PublicKeyPem);
        node.Open(original.Sign(CertificateTestData.Facts())).ShouldNotBeNull();
        Directory.Exists(empty).ShouldBeFalse();
        CertificateKeyStore.ExistingPublicKeyPem(new CertificateOptions { KeyDirectory = empty, PrivateKeyPem = pem }).ShouldBe(original.PublicKeyPem);
    }

    [Fact]
    public void ExistingPublicKeyPem_NoKeyYet_IsNullAndCreatesNothing()
    {
        var options = new CertificateOptions { KeyDirectory = _scratch.File("none") };

        CertificateKeyStore.ExistingPublicKeyPem(options).ShouldBeNull();

        Directory.Exists(options.KeyDirectory).ShouldBeFalse();
    }

    [Fact]
    public void PrivateKeyPem_OfTheOtherAlgorithm_IsAnErrorNamingBoth()
    {
        var p256 = CertificateTestData.Signer(_scratch.Path, CertificateAlgorithms.EcdsaP256);
        _ = p256.PublicKeyPem;
        var pem = File.ReadAllText(_scratch.File("certificate-ecdsa-p256.key"));

        var signer = new CertificateSigner(new CertificateOptions { Algorithm = "SM2", PrivateKeyPem = pem });

        Should.Throw<InvalidOperationException>(() => signer.PublicKeyPem).Message
            .ShouldBe("设置 Certificates:PrivateKeyPem 中是 ECDSA-P256 密钥，而 Certificates:Algorithm 是 SM2");
    }

    [Fact]
    public void PrivateKeyPem_NotAKey_IsAnErrorNamingTheSetting()
    {
        var signer = new CertificateSigner(new CertificateOptions { PrivateKeyPem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" });

        Should.Throw<InvalidOperationException>(() => signer.Sign(CertificateTestData.Facts())).Message.ShouldStartWith("设置 Certificates:PrivateKeyPem 中的私钥不可用");
    }

    [Theory]
    [InlineData("RSA")]
    [InlineData("")]
    public void Algorithm_Unknown_IsAnErrorNamingTheSetting(string algorithm)
    {
        Should.Throw<InvalidOperationException>(() => new CertificateSigner(new CertificateOptions { Algorithm = algorithm })).Message
            .ShouldContain("Certificates:Algorithm");
    }

    [Fact]
    public void Algorithm_AnyCase_IsAccepted()
    {
        new CertificateSigner(new CertificateOptions { Algorithm = "ecdsa-p256", KeyDirectory = _scratch.Path }).Algorithm.ShouldBe("ECDSA-P256");
    }
}
