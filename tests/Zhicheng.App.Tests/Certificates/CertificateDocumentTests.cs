using PdfSharp.Pdf.IO;
using QRCoder;
using Zhicheng.App.Features.Certificates;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>
/// The certificate PDF, read back with poppler and a QR scanner: the Chinese facts come out as text (the font is embedded
/// with its Unicode map), the QR scans at 200 dpi to exactly the verification address and is at least 40 mm across, and
/// the token is in the document information.
/// </summary>
public sealed class CertificateDocumentTests : IDisposable
{
    private readonly ScratchDirectory _keys = new();

    public void Dispose() => _keys.Dispose();

    [Fact]
    public void Render_Text_ShowsTheChineseFacts()
    {
        var facts = CertificateTestData.Facts();

        var pdf = CertificateDocument.Render(facts, "http://127.0.0.1:5080/verify/abc.def");

        var pages = PdfReadBack.PageTexts(pdf);
        pages.Length.ShouldBe(1);
        var text = PdfReadBack.Squeezed(pages[0]);
        text.ShouldContain("专业技术职务任职资格证书");
        text.ShouldContain("姓名：王建国");
        text.ShouldContain("142701**********34");
        text.ShouldContain("系列：工程系列");
        text.ShouldContain("专业：土木工程");
        text.ShouldContain("资格级别：副高级");
        text.ShouldContain("取得时间：2026年12月20日");
        text.ShouldContain("运城市工程系列高级职称评审委员会");
        text.ShouldContain("批准文号：运人社职字〔2026〕45号");
        text.ShouldContain("证书编号：140820263000100012");
        text.ShouldContain("发证日期：2026年12月21日");
        text.ShouldContain("扫码或访问http://127.0.0.1:5080/verify核验");
    }

    [Fact]
    public void Render_Qr_ScansToExactlyTheVerifyUrlAndIsAtLeast40mm()
    {
        var signer = CertificateTestData.Signer(_keys.Path);
        var url = signer.VerifyUrl(signer.Sign(CertificateTestData.Facts()));

        var scanned = PdfReadBack.ScanQr(CertificateDocument.Render(CertificateTestData.Facts(), url));

        scanned.ShouldNotBeNull();
        scanned.Text.ShouldBe(url);
        // Finder pattern centres sit 3.5 modules in from the code's edges: from them, the code's width at 200 dpi.
        var modules = 17 + 4 * QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M).Version;
        var (topLeft, topRight) = (scanned.ResultPoints[1], scanned.ResultPoints[2]);
        var centres = Math.Sqrt(Math.Pow(topRight.X - topLeft.X, 2) + Math.Pow(topRight.Y - topLeft.Y, 2));
        var millimetres = centres / (modules - 7) * modules / 200 * 25.4;
        millimetres.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Render_DocumentInformation_CarriesTheToken()
    {
        var signer = CertificateTestData.Signer(_keys.Path);
        var token = signer.Sign(CertificateTestData.Facts());

        var pdf = CertificateDocument.Render(CertificateTestData.Facts(), signer.VerifyUrl(token));

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        document.Info.Elements.GetString(CertificateDocument.TokenKey).ShouldBe(token);
        signer.Open(document.Info.Elements.GetString(CertificateDocument.TokenKey)).ShouldNotBeNull();
    }

    [Fact]
    public void Render_LongCommitteeName_WrapsInsideThePage()
    {
        var facts = CertificateTestData.Facts() with { Committee = string.Concat(Enumerable.Repeat("运城市工程系列高级职称评审委员会", 6)) };

        var pdf = CertificateDocument.Render(facts, "http://127.0.0.1:5080/verify/abc.def");

        PdfReadBack.Squeezed(PdfReadBack.PageTexts(pdf)[0]).ShouldContain(facts.Committee);
        foreach (var word in PdfReadBack.WordBoxes(pdf))
        {
            word.XMax.ShouldBeLessThanOrEqualTo(word.PageWidth - 31, word.Word);
            word.YMax.ShouldBeLessThanOrEqualTo(word.PageHeight - 31, word.Word);
        }
    }

    [Fact]
    public void FontFile_Missing_IsAChineseErrorNamingTheSettingAndThePackage()
    {
        var error = Should.Throw<InvalidOperationException>(() => PdfFonts.Load("/nonexistent/gbsn00lp.ttf"));

        error.Message.ShouldContain("/nonexistent/gbsn00lp.ttf");
        error.Message.ShouldContain("Pdf:FontFile");
        error.Message.ShouldContain("fonts-arphic-gbsn00lp");
    }

    [Fact]
    public void FontFile_TrueTypeCollection_IsRefusedWithTheReason()
    {
        var ttc = Path.Combine(_keys.Path, "noto.ttc");
        File.WriteAllBytes(ttc, [.. "ttcf"u8, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16]);

        Should.Throw<InvalidOperationException>(() => PdfFonts.Load(ttc)).Message.ShouldContain(".ttc");
    }

    [Fact]
    public void FontFile_Default_IsTheDebianSongFont()
    {
        PdfFonts.DefaultFontFile.ShouldBe("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
        PdfFonts.Load(PdfFonts.DefaultFontFile).Length.ShouldBeGreaterThan(1_000_000);
    }
}
