using System.Text;
using Zhicheng.Domain.Applications;

namespace Zhicheng.Domain.Tests.Applications;

/// <summary>
/// <see cref="MaterialFormats.Sniff"/> tells PDF, PNG and JPEG by their first bytes and nothing else: an executable
/// renamed <c>.pdf</c> (<c>MZ</c>), text, an empty file or a truncated signature is not a material.
/// </summary>
public class MaterialFormatsTests
{
    public static TheoryData<string, byte[], MaterialFormat?> Heads => new()
    {
        { "Pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ"), MaterialFormat.Pdf },
        { "Pdf_ShortestHeader", Encoding.ASCII.GetBytes("%PDF-"), MaterialFormat.Pdf },
        { "Png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], MaterialFormat.Png },
        { "Jpeg_Jfif", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], MaterialFormat.Jpeg },
        { "Jpeg_Exif", [0xFF, 0xD8, 0xFF, 0xE1], MaterialFormat.Jpeg },
        { "WindowsExecutable_MZ", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], null },
        { "Empty", [], null },
        { "Text", Encoding.UTF8.GetBytes("这不是PDF文件"), null },
        { "PdfWithoutDash", Encoding.ASCII.GetBytes("%PDF1.7"), null },
        { "PdfNotAtStart", Encoding.ASCII.GetBytes(" %PDF-1.7"), null },
        { "PngTruncated", [0x89, 0x50, 0x4E, 0x47], null },
        { "JpegTwoBytesOnly", [0xFF, 0xD8], null },
        { "Zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], null },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Sniff_Table_RecognisesByContent(string @case, byte[] head, MaterialFormat? expected) =>
        MaterialFormats.Sniff(head).ShouldBe(expected, @case);

    [Theory]
    [InlineData(MaterialFormat.Pdf, "application/pdf", ".pdf")]
    [InlineData(MaterialFormat.Png, "image/png", ".png")]
    [InlineData(MaterialFormat.Jpeg, "image/jpeg", ".jpg")]
    public void MediaTypeAndExtension_EachFormat_Match(MaterialFormat format, string mediaType, string extension)
    {
        MaterialFormats.MediaType(format).ShouldBe(mediaType);
        MaterialFormats.Extension(format).ShouldBe(extension);
    }

    [Fact]
    public void SniffLength_CoversTheLongestSignature() => MaterialFormats.SniffLength.ShouldBeGreaterThanOrEqualTo(8);
}
