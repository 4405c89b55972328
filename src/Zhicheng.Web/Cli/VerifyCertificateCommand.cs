using System.CommandLine;
using System.Globalization;
using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng verify-certificate FILE [--public-key PEMFILE]</c>: checks an electronic certificate offline — the QR on
/// page 1 decoded from a 200-dpi rendering, its token's signature checked with the public key (the file given, else the
/// configured signing key's public half), and the signed certificate number and name found in the PDF's text, so that a
/// PDF edited after signing fails. Exit 0 valid; 1 invalid or forged (not a PDF, no QR, bad signature, text not matching);
/// 2 bad usage (no such file, no key, pdftoppm/pdftotext missing). <c>zhicheng certificate-key</c> prints the public key.
/// </summary>
internal static class VerifyCertificateCommand
{
    private const int Invalid = 1;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "电子职称证书 PDF 文件" };
        var publicKey = new Option<FileInfo?>("--public-key") { HelpName = "PEMFILE", Description = "发证机关的公钥（PEM）；不指定时使用本机配置的签名密钥的公钥" };
        var command = new Command("verify-certificate", "离线核验电子职称证书：识别二维码、验证数字签名、核对证书上的文字") { file, publicKey };
        command.SetAction(result => Verify(result.GetRequiredValue(file), result.GetValue(publicKey)));
        return command;
    }

    public static Command CreateKey()
    {
        var command = new Command("certificate-key", "输出电子证书签名密钥的公钥（PEM），供异地离线核验使用；尚无密钥时生成");
        command.SetAction(_ => PrintPublicKey());
        return command;
    }

    private static int Verify(FileInfo file, FileInfo? publicKeyFile)
    {
        if (!file.Exists)
        {
            return Usage($"找不到文件：{file.FullName}");
        }
        var publicKey = publicKeyFile is null ? ConfiguredPublicKey(out var problem) : ReadPublicKey(publicKeyFile, out problem);
        if (publicKey is null)
        {
            return Usage(problem!);
        }
        try
        {
            if (!CertificatePdf.LooksLikePdf(file.FullName))
            {
                return Fail($"{file.Name} 不是 PDF 文件，不是本系统签发的电子证书");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage($"无法读取文件 {file.FullName}：{e.Message}");
        }
        if (CertificatePdf.RenderFirstPage(file.FullName) is not { } page)
        {
            return Usage($"未找到 pdftoppm，无法读取证书上的二维码。请安装 Debian 软件包 {CertificatePdf.Package}（apt-get install -y {CertificatePdf.Package}）");
        }
        if (page.Image is null)
        {
            return Fail($"PDF 无法解析：{page.Failure}");
        }
        if (CertificatePdf.DecodeQr(page.Image) is not { } url)
        {
            return Fail("第 1 页上没有找到可识别的二维码");
        }
        var at = url.LastIndexOf("/verify/", StringComparison.Ordinal);
        if (at < 0)
        {
            return Fail($"二维码不是证书核验地址：{url}");
        }
        var token = url[(at + "/verify/".Length)..].Split('?', '#')[0];
        if (CertificateSigner.Verify(token, publicKey) is not { } verified)
        {
            return Fail("签名无效：二维码中的证书内容不是由该公钥对应的签名密钥签发的，或已被篡改");
        }
        if (CertificatePdf.ReadText(file.FullName) is not { } text)
        {
            return Usage($"未找到 pdftotext，无法核对证书上的文字。请安装 Debian 软件包 {CertificatePdf.Package}");
        }
        var facts = verified.Facts;
        var visible = Squeeze(text);
        var missing = new[] { ("证书编号", facts.CertificateNumber), ("姓名", facts.Name) }
            .Where(f => !visible.Contains(Squeeze(f.Item2), StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            Console.WriteLine("签名有效，但证书上的文字与签名内容不符，证书在签发后被改动过：");
            foreach (var (label, value) in missing)
            {
                Console.WriteLine($"  签名中的{label}“{value}”未出现在证书上");
            }
            return Invalid;
        }
        Console.WriteLine($"签名有效（{verified.Algorithm}），证书上的文字与签名内容一致：");
        Console.WriteLine($"  证书编号：{facts.CertificateNumber}");
        Console.WriteLine($"  姓　　名：{facts.Name}");
        Console.WriteLine($"  身份证号：{facts.MaskedIdNumber}");
        Console.WriteLine($"  系　　列：{facts.Series}");
        Console.WriteLine($"  专　　业：{facts.Specialty}");
        Console.WriteLine($"  资格级别：{Codes.Level.Label(facts.Level)}");
        Console.WriteLine($"  取得时间：{Date(facts.ObtainedOn)}");
        Console.WriteLine($"  评审机构：{facts.Committee}");
        Console.WriteLine($"  批准文号：{facts.DocumentNumber}");
        Console.WriteLine($"  发证日期：{Date(facts.IssuedOn)}");
        Console.WriteLine($"证书是否已被撤销，请访问核验地址查询：{url}");
        return 0;
    }

    private static int PrintPublicKey()
    {
        try
        {
            var options = CertificateServices.Options(CliDatabase.Configuration());
            var existed = CertificateKeyStore.ExistingPublicKeyPem(options) is not null;
            var signer = new CertificateSigner(options);
            Console.Write(signer.PublicKeyPem);
            if (!existed)
            {
                Console.Error.WriteLine($"已生成新的 {signer.Algorithm} 签名密钥：{CertificateKeyStore.KeyFile(options)}（请妥善保管并备份）");
            }
            return 0;
        }
        catch (InvalidOperationException e)
        {
            return Usage(e.Message);
        }
    }

    private static string? ConfiguredPublicKey(out string? problem)
    {
        problem = null;
        try
        {
            var options = CertificateServices.Options(CliDatabase.Configuration());
            var pem = CertificateKeyStore.ExistingPublicKeyPem(options);
            if (pem is null)
            {
                problem = $"本机没有证书签名密钥（{CertificateKeyStore.KeyFile(options)}），请用 --public-key 指定发证机关的公钥";
            }
            return pem;
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private static string? ReadPublicKey(FileInfo file, out string? problem)
    {
        problem = null;
        if (!file.Exists)
        {
            problem = $"找不到公钥文件：{file.FullName}";
            return null;
        }
        var pem = File.ReadAllText(file.FullName);
        if (CertificateSigner.PublicKeyAlgorithm(pem) is null)
        {
            problem = $"公钥文件 {file.Name} 不可用：不是 SM2（sm2p256v1）或 P-256 曲线的 PEM 公钥（-----BEGIN PUBLIC KEY-----）";
            return null;
        }
        return pem;
    }

    /// <summary>Text without any whitespace: pdftotext may break or space a line differently from how it was drawn.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static int Usage(string message)
    {
        Console.Error.WriteLine(message);
        return ZhichengCommandLine.BadUsage;
    }

    private static int Fail(string message)
    {
        Console.WriteLine($"核验未通过：{message}");
        return Invalid;
    }
}
