using System.Diagnostics;
using System.Text;
using ZXing;
using ZXing.Common;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>Reads a rendered PDF back as its readers would: poppler's text and page images, and a QR scanner (ZXing).</summary>
internal static class PdfReadBack
{
    /// <summary>The text of every page in drawing order (<c>pdftotext -raw</c>; pages separated by a form feed).</summary>
    public static string[] PageTexts(byte[] pdf)
    {
        var text = Encoding.UTF8.GetString(Run(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "{pdf}", "-"));
        return text.TrimEnd('\f', '\n').Split('\f');
    }

    /// <summary>The whole text without whitespace, so that a wrapped value can be looked for as one string.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every word's box in points, with its page's size (<c>pdftotext -bbox</c>).</summary>
    public static List<(int Page, double PageWidth, double PageHeight, double XMin, double YMin, double XMax, double YMax, string Word)> WordBoxes(byte[] pdf)
    {
        var html = Encoding.UTF8.GetString(Run(pdf, "pdftotext", "-bbox", "{pdf}", "-"));
        var boxes = new List<(int, double, double, double, double, double, double, string)>();
        var page = 0;
        double width = 0, height = 0;
        foreach (var line in html.Split('\n'))
        {
            var pageMatch = System.Text.RegularExpressions.Regex.Match(line, "<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
            if (pageMatch.Success)
            {
                page++;
                width = double.Parse(pageMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                height = double.Parse(pageMatch.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            var word = System.Text.RegularExpressions.Regex.Match(line, "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>");
            if (word.Success)
            {
                double At(int group) => double.Parse(word.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
                boxes.Add((page, width, height, At(1), At(2), At(3), At(4), word.Groups[5].Value));
            }
        }
        return boxes;
    }

    /// <summary>The QR on page 1, rendered at 200 dpi in grey (the resolution the CLI reads), or null when none is found.</summary>
    public static Result? ScanQr(byte[] pdf)
    {
        var pgm = Run(pdf, "pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", "{pdf}");
        var (width, height, pixels) = ParsePgm(pgm);
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE], CharacterSet = "UTF-8" },
        };
        return reader.Decode(source);
    }

    /// <summary>An 8-bit binary PGM as written by pdftoppm: "P5\n{w} {h}\n255\n" then the pixels.</summary>
    private static (int Width, int Height, byte[] Pixels) ParsePgm(byte[] pgm)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
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
            fields.Add(Encoding.ASCII.GetString(pgm, start, at - start));
        }
        fields[0].ShouldBe("P5");
        fields[3].ShouldBe("255");
        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, pgm.AsSpan(at + 1, width * height).ToArray());
    }

    /// <summary>Runs a poppler tool on the PDF (written to a temporary file, "{pdf}" in the arguments) and returns its standard output.</summary>
    private static byte[] Run(byte[] pdf, string tool, params string[] args)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg == "{pdf}" ? file : arg);
            }
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, $"{tool}: {error.Result}");
            return output.ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
