using System.Net;
using System.Net.Http.Json;
using Zhicheng.Domain.Organisations;
using static Zhicheng.Web.Tests.Applications.ApplicationApi;

namespace Zhicheng.Web.Tests.Applications;

/// <summary>Refusals over the API: problem+json by field path with each problem's clause; 409 for a stale version; uploads judged by content and size.</summary>
public sealed class ApplicationRefusalTests(ApplicationSite site) : IClassFixture<ApplicationSite>
{
    [Fact]
    public async Task Create_ALevelTheCommitteeDoesNotEvaluate_IsRefusedAtLevelWithTheFilingClause()
    {
        var person = await site.DoctorLikeAsync("错级医生");
        var problem = await ProblemAsync(await site.Client(AccountRole.EmployerHr).PostAsJsonAsync("/api/v1/applications", site.Promotion(person.Id, level: "中级")), 400);

        Errors(problem, "level").ShouldHaveSingleItem().ShouldContain("不评审中级职称");
        Clauses(problem, "level").ShouldBe(["N2024-2.3"]);
    }

    [Fact]
    public async Task Create_AnUnknownLevelOrRoute_IsRefusedByField()
    {
        var body = site.Promotion(site.World.Doctor.Id, level: "top");
        body["route"] = "jump";
        var problem = await ProblemAsync(await site.Client(AccountRole.Applicant).PostAsJsonAsync("/api/v1/applications", body), 400);

        Errors(problem, "level").ShouldHaveSingleItem().ShouldContain("associate_senior（副高级）");
        Errors(problem, "route").ShouldHaveSingleItem().ShouldContain("promotion（晋升）");
    }

    [Fact]
    public async Task Return_WithAnEmptyList_IsRefusedAtItemsWithTheOneTimeNoticeClause()
    {
        var application = await site.SubmittedByHrAsync("空退回医生");
        var problem = await ProblemAsync(await ActAsync(site.Client(AccountRole.EmployerHr), application, "return", new() { ["items"] = Array.Empty<string>() }), 400);

        Clauses(problem, "items").ShouldBe(["MOHRSS-40-one-time-notice"]);
    }

    [Fact]
    public async Task Action_OnAStaleVersion_Is409AndWritesNothing()
    {
        var application = await site.SubmittedByHrAsync("过期版本医生");
        var hr = site.Client(AccountRole.EmployerHr);
        var stale = System.Text.Json.JsonDocument.Parse($$"""{"id":{{Id(application)}},"version":{{Version(application) - 1}}}""").RootElement;

        var problem = await ProblemAsync(await ActAsync(hr, stale, "return", new() { ["items"] = new[] { "缺少学历证书" } }), 409);

        Clauses(problem, "version").ShouldBe(["N2024-3.1c"]);
        var now = await OkAsync(await hr.GetAsync($"/api/v1/applications/{Id(application)}"));
        now.GetProperty("stage").GetString().ShouldBe("in_review");
        Version(now).ShouldBe(Version(application));
    }

    [Fact]
    public async Task Action_WithoutAVersion_Is400AtVersion()
    {
        var application = await site.SubmittedByHrAsync("无版本医生");
        var response = await site.Client(AccountRole.EmployerHr).PostAsJsonAsync($"/api/v1/applications/{Id(application)}/reject", new { reason = "不符合条件" });

        Errors(await ProblemAsync(response, 400), "version").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Upload_AnExeRenamedPdf_IsRefusedByItsContent()
    {
        var (_, draft) = await site.DraftByHrAsync("改名文件医生");
        var problem = await ProblemAsync(await UploadAsync(draft, [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0, 0, 0, 0x04], "论文.pdf"), 400);

        Errors(problem, "file").ShouldHaveSingleItem().ShouldContain("不是 PDF、PNG 或 JPEG 文件");
        Clauses(problem, "file").ShouldBe(["MOHRSS-40-unit-review"]);
    }

    [Fact]
    public async Task Upload_AnEmptyFile_IsRefused()
    {
        var (_, draft) = await site.DraftByHrAsync("空文件医生");
        var problem = await ProblemAsync(await UploadAsync(draft, [], "空.pdf"), 400);

        Errors(problem, "file").ShouldHaveSingleItem().ShouldContain("文件是空的");
    }

    [Fact]
    public async Task Upload_OneByteOverTheLimit_IsRefusedNamingTheLimit()
    {
        var (_, draft) = await site.DraftByHrAsync("大文件医生");
        var problem = await ProblemAsync(await UploadAsync(draft, Pdf(ApplicationSite.MaterialLimit + 1), "大.pdf"), 400);

        Errors(problem, "file").ShouldHaveSingleItem().ShouldContain("1 MB");
    }

    [Fact]
    public async Task Upload_FarOverTheLimit_IsRefusedBeforeReadingWithAChineseProblem()
    {
        var (_, draft) = await site.DraftByHrAsync("超大文件医生");
        var problem = await ProblemAsync(await UploadAsync(draft, Pdf(ApplicationSite.MaterialLimit + 256 * 1024), "超大.pdf"), 413);

        Errors(problem, "file").ShouldHaveSingleItem().ShouldContain("文件超过 1 MB 的上限");
        var stored = await OkAsync(await site.Client(AccountRole.EmployerHr).GetAsync($"/api/v1/applications/{Id(draft)}"));
        stored.GetProperty("materials").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Upload_AnUnknownKind_IsRefusedListingTheKinds()
    {
        var (_, draft) = await site.DraftByHrAsync("错类别医生");
        var problem = await ProblemAsync(await UploadAsync(draft, Pdf(100), "证书.pdf", kind: "证件照"), 400);

        Errors(problem, "kind").ShouldHaveSingleItem().ShouldContain("education（学历证书）");
    }

    [Fact]
    public async Task Submit_Twice_IsRefusedTheSecondTime()
    {
        var (_, draft) = await site.DraftByHrAsync("重复提交医生");
        var hr = site.Client(AccountRole.EmployerHr);
        (await ActAsync(hr, draft, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await hr.PostAsJsonAsync($"/api/v1/applications/{Id(draft)}/submit", new { version = Version(draft) + 1 });

        Errors(await ProblemAsync(again, 400), "$").ShouldHaveSingleItem().ShouldContain("不能提交");
    }

    private Task<HttpResponseMessage> UploadAsync(System.Text.Json.JsonElement application, byte[] content, string fileName, string kind = "achievement")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content) { Headers = { ContentType = new("application/pdf") } }, "file", fileName },
        };
        return site.Client(AccountRole.EmployerHr).PostAsync($"/api/v1/applications/{Id(application)}/materials", form);
    }

    private static byte[] Pdf(long size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
