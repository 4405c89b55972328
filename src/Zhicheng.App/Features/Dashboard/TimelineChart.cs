using System.Globalization;
using System.Net;
using System.Text;

namespace Zhicheng.App.Features.Dashboard;

/// <summary>One committee's line on the year's chart: its plan's windows and meetings, and whether it is flagged.</summary>
public sealed record TimelineRow(string Name, IReadOnlyList<TimelineSpan> Spans, IReadOnlyList<DateOnly> Meetings, bool Flagged);

/// <summary>A window of the plan (申报, 审核, 公示 …) drawn as a bar; both ends inclusive.</summary>
public sealed record TimelineSpan(string Label, DateOnly Start, DateOnly End, TimelineKind Kind);

public enum TimelineKind
{
    Application,
    Review,
    Publicity,
}

/// <summary>
/// The year's timeline per committee as an SVG picture: one row per committee, the plan's windows as bars, the
/// meetings as diamonds, the two deadlines of N2024-4.6a (evaluation by 11-30, results by 12-31) and today as
/// vertical lines. Server-rendered, so it needs no script and prints as it shows.
/// </summary>
public static class TimelineChart
{
    private const int LabelWidth = 220;
    private const int ChartWidth = 730;
    private const int RowHeight = 26;
    private const int Top = 50;

    public static string Render(int year, IReadOnlyList<TimelineRow> rows, DateOnly today, DateOnly evaluationDeadline, DateOnly resultsDeadline)
    {
        var first = new DateOnly(year, 1, 1);
        var days = new DateOnly(year, 12, 31).DayNumber - first.DayNumber + 1;
        double X(DateOnly d) => LabelWidth + Math.Clamp(d.DayNumber - first.DayNumber, 0, days) * (double)ChartWidth / days;
        var height = Top + Math.Max(rows.Count, 1) * RowHeight + 30;
        var width = LabelWidth + ChartWidth + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"'Noto Sans CJK SC', sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">{year}年度各评委会工作进度图</title>");
        for (var month = 1; month <= 12; month++)
        {
            var x = X(new DateOnly(year, month, 1));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" y1=\"{Top - 6}\" x2=\"{x:F1}\" y2=\"{height - 24}\" stroke=\"#e5e7eb\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 3:F1}\" y=\"{Top - 12}\" fill=\"#6b7280\">{month}月</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 17}\" fill=\"{(row.Flagged ? "#b91c1c" : "#111827")}\">{(row.Flagged ? "⚠ " : "")}{Escape(Shorten(row.Name, 16))}</text>");
            foreach (var span in row.Spans)
            {
                var x1 = X(span.Start);
                var x2 = X(span.End.AddDays(1));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x1:F1}\" y=\"{y + 6}\" width=\"{Math.Max(x2 - x1, 2):F1}\" height=\"14\" rx=\"3\" fill=\"{Colour(span.Kind)}\"><title>{Escape(span.Label)}：{span.Start:yyyy-MM-dd} 至 {span.End:yyyy-MM-dd}</title></rect>");
            }
            foreach (var meeting in row.Meetings)
            {
                var x = X(meeting) + 1.5;
                var late = meeting > evaluationDeadline;
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x:F1},{y + 4} l6,9 l-6,9 l-6,-9 z\" fill=\"{(late ? "#dc2626" : "#7c3aed")}\"><title>评审会议 {meeting:yyyy-MM-dd}{(late ? "（晚于评审截止日）" : "")}</title></path>");
            }
        }
        // Deadline and today labels sit above or below the chart, left or right of their line, wherever they do not
        // cover another label (late in the year "today" meets both deadlines).
        var labels = new List<LabelBox> { new(4, 4 + 80 * 4, height - 8) };
        Marker(svg, labels, X(evaluationDeadline.AddDays(1)), height, "#dc2626", $"评审截止 {evaluationDeadline:MM-dd}", width, Top - 24, height - 8);
        Marker(svg, labels, X(resultsDeadline), height, "#991b1b", $"结果截止 {resultsDeadline:MM-dd}", width, height - 8, Top - 24);
        if (today.Year == year)
        {
            Marker(svg, labels, X(today), height, "#2563eb", $"今天 {today:MM-dd}", width, height - 8, Top - 24, Top - 38);
        }
        Legend(svg, height);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Where a label's text lies: from x to x on the baseline y.</summary>
    internal sealed record LabelBox(double From, double To, int Y)
    {
        public bool Overlaps(LabelBox other) => Y == other.Y && From < other.To + 6 && other.From < To + 6;
    }

    /// <summary>
    /// A dashed line at <paramref name="x"/> and its label, placed at the first of: each row, left of the line; each
    /// row, right of the line — that stays inside the picture and clear of the labels already placed.
    /// </summary>
    private static void Marker(StringBuilder svg, List<LabelBox> placed, double x, int height, string colour, string label, int width, params int[] rows)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" y1=\"{Top - 6}\" x2=\"{x:F1}\" y2=\"{height - 24}\" stroke=\"{colour}\" stroke-dasharray=\"4 3\"/>");
        var textWidth = TextWidth(label);
        var candidates = rows.Select(y => (Box: new LabelBox(x - 4 - textWidth, x - 4, y), Anchor: "end"))
            .Concat(rows.Select(y => (Box: new LabelBox(x + 4, x + 4 + textWidth, y), Anchor: "start")))
            .ToList();
        var (box, anchor) = candidates.FirstOrDefault(c => c.Box.From >= 0 && c.Box.To <= width && !placed.Any(p => p.Overlaps(c.Box)), candidates[0]);
        placed.Add(box);
        var textX = anchor == "end" ? box.To : box.From;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{textX:F1}\" y=\"{box.Y}\" fill=\"{colour}\" text-anchor=\"{anchor}\">{Escape(label)}</text>");
    }

    /// <summary>The label's width at 12px: a full width for a CJK character, about 0.6 for the rest.</summary>
    internal static double TextWidth(string text) => text.Sum(c => c > 0x2E80 ? 12.0 : 7.0);

    private static void Legend(StringBuilder svg, int height)
    {
        var x = 4;
        foreach (var (label, colour) in new[] { ("申报受理", Colour(TimelineKind.Application)), ("资格审核", Colour(TimelineKind.Review)), ("结果公示", Colour(TimelineKind.Publicity)), ("评审会议", "#7c3aed") })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{height - 18}\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{x + 16}\" y=\"{height - 8}\">{label}</text>");
            x += 80;
        }
    }

    private static string Colour(TimelineKind kind) => kind switch
    {
        TimelineKind.Application => "#60a5fa",
        TimelineKind.Review => "#fbbf24",
        _ => "#34d399",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
