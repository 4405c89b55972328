using System.Globalization;
using System.Text.RegularExpressions;
using Zhicheng.App.Features.Dashboard;

namespace Zhicheng.App.Tests.Dashboard;

/// <summary>
/// The year's picture: the labels of the two deadlines and of today stay inside the picture and never cover one
/// another, whatever day of the year it is (late November is where all three meet).
/// </summary>
public sealed partial class TimelineChartTests
{
    private static readonly TimelineRow Row = new("运城市工程系列中级职称评审委员会",
        [new TimelineSpan("申报受理", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), TimelineKind.Application)],
        [new DateOnly(2026, 11, 14)], Flagged: false);

    public static TheoryData<string> Days() => ["2026-01-01", "2026-06-15", "2026-10-20", "2026-11-20", "2026-11-28", "2026-11-30", "2026-12-01", "2026-12-05", "2026-12-26", "2026-12-31"];

    [Theory]
    [MemberData(nameof(Days))]
    public void MarkerLabels_NeverOverlap_AndStayInside(string day)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);

        var svg = TimelineChart.Render(2026, [Row], today, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31));

        var width = double.Parse(Regex.Match(svg, "viewBox=\"0 0 (\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var boxes = MarkerLabel().Matches(svg).Select(m =>
        {
            var x = double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture);
            var w = TimelineChart.TextWidth(m.Groups["label"].Value);
            var from = m.Groups["anchor"].Value == "end" ? x - w : x;
            return (Label: m.Groups["label"].Value, Box: new TimelineChart.LabelBox(from, from + w, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)));
        }).ToList();

        boxes.Select(b => b.Label).ShouldBe(["评审截止 11-30", "结果截止 12-31", $"今天 {today:MM-dd}"]);
        boxes.ShouldAllBe(b => b.Box.From >= 0 && b.Box.To <= width);
        foreach (var a in boxes)
        {
            boxes.Where(b => b != a).ShouldAllBe(b => !b.Box.Overlaps(a.Box), $"“{a.Label}”被其他标签遮挡");
        }
    }

    [GeneratedRegex("<text x=\"(?<x>[0-9.]+)\" y=\"(?<y>\\d+)\" fill=\"#[0-9a-f]{6}\" text-anchor=\"(?<anchor>end|start)\">(?<label>[^<]+)</text>")]
    private static partial Regex MarkerLabel();
}
