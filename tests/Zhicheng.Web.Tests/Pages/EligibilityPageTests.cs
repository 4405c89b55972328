using System.Net;
using System.Text;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Pages;

/// <summary>The /eligibility page over HTTP, as a browser without JavaScript uses it.</summary>
public sealed class EligibilityPageTests(ZhichengFactory factory) : IClassFixture<ZhichengFactory>
{
    private readonly PageClient _page = new(factory.CreateClient());

    [Fact]
    public async Task Get_ShowsTheFormAndTheUpload()
    {
        var html = await _page.Http.GetStringAsync("/eligibility");

        html.ShouldContain("name=\"Input.Applicant.IdNumber\"");
        html.ShouldContain("name=\"Input.Applicant.Assessments[5].Grade\"");
        html.ShouldContain("type=\"file\"");
        html.ShouldContain("__RequestVerificationToken");
    }

    [Fact]
    public async Task PostCheck_ExampleApplication_ShowsEveryCheckWithItsClauseText()
    {
        var response = await _page.PostForm("/eligibility", "/eligibility?handler=Check", ExampleForm());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var text = PageClient.Text(html);
        text.ShouldContain("不符合申报条件");
        text.ShouldContain("2021年度考核基本合格，不计入");
        html.ShouldContain("data-check=\"tenure\"");
        html.ShouldContain("<summary>N2024-3.2a</summary>");
        text.ShouldContain("均计算到申报当年12月31日");
        text.ShouldContain("最早可申报年度");
        text.ShouldContain("I-1 任职年限的计算");
    }

    [Fact]
    public async Task PostCheck_WrongCheckDigit_ShowsTheErrorBesideTheFieldAndKeepsTheInput()
    {
        var form = ExampleForm().Select(f => f.Key == "Input.Applicant.IdNumber" ? new(f.Key, "140802199001010038") : f);

        var html = await (await _page.PostForm("/eligibility", "/eligibility?handler=Check", form)).Content.ReadAsStringAsync();

        html.ShouldContain("申报数据有误");
        html.ShouldContain("身份证号码校验位错误");
        html.ShouldContain("value=\"140802199001010038\"");
        html.ShouldContain("class=\"invalid\"");
        html.ShouldNotContain("id=\"result\"");
    }

    [Fact]
    public async Task PostCheck_YearThatIsNotANumber_NamesTheField()
    {
        var form = ExampleForm().Select(f => f.Key == "Input.ApplicationYear" ? new(f.Key, "二〇二四") : f);

        var text = PageClient.Text(await (await _page.PostForm("/eligibility", "/eligibility?handler=Check", form)).Content.ReadAsStringAsync());

        text.ShouldContain("申报年度");
        text.ShouldContain("二〇二四");
    }

    [Fact]
    public async Task PostCheck_ListLeftUnchosen_AsksToChooseBesideIt()
    {
        var form = ExampleForm().Select(f => f.Key == "Input.Applicant.Channel" ? new(f.Key, "") : f);

        var html = await (await _page.PostForm("/eligibility", "/eligibility?handler=Check", form)).Content.ReadAsStringAsync();

        html.ShouldContain("<span id=\"f-applicant-channel-error\" class=\"field-error\">请选择报送渠道</span>");
    }

    [Fact]
    public async Task PostUpload_RejectedRow_NamesItsCellOnceAndInitialRowsNeedNoTenure()
    {
        using var samples = File.OpenRead(Repo.Samples("applications.json"));
        var inputs = ApplicationFile.Read(samples, InputFormat.Json).Select(r => r.Parsed.Input!).ToList();
        inputs[1].Applicant!.IdNumber += "X";
        using var csv = new MemoryStream();
        ApplicationSpreadsheet.WriteCsv(csv, inputs);

        var text = PageClient.Text(await (await _page.PostFile("/eligibility", "/eligibility?handler=Upload", "rows.csv", csv.ToArray())).Content.ReadAsStringAsync());

        text.ShouldContain("H列（身份证号）：身份证号码应为18位，实际为19位");
        text.ShouldContain("A-0002");
        text.ShouldNotContain("任职  年");
    }

