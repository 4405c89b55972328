using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// Text and tables flowing down A4 pages: a new page when the next thing does not fit, a table's header repeated at the
/// top of every page it continues on, and a row taller than a page split between pages rather than cut off. Footers are
/// drawn at the end, when the number of pages is known.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const double Margin = 36;
    private const double FooterHeight = 24;
    private readonly PdfDocument _document;
    private readonly PageOrientation _orientation;
    private readonly List<PdfPage> _pages = [];
    private XGraphics? _graphics;
    private Action? _pageStarted;

    public PdfPageFlow(PdfDocument document, PageOrientation orientation)
    {
        _document = document;
        _orientation = orientation;
        NewPage();
    }

    public XGraphics Graphics => _graphics!;

    public double Y { get; set; }

    public static double Left => Margin;

    public double Width => _pages[^1].Width.Point - 2 * Margin;

    private double Bottom => _pages[^1].Height.Point - Margin - FooterHeight;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = _orientation;
        _pages.Add(page);
        _graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
        _pageStarted?.Invoke();
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the current position.</summary>
    public void Reserve(double height)
    {
        if (Y + height > Bottom && Y > Margin)
        {
            NewPage();
        }
    }

    /// <summary>Wrapped text across the width (or from <paramref name="indent"/>), breaking pages between lines.</summary>
    public void Paragraph(PdfText text, string content, double indent = 0, bool centred = false)
    {
        foreach (var line in text.Wrap(content, Width - indent))
        {
            Reserve(text.LineHeight);
            var x = centred ? Left + (Width - text.Width(line)) / 2 : Left + indent;
            text.Draw(Graphics, line, x, Y);
            Y += text.LineHeight;
        }
    }

    public void Space(double height) => Y = Math.Min(Y + height, Bottom);

    /// <summary>A table: the header at the top and again on every following page; each cell's text wrapped to its column.</summary>
    public void Table(PdfText text, PdfText headerText, IReadOnlyList<(string Header, double Width)> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        const double pad = 3;
        var widths = columns.Select(c => c.Width * Width / columns.Sum(k => k.Width)).ToArray();
        var header = columns.Select((c, i) => headerText.Wrap(c.Header, widths[i] - 2 * pad)).ToList();
        var headerHeight = header.Max(h => h.Count) * headerText.LineHeight + 2 * pad;
        void DrawHeader()
        {
            DrawRow(headerText, header, widths, 0, header.Max(h => h.Count), headerHeight, XBrushes.Gainsboro, pad);
        }
        Reserve(headerHeight + text.LineHeight + 2 * pad);
        DrawHeader();
        _pageStarted = DrawHeader;
        try
        {
            foreach (var row in rows)
            {
                var cells = row.Select((cell, i) => text.Wrap(cell, widths[i] - 2 * pad)).ToList();
                var total = cells.Max(c => c.Count);
                var from = 0;
                while (from < total)
                {
                    var room = (int)Math.Floor((Bottom - Y - 2 * pad) / text.LineHeight);
                    if (room < total - from && (from == 0 && Y > Margin + headerHeight + 1 || room < 1))
                    {
                        // Whole rows move to the next page; only a row taller than a page is split.
                        NewPage();
                        continue;
                    }
                    var take = Math.Min(room, total - from);
                    DrawRow(text, cells, widths, from, from + take, take * text.LineHeight + 2 * pad, null, pad);
                    from += take;
                }
            }
        }
        finally
        {
            _pageStarted = null;
        }
    }

    /// <summary>Draws "第 N 页 共 M 页" and <paramref name="left"/> at the foot of every page.</summary>
    public void Footers(PdfText text, string left)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin - text.LineHeight;
            graphics.DrawLine(XPens.DarkGray, Margin, y - 4, page.Width.Point - Margin, y - 4);
            text.Draw(graphics, left, Margin, y);
            var number = $"第 {i + 1} 页 共 {_pages.Count} 页";
            text.Draw(graphics, number, page.Width.Point - Margin - text.Width(number), y);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void DrawRow(PdfText text, List<List<string>> cells, double[] widths, int from, int to, double height, XBrush? fill, double pad)
    {
        var x = Left;
        for (var i = 0; i < cells.Count; i++)
        {
            if (fill is not null)
            {
                Graphics.DrawRectangle(fill, x, Y, widths[i], height);
            }
            Graphics.DrawRectangle(XPens.Gray, x, Y, widths[i], height);
            var y = Y + pad;
            for (var line = from; line < Math.Min(to, cells[i].Count); line++)
            {
                text.Draw(Graphics, cells[i][line], x + pad, y);
                y += text.LineHeight;
            }
            x += widths[i];
        }
        Y += height;
    }
}
