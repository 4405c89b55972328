using System.Text;
using PdfSharp.Drawing;

namespace Zhicheng.App.Features.Certificates;

/// <summary>Measures and wraps text for a font: Chinese breaks between any two characters, a Latin word or number stays whole when it fits a line.</summary>
internal sealed class PdfText(XFont font)
{
    private readonly Dictionary<Rune, double> _widths = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);

    private readonly double _ascent = font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;

    public static PdfText Of(double size, bool bold = false) => new(PdfFonts.Font(size, bold));

    public XFont Font => font;

    /// <summary>The distance from one line's top to the next.</summary>
    public double LineHeight => font.Size * 1.35;

    /// <summary>
    /// Draws a line with its top at <paramref name="top"/>. Placed on the baseline by the font's ascent rather than with
    /// <c>XStringFormats.TopLeft</c>, which measures the string again: with CJK text that doubles the cost of drawing.
    /// </summary>
    public void Draw(XGraphics graphics, string line, double x, double top, XBrush? brush = null) =>
        graphics.DrawString(line, font, brush ?? XBrushes.Black, x, top + _ascent);

    public double Width(string text)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }
        return width;
    }

    /// <summary>The lines of <paramref name="text"/> no wider than <paramref name="width"/>; at least one (possibly empty) line.</summary>
    public List<string> Wrap(string? text, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph.TrimEnd(), width, lines);
        }
        return lines;
    }

    private void WrapParagraph(string paragraph, double width, List<string> lines)
    {
        var runes = paragraph.EnumerateRunes().ToList();
        var start = 0;
        while (true)
        {
            var used = 0.0;
            var end = start;
            while (end < runes.Count && (end == start || used + Width(runes[end]) <= width))
            {
                used += Width(runes[end]);
                end++;
            }
            if (end < runes.Count && end - start > 1 && IsClosing(runes[end]))
            {
                // A closing mark never starts a line: the character before it goes down with it.
                end--;
            }
            else if (end < runes.Count)
            {
                // Do not cut a Latin word or number when it can start the next line whole.
                var wordStart = end;
                while (wordStart > start && IsWordRune(runes[wordStart - 1]) && IsWordRune(runes[wordStart]))
                {
                    wordStart--;
                }
                if (wordStart > start && wordStart < end)
                {
                    end = wordStart;
                }
            }
            lines.Add(Join(runes, start, end).TrimEnd());
            start = end;
            while (start < runes.Count && runes[start] == new Rune(' '))
            {
                start++;
            }
            if (start >= runes.Count)
            {
                return;
            }
        }
    }

    private static bool IsClosing(Rune rune) => rune.IsBmp && "，。、；：！？）》」』”’〕】,.;:!?)".Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsWordRune(Rune rune) => rune.IsAscii && Rune.IsLetterOrDigit(rune);

    private static string Join(List<Rune> runes, int start, int end)
    {
        var text = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            text.Append(runes[i].ToString());
        }
        return text.ToString();
    }

    private double Width(Rune rune)
    {
        if (!_widths.TryGetValue(rune, out var width))
        {
            width = _measure.MeasureString(rune.ToString(), font).Width;
            _widths[rune] = width;
        }
        return width;
    }
}