    [Fact]
    public async Task PostCheck_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await _page.Http.PostAsync("/eligibility?handler=Check", new FormUrlEncodedContent(ExampleForm()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("请求无效");
    }

    [Fact]
    public async Task PostCheck_ScriptInAName_IsShownAsText()
    {
        var form = ExampleForm().Select(f => f.Key == "Input.Applicant.Name" ? new(f.Key, "<script>alert(1)</script>") : f)
            .Select(f => f.Key == "Input.ApplicationYear" ? new(f.Key, "") : f);

        var html = await (await _page.PostForm("/eligibility", "/eligibility?handler=Check", form)).Content.ReadAsStringAsync();

        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task PostUpload_Csv_ShowsCountsAndMasksIdentityNumbers()
    {
        var csv = await File.ReadAllBytesAsync(Repo.Samples("applications.xlsx"));

        var html = await (await _page.PostFile("/eligibility", "/eligibility?handler=Upload", "applications.xlsx", csv)).Content.ReadAsStringAsync();
        var text = PageClient.Text(html);

        text.ShouldContain("共 13 条：符合 6 条，不符合 7 条，数据有误 0 条");
        text.ShouldContain("140802**********11");
        text.ShouldNotContain("140802198803120211");
    }

    [Fact]
    public async Task PostUpload_NotASpreadsheet_SaysSoAndDecidesNothing()
    {
        var html = await (await _page.PostFile("/eligibility", "/eligibility?handler=Upload", "rows.xlsx", Encoding.UTF8.GetBytes("not a workbook"))).Content.ReadAsStringAsync();

        PageClient.Text(html).ShouldContain("不是有效的 .xlsx");
        html.ShouldNotContain("id=\"report\"");
    }

    [Fact]
    public async Task PostUpload_OverTheSizeLimit_IsRefusedWithAChinesePage()
    {
        var tooBig = new byte[21 * 1024 * 1024];

        var response = await _page.PostFile("/eligibility", "/eligibility?handler=Upload", "big.csv", tooBig);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("上传的文件过大");
    }

    [Fact]
    public async Task PostExport_ReturnsAWorkbookOfTheDecisions()
    {
        var xlsx = await File.ReadAllBytesAsync(Repo.Samples("applications.xlsx"));

        var response = await _page.PostFile("/eligibility", "/eligibility?handler=Export", "applications.xlsx", xlsx);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(13);
        rows[1]["结论"].ShouldBe("不符合");
        rows[1]["身份证号"].ToString()!.ShouldContain("**********");
    }

    [Fact]
    public async Task GetTemplate_IsAWorkbookWithTheChineseHeaders()
    {
        var response = await _page.Http.GetAsync("/eligibility?handler=Template");

        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = (IDictionary<string, object>)MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).First();
        header.Keys.ShouldContain("申报年度");
        header.Keys.ShouldContain("年度考核");
        MiniExcelLibs.MiniExcel.GetSheetNames(stream).ShouldBe(["申报", "填写说明"]);
    }

    /// <summary>The page's own example, as the form posts it.</summary>
    private static List<KeyValuePair<string, string>> ExampleForm() =>
    [
        new("Input.Id", "P-1"), new("Input.ApplicationYear", "2024"), new("Input.Route", "promotion"),
        new("Input.MaterialDeadline", "2024-09-30"), new("Input.Target.Series", "工程"), new("Input.Target.Specialty", "电气工程"),
        new("Input.Target.Level", "associate_senior"), new("Input.Applicant.Name", "张伟"),
        new("Input.Applicant.IdNumber", "140802199001010031"), new("Input.Applicant.InService", "true"),
        new("Input.Applicant.EmploymentType", "public_institution"), new("Input.Applicant.Channel", "employer"),
        new("Input.Applicant.WorkStartDate", "2012-07-01"), new("Input.Applicant.CurrentPost.Series", "工程"),
        new("Input.Applicant.CurrentPost.Specialty", "电气工程"), new("Input.Applicant.CurrentPost.Since", "2012-07-01"),
        new("Input.Applicant.CurrentTitle.Series", "工程"), new("Input.Applicant.CurrentTitle.Specialty", "电气工程"),
        new("Input.Applicant.CurrentTitle.Level", "intermediate"), new("Input.Applicant.CurrentTitle.ObtainedOn", "2019-06-30"),
        new("Input.Applicant.Education[0].Degree", "bachelor"), new("Input.Applicant.Education[0].FullTime", "true"),
        new("Input.Applicant.Education[0].ObtainedOn", "2012-06-30"), new("Input.Applicant.Education[1].Degree", ""),
        new("Input.Applicant.Achievements[0].Title", "变电站改造"), new("Input.Applicant.Achievements[0].ObtainedOn", "2021-11-20"),
        new("Input.Applicant.Achievements[1].Title", "发明专利"), new("Input.Applicant.Achievements[1].ObtainedOn", "2023-05-10"),
        new("Input.Applicant.Assessments[0].Year", "2019"), new("Input.Applicant.Assessments[0].Grade", "qualified"),
        new("Input.Applicant.Assessments[1].Year", "2020"), new("Input.Applicant.Assessments[1].Grade", "qualified"),
        new("Input.Applicant.Assessments[2].Year", "2021"), new("Input.Applicant.Assessments[2].Grade", "basically_qualified"),
        new("Input.Applicant.Assessments[3].Year", "2022"), new("Input.Applicant.Assessments[3].Grade", "qualified"),
        new("Input.Applicant.Assessments[4].Year", ""), new("Input.Applicant.Assessments[4].Grade", ""),
        new("Input.Applicant.Assessments[5].Year", "2023"), new("Input.Applicant.Assessments[5].Grade", "qualified"),
    ];
}
