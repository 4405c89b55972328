using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// The one typeface of the PDFs this system renders: a TrueType CJK font file (setting <c>Pdf:FontFile</c>, by default
/// Debian's fonts-arphic-gbsn00lp, a Song face with Latin). PDFsharp cannot read .ttc collections. The font is read at
/// the first PDF and PDFsharp's global font resolver is set once; a later change of the setting needs a restart.
/// </summary>
public static class PdfFonts
{
    public const string DefaultFontFile = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    internal const string Family = "Zhicheng Song";
    private const string FaceName = "zhicheng-song";
    private static readonly Lock Gate = new();
    private static readonly SongResolver Resolver = new();
    private static string _fontFile = DefaultFontFile;
    private static byte[]? _font;
    private static bool _ready;

    /// <summary>The font file to use (<c>Pdf:FontFile</c>); only before the first PDF is rendered.</summary>
    public static void UseFontFile(string? path)
    {
        lock (Gate)
        {
            _fontFile = string.IsNullOrWhiteSpace(path) ? DefaultFontFile : path;
        }
    }

    /// <summary>A font of the typeface, Unicode-encoded and embedded (subset) so that text can be copied and searched.</summary>
    internal static XFont Font(double size, bool bold = false)
    {
        EnsureReady();
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>Reads the font and installs the resolver, once; a missing or unusable file says which setting and package.</summary>
    internal static void EnsureReady()
    {
        if (Volatile.Read(ref _ready))
        {
            return;
        }
        lock (Gate)
        {
            if (_ready)
            {
                return;
            }
            var bytes = Load(_fontFile);
            if (GlobalFontSettings.FontResolver is { } existing && !ReferenceEquals(existing, Resolver))
            {
                throw new InvalidOperationException("PDFsharp 已设置了其他字体解析器，无法使用 Pdf:FontFile 指定的中文字体");
            }
            _font = bytes;
            GlobalFontSettings.FontResolver ??= Resolver;
            Volatile.Write(ref _ready, true);
        }
    }

    /// <summary>The bytes of a TrueType font file, or an error in Chinese naming the setting and the Debian package.</summary>
    internal static byte[] Load(string path)
    {
        const string hint = "请安装 Debian 软件包 fonts-arphic-gbsn00lp（apt-get install -y fonts-arphic-gbsn00lp），或用设置 Pdf:FontFile 指向一个 TrueType（.ttf）中文字体文件";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"找不到生成 PDF 所需的中文字体文件 {path}（设置 Pdf:FontFile）。{hint}");
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 4 && bytes.AsSpan(0, 4).SequenceEqual("ttcf"u8))
        {
            throw new InvalidOperationException($"字体文件 {path}（设置 Pdf:FontFile）是 TrueType 字体集（.ttc），PDFsharp 无法读取。{hint}");
        }
        if (bytes.Length < 12)
        {
            throw new InvalidOperationException($"字体文件 {path}（设置 Pdf:FontFile）不是有效的 TrueType 字体。{hint}");
        }
        return bytes;
    }

    /// <summary>Every family PDFsharp asks for is our one face; bold and italic are simulated (the Song face has neither).</summary>
    private sealed class SongResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

        public byte[]? GetFont(string faceName) => faceName == FaceName ? _font : null;
    }
}
