using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Certificates;

/// <summary>
/// <c>zhicheng verify-certificate FILE [--public-key PEMFILE]</c> and <c>zhicheng certificate-key</c>, the real program on
/// PDFs rendered here: a genuine certificate passes (exit 0); one signed by another key, one whose visible text was changed
/// after signing, a file that is not a PDF and a PDF without a QR fail (1); a missing file or key is bad usage (2).
/// </summary>
public sealed class VerifyCertificateCommandTests : IDisposable
{
    private readonly TempDir _files = new();

    public void Dispose() => _files.Dispose();

    private string Keys => _files.File("keys");

    [Fact]
    public async Task Genuine_WithTheConfiguredKey_IsValidAndPrintsTheFacts()
    {
        var pdf = Certificate(Signer(Keys), Facts());

        var result = await Verify(Keys, pdf);

        result.ExitCode.ShouldBe(0, result.StandardOutput + result.StandardError);
        result.StandardOutput.ShouldContain("签名有效（SM2）");
        result.StandardOutput.ShouldContain("证书编号：140820263000100034");
        result.StandardOutput.ShouldContain("姓　　名：赵丽华");
        result.StandardOutput.ShouldContain("资格级别：中级");
        result.StandardOutput.ShouldContain("批准文号：运人社职字〔2026〕51号");
    }

    [Fact]
    public async Task Genuine_Ecdsa_WithThePublicKeyFile_IsValid()
    {
        var signer = Signer(Keys, CertificateAlgorithms.EcdsaP256);
        var pdf = Certificate(signer, Facts());
        var publicKey = _files.Write("issuer.pem", signer.PublicKeyPem);

        var result = await Verify(_files.File("no-keys-here"), pdf, "--public-key", publicKey);

        result.ExitCode.ShouldBe(0, result.StandardOutput + result.StandardError);
        result.StandardOutput.ShouldContain("签名有效（ECDSA-P256）");
    }

    [Fact]
    public async Task SignedByAnotherKey_IsInvalid()
    {
        var pdf = Certificate(Signer(_files.File("forger-keys")), Facts());
        _ = Signer(Keys).PublicKeyPem;

        var result = await Verify(Keys, pdf);

        result.ExitCode.ShouldBe(1, result.StandardOutput + result.StandardError);
        result.StandardOutput.ShouldContain("签名无效");
    }

    [Fact]
    public async Task GenuineQrButTheNameEdited_IsInvalid()
    {
        var signer = Signer(Keys);
        var url = signer.VerifyUrl(signer.Sign(Facts()));
        var pdf = _files.File("改名.pdf");
        File.WriteAllBytes(pdf, CertificateDocument.Render(Facts() with { Name = "钱多多" }, url));

        var result = await Verify(Keys, pdf);

        result.ExitCode.ShouldBe(1, result.StandardOutput + result.StandardError);
        result.StandardOutput.ShouldContain("证书上的文字与签名内容不符");
        result.StandardOutput.ShouldContain("姓名“赵丽华”未出现在证书上");
    }

    [Fact]
    public async Task NotAPdf_IsInvalidAndSaysSo()
    {
        var file = _files.Write("证书.pdf", "这不是 PDF，只是一段文字。");
        _ = Signer(Keys).PublicKeyPem;

        var result = await Verify(Keys, file);

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("不是 PDF 文件");
    }

    [Fact]
    public async Task PdfWithoutQr_IsInvalidAndSaysSo()
    {
        var file = _files.File("纪要.pdf");
        File.WriteAllBytes(file, MinutesDocument.Render(new MeetingMinutes("运城市工程系列中级职称评审委员会", "2026-01", new DateOnly(2026, 11, 20),
            "三楼会议室", 0, 0, "", [], [], DateTimeOffset.UnixEpoch)));
        _ = Signer(Keys).PublicKeyPem;

        var result = await Verify(Keys, file);

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("没有找到可识别的二维码");
    }

    [Fact]
    public async Task MissingFile_IsBadUsage()
    {
        var result = await Verify(Keys, _files.File("不存在.pdf"));

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("找不到文件");
    }

    [Fact]
    public async Task PopplerNotInstalled_IsBadUsageNamingThePackage()
    {
        var pdf = Certificate(Signer(Keys), Facts());
        var environment = Environment(Keys);
        environment["PATH"] = _files.File("empty-path");

        var result = await ZhichengProcess.RunWith(environment, "verify-certificate", pdf);

        result.ExitCode.ShouldBe(2, result.StandardOutput + result.StandardError);
        result.StandardError.ShouldContain("poppler-utils");
    }

    [Fact]
    public async Task NoKeyConfiguredAndNoPublicKey_IsBadUsageNamingTheOption()
    {
        var pdf = Certificate(Signer(_files.File("elsewhere")), Facts());

        var result = await Verify(_files.File("empty"), pdf);

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("--public-key");
        Directory.Exists(_files.File("empty")).ShouldBeFalse();
    }

    [Fact]
    public async Task PublicKeyFileThatIsNoKey_IsBadUsage()
    {
        var pdf = Certificate(Signer(Keys), Facts());

        var result = await Verify(Keys, pdf, "--public-key", _files.Write("key.pem", "not a key"));

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("不可用");
    }

    [Fact]
    public async Task CertificateKey_PrintsThePublicHalfOfTheSigningKey()
    {
        var signer = Signer(Keys);

        var result = await ZhichengProcess.RunWith(Environment(Keys), "certificate-key");

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBe(signer.PublicKeyPem);
        CertificateSigner.PublicKeyAlgorithm(result.StandardOutput).ShouldBe("SM2");
    }

    private static CertificateFacts Facts() => new("140820263000100034", "赵丽华", "142702**********21", "工程系列", "电气工程",
        TitleLevel.Intermediate, new DateOnly(2026, 12, 18), "运城市工程系列中级职称评审委员会", "运人社职字〔2026〕51号", new DateOnly(2026, 12, 18));

    private static CertificateSigner Signer(string keys, string algorithm = CertificateAlgorithms.Sm2) =>
        new(new CertificateOptions { KeyDirectory = keys, Algorithm = algorithm });

    private string Certificate(CertificateSigner signer, CertificateFacts facts)
    {
        var file = _files.File($"证书-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, CertificateDocument.Render(facts, signer.VerifyUrl(signer.Sign(facts))));
        return file;
    }

    private static Dictionary<string, string> Environment(string keys) => new() { ["Certificates__KeyDirectory"] = keys };

    private static Task<ZhichengProcess.Result> Verify(string keys, string file, params string[] options) =>
        ZhichengProcess.RunWith(Environment(keys), ["verify-certificate", file, .. options]);
}
