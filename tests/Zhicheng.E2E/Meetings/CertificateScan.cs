using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhicheng.Web.Cli;

namespace Zhicheng.E2E.Meetings;

/// <summary>
/// A downloaded certificate PDF read as a person with poppler and a phone would: rendered by <c>pdftoppm</c>, its fonts
/// listed by <c>pdffonts</c>, its text by <c>pdftotext</c>, its QR decoded with ZXing from a 200-dpi grey rendering of
/// page 1 — by the reader of <c>zhicheng verify-certificate</c> itself (<see cref="CertificatePdf"/>).
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
    public static string Text(string pdf) => CertificatePdf.ReadText(pdf) ?? throw new InvalidOperationException("pdftotext is not installed (apt-get install -y poppler-utils)");

    /// <summary>The PDF's fonts as <c>pdffonts</c> lists them: whether each is embedded and has a Unicode map; at least one.</summary>
    public static IReadOnlyList<(string Name, bool Embedded, bool Unicode)> Fonts(string pdf)
    {
        // After the two header lines, one line a font; the last five columns: emb sub uni object-number generation.
        var lines = Encoding.UTF8.GetString(Run("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        lines.ShouldNotBeEmpty("the PDF has fonts");
        return [.. lines.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(c => (c[0], c[^5] == "yes", c[^3] == "yes"))];
    }

    /// <summary>The text of the QR code on page 1, read as <c>zhicheng verify-certificate</c> reads it; null when none is found.</summary>
    public static string? DecodeQr(string pdf)
    {
        var (image, failure) = CertificatePdf.RenderFirstPage(pdf) ?? throw new InvalidOperationException("pdftoppm is not installed (apt-get install -y poppler-utils)");
        image.ShouldNotBeNull(failure);
        return CertificatePdf.DecodeQr(image);
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
