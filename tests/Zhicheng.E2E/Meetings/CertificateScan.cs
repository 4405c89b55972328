using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace Zhicheng.E2E.Meetings;

/// <summary>
/// A downloaded certificate PDF read as a person with poppler and a phone would: rendered by <c>pdftoppm</c>, its fonts
/// listed by <c>pdffonts</c>, its text by <c>pdftotext</c>, its QR decoded with ZXing from a 200-dpi grey rendering of
/// page 1 — the way <c>zhicheng verify-certificate</c> reads it (its reader is internal to the web assembly, so the same is
/// done here).
/// </summary>
internal static class CertificateScan
{
    /// <summary>Page 1 rendered as a PNG at <paramref name="dpi"/>; the PNG's path.</summary>
    public static string RenderPng(string pdf, int dpi)
    {
        var root = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        Run("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", "-f", "1", "-l", "1", "-singlefile", pdf, root);
        return root + ".png";
    }

    /// <summary>The PDF's text (UTF-8).</summary>
    public static string Text(string pdf) => Encoding.UTF8.GetString(Run("pdftotext", "-enc", "UTF-8", pdf, "-"));

    /// <summary>The PDF's fonts as <c>pdffonts</c> lists them: whether each is embedded and has a Unicode map; at least one.</summary>
    public static IReadOnlyList<(string Name, bool Embedded, bool Unicode)> Fonts(string pdf)
    {
        // After the two header lines, one line a font; the last five columns: emb sub uni object-number generation.
        var lines = Encoding.UTF8.GetString(Run("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        lines.ShouldNotBeEmpty("the PDF has fonts");
        return [.. lines.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => (c[0], c[^5] == "yes", c[^3] == "yes"))];
    }

    /// <summary>The text of the QR code on page 1, or null when none is found.</summary>
    public static string? DecodeQr(string pdf)
    {
        var root = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-grey");
        Run("pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, root);
        var (width, height, pixels) = Pgm(File.ReadAllBytes(root + ".pgm"));
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE], CharacterSet = "UTF-8" },
        };
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        if (reader.Decode(source) is { } found)
        {
            return found.Text;
        }
        // As the CLI does: the plain reader misses the odd code (every run signs a new token, so a new code); the multi-code detector finds it.
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.CHARACTER_SET] = "UTF-8" };
        return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints)?.FirstOrDefault()?.Text;
    }

    /// <summary>A binary 8-bit PGM (P5) as pdftoppm writes it: "P5 width height 255", one whitespace, the pixels.</summary>
    private static (int Width, int Height, byte[] Pixels) Pgm(byte[] pgm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }
            return Encoding.ASCII.GetString(pgm, start, at - start);
        }
        Token().ShouldBe("P5");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token().ShouldBe("255");
        return (width, height, pgm[(at + 1)..(at + 1 + width * height)]);
    }

    /// <summary>Runs a poppler tool and returns its output; fails the test when it is missing or fails.</summary>
    private static byte[] Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (apt-get install -y poppler-utils)");
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{tool} {string.Join(' ', args)}: {error.GetAwaiter().GetResult()}");
        return output.ToArray();
    }
}
