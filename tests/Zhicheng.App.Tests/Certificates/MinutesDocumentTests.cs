using System.Globalization;
using System.Text.RegularExpressions;
using Zhicheng.App.Features.Certificates;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>
/// The minutes PDF: 300 candidates run over many pages with the table header on each, every candidate is there, every
/// page is numbered "第 N 页 共 M 页", and long text wraps (a row longer than a page continues on the next) without
/// anything leaving the page.
/// </summary>
public sealed class MinutesDocumentTests
{
    private static readonly string LongOpinion = string.Concat(Enumerable.Range(1, 60).Select(i =>
        $"第{i}条：该同志主持完成ABC-{i}号桥梁工程设计，技术指标达到省内先进水平。"));

    [Fact]
    public void Render_300Candidates_PagesNumberedEveryCandidateThereHeaderRepeated()
    {
        var minutes = Minutes(300);

        var pages = PdfReadBack.PageTexts(MinutesDocument.Render(minutes));

        pages.Length.ShouldBeGreaterThan(10);
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i].ShouldContain($"第 {i + 1} 页 共 {pages.Length} 页");
            pages[i].ShouldContain("生成时间：2026-11-20 17:30（北京时间）");
        }
        var all = string.Join("\n", pages);
        foreach (var candidate in minutes.Candidates)
        {
            all.ShouldContain(candidate.ApplicationNumber);
        }
        foreach (var page in pages.Where(p => p.Contains("SQ2026", StringComparison.Ordinal)))
        {
            page.ShouldContain("申报编号");
            page.ShouldContain("评审意见");
        }
        var squeezed = PdfReadBack.Squeezed(all);
        squeezed.ShouldContain("评审会议纪要");
        squeezed.ShouldContain("会议编号：2026-工程-01");
        squeezed.ShouldContain("本次会议抽取评审专家11人，实到10人，缺席1人。");
        squeezed.ShouldContain("本次会议评审300人，经无记名投票表决，通过240人，未通过60人。");
        squeezed.ShouldContain("评审专家抽取随机种子：7f3a9c01");
    }

    [Fact]
    public void Render_LongOpinion_WrapsAcrossPagesAndNothingLeavesThePage()
    {
        var minutes = Minutes(6) with
        {
            Candidates = [.. Minutes(6).Candidates.Select((c, i) => i == 2 ? c with { Opinion = LongOpinion, Unit = string.Concat(Enumerable.Repeat("运城市第一建筑工程有限公司", 5)) } : c)],
        };

        var pdf = MinutesDocument.Render(minutes);

        var pages = PdfReadBack.PageTexts(pdf);
        // Without the footers, the repeated table headers and the row's other cells (drawn after its opinion on each page),
        // the opinion reads on from page to page.
        var squeezed = Regex.Replace(PdfReadBack.Squeezed(string.Join("\n", pages)),
            "运城市工程系列高级职称评审委员会2026-工程-01生成时间：[^页]*页共[0-9]+页|同意8不同意1弃权1出席10(未)?通过", "");
        squeezed = squeezed.Replace("申报编号姓名单位专业／级别评审组评分评审意见表决（同意／不同意／弃权／出席）结果", "", StringComparison.Ordinal);
        squeezed.ShouldContain(PdfReadBack.Squeezed(LongOpinion));
        pages.Count(p => p.Contains("桥梁工程设计", StringComparison.Ordinal)).ShouldBeGreaterThan(1, "the long row continues on the next page");
        foreach (var word in PdfReadBack.WordBoxes(pdf))
        {
            word.XMin.ShouldBeGreaterThanOrEqualTo(35, word.Word);
            word.XMax.ShouldBeLessThanOrEqualTo(word.PageWidth - 35, word.Word);
            word.YMax.ShouldBeLessThanOrEqualTo(word.PageHeight - 35, word.Word);
        }
        // No line starts with a closing mark.
        pages.SelectMany(p => p.Split('\n')).ShouldNotContain(line => Regex.IsMatch(line, "^[，。、；：]"));
    }

    [Fact]
    public void Render_Attendance_ListsEveryExpertPresentOrAbsentWithGroup()
    {
        var text = PdfReadBack.Squeezed(string.Join("\n", PdfReadBack.PageTexts(MinutesDocument.Render(Minutes(3)))));

        text.ShouldContain("3专家三运城学院桥梁工程第二组缺席");
        text.ShouldContain("4专家四运城学院桥梁工程第一组出席");
        text.ShouldContain("SQ20260000022号候选人2");
    }

    private static MeetingMinutes Minutes(int candidates)
    {
        string[] digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
        var experts = Enumerable.Range(1, 11)
            .Select(i => new MinutesExpert("专家" + digits[i - 1], "运城学院", "桥梁工程", i % 2 == 0 ? "第一组" : "第二组", i != 3)).ToList();
        var list = Enumerable.Range(1, candidates).Select(i => new MinutesCandidate(
            "SQ2026" + i.ToString("D6", CultureInfo.InvariantCulture), $"{i}号候选人{i % 10}", "运城市第一建筑工程有限公司", "工程系列 土木工程", "副高级",
            i % 2 == 0 ? "第一组" : "第二组",
            [new("思想品德", 18), new("职业道德", 17), new("专业能力", 25), new("技术水平", 20), new("学术影响力", 9)],
            "该同志长期从事土木工程技术工作，专业基础扎实，业绩突出，同意推荐。", 8, 1, 1, 10, i % 5 != 0)).ToList();
        return new MeetingMinutes("运城市工程系列高级职称评审委员会", "2026-工程-01", new DateOnly(2026, 11, 20), "运城市人力资源和社会保障局三楼会议室",
            11, 10, "7f3a9c01", experts, list, new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
    }
}
