using System.IO.Compression;

namespace Zhicheng.E2E.Eligibility;

/// <summary>
/// A personnel officer uploads a CSV of three applications on /eligibility — one eligible, one short of
/// tenure, one with a year that is not a number — and reads the report, or takes the decisions as Excel.
/// </summary>
public sealed class UploadApplicationsJourney(ZhichengSite site) : BrowserJourney(site)
{
    private static readonly string EligibleId = TestIdentityNumbers.Valid("14080219880312021");

    [Fact]
    public async Task UploadedCsv_ReportsCountsAndEachRow_NamingTheColumnOfABadCell()
    {
        var file = ThreeApplications().WriteTo(TempDirectory, "第一批申报.csv");
        await OpenAsync("/eligibility");

        await Page.GetByLabel("选择文件（.xlsx 或 .csv）").SetInputFilesAsync(file.FullName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "上传并审查" }).ClickAsync();

        var report = Page.Locator("section#report");
        await Expect(report.GetByRole(AriaRole.Heading)).ToHaveTextAsync("批量审查结果：第一批申报.csv");
        await Expect(report.GetByRole(AriaRole.Status)).ToContainTextAsync("共 3 条：符合 1 条，不符合 1 条，数据有误 1 条。");
        var rows = report.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);

        await Expect(rows.Nth(0).Locator("td")).ToHaveTextAsync(["2", "B-1", "赵敏", MaskedEligibleId(), "符合", "任职 6 年，各项均符合"]);
        await Expect(rows.Nth(1).Locator("td").Nth(4)).ToHaveTextAsync("不符合");
        await Expect(rows.Nth(1).Locator("td").Nth(5)).ToContainTextAsync("任职年限（N2024-3.2a、N2024-3.3a、N2024-3.3b）：");
        await Expect(rows.Nth(1).Locator("td").Nth(5)).ToContainTextAsync("累计3年，要求5年");
        await Expect(rows.Nth(2).Locator("td").Nth(0)).ToHaveTextAsync("4");
        await Expect(rows.Nth(2).Locator("td").Nth(4)).ToHaveTextAsync("数据有误");
        await Expect(rows.Nth(2).Locator("td").Nth(5)).ToHaveTextAsync("B列（申报年度）：应为整数，实际为“二〇二四”");
        await Expect(report).Not.ToContainTextAsync(EligibleId);
    }

    [Fact]
    public async Task ExportButton_DownloadsTheDecisionsAsAnXlsxWorkbook()
    {
        var file = ThreeApplications().WriteTo(TempDirectory, "第一批申报.csv");
        await OpenAsync("/eligibility");
        await Page.GetByLabel("选择文件（.xlsx 或 .csv）").SetInputFilesAsync(file.FullName);

        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "审查并导出 Excel" }).ClickAsync());

        download.SuggestedFilename.ShouldBe("审查结果-第一批申报.xlsx");
        var saved = Path.Combine(TempDirectory.FullName, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        new FileInfo(saved).Length.ShouldBeGreaterThan(0);
        using var workbook = ZipFile.OpenRead(saved);
        workbook.Entries.Select(e => e.FullName).ShouldContain("xl/workbook.xml");
        workbook.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }

    private static ApplicationsCsv ThreeApplications() => new ApplicationsCsv()
        .Row("B-1", "赵敏", EligibleId)
        .Row("B-2", "钱进", TestIdentityNumbers.Valid("14082119870905042"), ("现级别取得时间", "2021-06-30"))
        .Row("B-3", "孙丽", TestIdentityNumbers.Valid("14270119900101002"), ("申报年度", "二〇二四"));

    private static string MaskedEligibleId() => EligibleId[..6] + "**********" + EligibleId[16..];
}
