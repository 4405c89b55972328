using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// 专业技术职务任职资格证书 — the PDF of an electronic title certificate, one A4 landscape page: the facts, and the QR of the
/// verification address (vector squares, ECC level M, 4-module quiet zone, 150 pt ≈ 53 mm across). The token is also
/// in the document information under <c>/ZhichengToken</c> for software that reads PDFs rather than scans them.
/// </summary>
public static class CertificateDocument
{
    public const string TokenKey = "/ZhichengToken";
    public const string Title = "专业技术职务任职资格证书";
    private const double QrSize = 150;
    private static readonly XColor Crimson = XColor.FromArgb(0x9B, 0x1B, 0x1B);

    public static byte[] Render(CertificateFacts facts, string verifyUrl)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{Title} {facts.CertificateNumber}";
        document.Info.Creator = "Zhicheng 职称评审管理系统";
        document.Info.Elements.SetString(TokenKey, TokenOf(verifyUrl));
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        var width = page.Width.Point;
        var height = page.Height.Point;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawRectangle(new XPen(Crimson, 2.5), 24, 24, width - 48, height - 48);
            graphics.DrawRectangle(new XPen(Crimson, 0.8), 31, 31, width - 62, height - 62);

            var title = PdfText.Of(30, bold: true);
            title.Draw(graphics, Title, (width - title.Width(Title)) / 2, 58, new XSolidBrush(Crimson));
            var subtitle = PdfText.Of(12);
            subtitle.Draw(graphics, "（电子证书）", (width - subtitle.Width("（电子证书）")) / 2, 102);

            const double left = 70;
            var textWidth = width - left - QrSize - 150;
            var body = PdfText.Of(13);
            var y = 140.0;
            var statement = $"{facts.Name}同志经{facts.Committee}评审通过，具备{facts.Series}{facts.Specialty}专业{Codes.Level.Label(facts.Level)}专业技术职务任职资格，特发此证。";
            foreach (var line in body.Wrap(statement, textWidth))
            {
                body.Draw(graphics, line, left, y);
                y += body.LineHeight;
            }
            y += 12;
            DrawFields(graphics, facts, left, y, textWidth);
            DrawQr(graphics, verifyUrl, width - 90 - QrSize, 140);

            var note = PdfText.Of(9);
            var line1 = "本证书由职称评审管理系统签发，二维码内含数字签名，可扫码或离线核验。";
            note.Draw(graphics, line1, (width - note.Width(line1)) / 2, height - 52, XBrushes.DimGray);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The label–value lines of the certificate; a long value wraps under itself.</summary>
    private static void DrawFields(XGraphics graphics, CertificateFacts facts, double left, double y, double width)
    {
        var label = PdfText.Of(12, bold: true);
        var value = PdfText.Of(12);
        const double labelWidth = 100;
        (string Label, string Value)[] fields =
        [
            ("姓　　名", facts.Name), ("身份证号", facts.MaskedIdNumber), ("系　　列", facts.Series), ("专　　业", facts.Specialty),
            ("资格级别", Codes.Level.Label(facts.Level)), ("取得时间", Date(facts.ObtainedOn)), ("评审机构", facts.Committee),
            ("批准文号", facts.DocumentNumber), ("证书编号", facts.CertificateNumber), ("发证日期", Date(facts.IssuedOn)),
        ];
        foreach (var (name, text) in fields)
        {
            label.Draw(graphics, name + "：", left, y);
            foreach (var line in value.Wrap(text, width - labelWidth))
            {
                value.Draw(graphics, line, left + labelWidth, y);
                y += value.LineHeight;
            }
            y += 6;
        }
    }

    /// <summary>The QR of <paramref name="url"/> as black squares (runs of a row merged) on white, and the line under it.</summary>
    private static void DrawQr(XGraphics graphics, string url, double x, double y)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = code.ModuleMatrix;
        // QRCoder's matrix already carries the 4-module quiet zone on every side.
        var module = QrSize / matrix.Count;
        graphics.DrawRectangle(XBrushes.White, x, y, QrSize, QrSize);
        for (var row = 0; row < matrix.Count; row++)
        {
            var column = 0;
            while (column < matrix.Count)
            {
                if (!matrix[row][column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < matrix.Count && matrix[row][column])
                {
                    column++;
                }
                // A hair of overlap downwards keeps rasterisers from leaving seams between rows.
                graphics.DrawRectangle(XBrushes.Black, x + start * module, y + row * module, (column - start) * module, module + 0.05);
            }
        }
        var caption = PdfText.Of(9);
        var ty = y + QrSize + 6;
        foreach (var line in caption.Wrap($"扫码或访问 {SiteOf(url)}/verify 核验", QrSize + 80))
        {
            caption.Draw(graphics, line, x + (QrSize - caption.Width(line)) / 2, ty);
            ty += caption.LineHeight;
        }
    }

    private static string SiteOf(string verifyUrl)
    {
        var at = verifyUrl.LastIndexOf("/verify/", StringComparison.Ordinal);
        return at < 0 ? verifyUrl : verifyUrl[..at];
    }

    private static string TokenOf(string verifyUrl)
    {
        var at = verifyUrl.LastIndexOf("/verify/", StringComparison.Ordinal);
        return at < 0 ? verifyUrl : verifyUrl[(at + "/verify/".Length)..];
    }

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
