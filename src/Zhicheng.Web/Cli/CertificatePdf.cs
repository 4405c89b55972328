using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;
using FormatException = System.FormatException;

namespace Zhicheng.Web.Cli;

/// <summary>
/// Reads a certificate PDF as a person with a phone would, offline: page 1 rendered by poppler's <c>pdftoppm</c> at 200 dpi
/// in grey (PGM), the QR found and decoded with ZXing; and the PDF's text by <c>pdftotext</c>.
/// </summary>
internal static class CertificatePdf
{
    public const int Dpi = 200;
    public const string Package = "poppler-utils";

    /// <summary>An external tool's run: null when the tool is not installed.</summary>
    public sealed record ToolRun(int ExitCode, byte[] Output, string Error);

    /// <summary>Whether the file starts like a PDF ("%PDF-" within its first kilobyte, as readers accept).</summary>
    public static bool LooksLikePdf(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head.AsSpan(0, read).IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>Page 1 as 8-bit grey pixels; null when pdftoppm is not installed; the tool's complaint when it fails.</summary>
    public static (GrayImage? Image, string? Failure)? RenderFirstPage(string path)
    {
        var directory = Directory.CreateTempSubdirectory("zhicheng-verify-");
        try
        {
            var root = Path.Combine(directory.FullName, "page");
            var run = Run("pdftoppm", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", path, root);
            if (run is null)
            {
                return null;
            }
            var file = root + ".pgm";
            if (run.ExitCode != 0 || !File.Exists(file))
            {
                return (null, string.IsNullOrWhiteSpace(run.Error) ? $"pdftoppm 退出码 {run.ExitCode}" : run.Error.Trim());
            }
            return (GrayImage.ParsePgm(File.ReadAllBytes(file)), null);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The text of the QR code on the image, or null when none is found. ZXing's reader with rotation first — its plain
    /// QR reader misses about one code in thirty at this resolution — then its multi-code detector.
    /// </summary>
    public static string? DecodeQr(GrayImage image)
    {
        var source = new RGBLuminanceSource(image.Pixels, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE], CharacterSet = "UTF-8" },
        };
        if (reader.Decode(source) is { } found)
        {
            return found.Text;
        }
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true, [DecodeHintType.CHARACTER_SET] = "UTF-8" };
        return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints)?.FirstOrDefault()?.Text;
    }

    /// <summary>The PDF's text (UTF-8); null when pdftotext is not installed.</summary>
    public static string? ReadText(string path)
    {
        var run = Run("pdftotext", "-enc", "UTF-8", path, "-");
        return run is null ? null : Encoding.UTF8.GetString(run.Output);
    }

    private static ToolRun? Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
    }
}

/// <summary>An 8-bit grey image, one byte a pixel, rows top to bottom.</summary>
internal sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>
    /// A binary PGM (P5): "P5", width, height and maxval as decimal text separated by whitespace (with # comments), one
    /// whitespace character, then the pixels — one byte each when maxval &lt; 256, two (big-endian) otherwise, scaled to 0–255.
    /// </summary>
    public static GrayImage ParsePgm(ReadOnlySpan<byte> pgm)
    {
        var at = 0;
        if (Token(pgm, ref at) != "P5")
        {
            throw new FormatException("页面图像不是 PGM（P5）格式");
        }
        var width = Number(pgm, ref at);
        var height = Number(pgm, ref at);
        var maxval = Number(pgm, ref at);
        if (width <= 0 || height <= 0 || maxval is <= 0 or > 65535 || at >= pgm.Length)
        {
            throw new FormatException("PGM 图像的宽、高或最大灰度值无效");
        }
        at++; // the single whitespace after maxval
        var bytesPerPixel = maxval < 256 ? 1 : 2;
        var count = (long)width * height;
        if (pgm.Length - at < count * bytesPerPixel)
        {
            throw new FormatException("PGM 图像数据不完整");
        }
        var pixels = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var value = bytesPerPixel == 1 ? pgm[at + i] : (pgm[at + 2 * i] << 8) | pgm[at + 2 * i + 1];
            pixels[i] = maxval == 255 ? (byte)value : (byte)(value * 255 / maxval);
        }
        return new GrayImage(width, height, pixels);
    }

    private static int Number(ReadOnlySpan<byte> pgm, ref int at) =>
        int.TryParse(Token(pgm, ref at), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new FormatException("PGM 图像头无效");

    private static string Token(ReadOnlySpan<byte> pgm, ref int at)
    {
        while (at < pgm.Length && (IsSpace(pgm[at]) || pgm[at] == (byte)'#'))
        {
            if (pgm[at] == (byte)'#')
            {
                while (at < pgm.Length && pgm[at] != (byte)'\n')
                {
                    at++;
                }
            }
            else
            {
                at++;
            }
        }
        var start = at;
        while (at < pgm.Length && !IsSpace(pgm[at]) && at - start < 16)
        {
            at++;
        }
        return Encoding.ASCII.GetString(pgm[start..at]);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';
}
