using System.Globalization;
using PdfSharp;
using PdfSharp.Pdf;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// The PDF of a meeting's minutes, A4 landscape: the meeting (committee, number, date, place, the draw's seed), 出席情况
/// (the panel, present and absent, by group) and 评审情况 (a row per candidate: scores, opinion, the tally, the result),
/// every page footed with the time of generation (Beijing time) and "第 N 页 共 M 页".
/// </summary>
public static class MinutesDocument
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static byte[] Render(MeetingMinutes minutes)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"评审会议纪要 {minutes.Committee} {minutes.MeetingNumber}";
        document.Info.Creator = "Zhicheng 职称评审管理系统";
        var title = PdfText.Of(20, bold: true);
        var heading = PdfText.Of(13, bold: true);
        var body = PdfText.Of(10.5);
        var cell = PdfText.Of(8.5);
        var cellHeader = PdfText.Of(8.5, bold: true);
        using (var flow = new PdfPageFlow(document, PageOrientation.Landscape))
        {
            flow.Paragraph(title, "评审会议纪要", centred: true);
            flow.Paragraph(heading, minutes.Committee, centred: true);
            flow.Space(8);
            flow.Paragraph(body, $"会议编号：{minutes.MeetingNumber}　　会议日期：{Date(minutes.HeldOn)}　　会议地点：{minutes.Place}");
            if (!string.IsNullOrWhiteSpace(minutes.DrawSeed))
            {
                flow.Paragraph(body, $"评审专家抽取随机种子：{minutes.DrawSeed}");
            }

            flow.Space(10);
            flow.Reserve(heading.LineHeight * 3);
            flow.Paragraph(heading, "一、出席情况");
            flow.Paragraph(body, $"本次会议抽取评审专家 {minutes.PanelSize} 人，实到 {minutes.Present} 人，缺席 {minutes.PanelSize - minutes.Present} 人。");
            flow.Space(4);
            flow.Table(cell, cellHeader,
                [("序号", 30), ("姓名", 70), ("工作单位", 250), ("专业", 170), ("评审组", 110), ("出席情况", 70)],
                minutes.Experts.Select((e, i) => (IReadOnlyList<string>)
                    [(i + 1).ToString(CultureInfo.InvariantCulture), e.Name, e.Employer, e.Specialty, e.Group ?? "—", e.Present ? "出席" : "缺席"]));

            flow.Space(10);
            flow.Reserve(heading.LineHeight * 3);
            flow.Paragraph(heading, "二、评审情况");
            var passed = minutes.Candidates.Count(c => c.Passed);
            flow.Paragraph(body, $"本次会议评审 {minutes.Candidates.Count} 人，经无记名投票表决，通过 {passed} 人，未通过 {minutes.Candidates.Count - passed} 人。");
            flow.Space(4);
            flow.Table(cell, cellHeader,
                [("申报编号", 88), ("姓名", 48), ("单位", 100), ("专业／级别", 92), ("评审组", 52), ("评分", 92), ("评审意见", 158),
                    ("表决（同意／不同意／弃权／出席）", 80), ("结果", 60)],
                minutes.Candidates.Select(Row));

            flow.Space(16);
            flow.Reserve(body.LineHeight * 2);
            flow.Paragraph(body, "评审委员会主任委员（签字）：　　　　　　　　　　　　记录人（签字）：");
            flow.Footers(cell, $"{minutes.Committee}　{minutes.MeetingNumber}　生成时间：{minutes.GeneratedAt.ToOffset(Beijing):yyyy-MM-dd HH:mm}（北京时间）");
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static IReadOnlyList<string> Row(MinutesCandidate c) =>
    [
        c.ApplicationNumber, c.Name, c.Unit, $"{c.Specialty}\n{c.Level}", c.Group ?? "—",
        string.Join('\n', c.Scores.Select(s => $"{s.Dimension} {s.Score.ToString(CultureInfo.InvariantCulture)}")),
        c.Opinion,
        FormattableString.Invariant($"同意 {c.Yes}\n不同意 {c.No}\n弃权 {c.Abstain}\n出席 {c.Present}"),
        c.Passed ? "通过" : "未通过",
    ];

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
