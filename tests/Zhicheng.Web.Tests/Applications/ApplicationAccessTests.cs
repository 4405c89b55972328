using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhicheng.Domain.Organisations;
using static Zhicheng.Web.Tests.Applications.ApplicationApi;

namespace Zhicheng.Web.Tests.Applications;

/// <summary>Who sees an application and its materials over the API, and how identity numbers are shown to each.</summary>
public sealed class ApplicationAccessTests(ApplicationSite site) : IClassFixture<ApplicationSite>
{
    [Fact]
    public async Task AnotherCountysStaff_GetsNotFound_ForTheApplicationItsActionsAndItsMaterial()
    {
        var (_, draft) = await site.DraftByHrAsync("辖区外医生");
        var hr = site.Client(AccountRole.EmployerHr);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("achievement"), "kind" },
            { new ByteArrayContent("%PDF-1.4 成果"u8.ToArray()), "file", "成果.pdf" },
        };
        var material = (await hr.PostAsync($"/api/v1/applications/{Id(draft)}/materials", form)).Headers.Location!;
        var application = await OkAsync(await ActAsync(hr, await OkAsync(await hr.GetAsync($"/api/v1/applications/{Id(draft)}")), "submit"));
        var yongji = site.Client(ApplicationSite.YongjiStaff);

        (await yongji.GetAsync($"/api/v1/applications/{Id(application)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ActAsync(yongji, application, "approve")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ActAsync(yongji, application, "disqualify", new() { ["description"] = "伪造", ["evidence"] = "核查记录" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await yongji.GetAsync(material)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await yongji.DeleteAsync(material)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await yongji.GetFromJsonAsync<JsonElement>("/api/v1/applications")).GetProperty("rows").EnumerateArray().Select(Id).ShouldNotContain(Id(application));
        (await site.Client(AccountRole.Expert).GetAsync(material)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.Client(AccountRole.DepartmentReviewer).GetAsync(material)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task List_ShowsTheDepartmentReviewerMaskedIdentityNumbers_AndHrWholeOnes()
    {
        var application = await site.SubmittedByHrAsync("掩码医生");
        var number = application.GetProperty("applicant").GetProperty("idNumber").GetString()!;
        number.ShouldNotContain("*");

        var seen = await site.Client(AccountRole.DepartmentReviewer).GetFromJsonAsync<JsonElement>($"/api/v1/applications?year={ApplicationSite.Year}&q=掩码医生");
        var row = seen.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("applicant").GetProperty("idNumber").GetString().ShouldBe(number[..6] + "**********" + number[^2..]);
        seen.GetProperty("total").GetInt32().ShouldBe(1);
        var byHr = await site.Client(AccountRole.EmployerHr).GetFromJsonAsync<JsonElement>("/api/v1/applications?stage=in_review&q=掩码医生");
        byHr.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("applicant").GetProperty("idNumber").GetString().ShouldBe(number);
        var detail = await OkAsync(await site.Client(AccountRole.DepartmentReviewer).GetAsync($"/api/v1/applications/{Id(application)}"));
        detail.GetProperty("applicant").GetProperty("idNumber").GetString()!.ShouldContain("*");
    }

    [Fact]
    public async Task Export_AsTheDepartmentReviewer_IsAnExcelSheetWithMaskedNumbers()
    {
        var application = await site.SubmittedByHrAsync("导出医生");
        var number = application.GetProperty("applicant").GetProperty("idNumber").GetString()!;

        var response = await site.Client(AccountRole.DepartmentReviewer).GetAsync("/api/v1/applications/export.xlsx?q=导出医生");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ShouldHaveSingleItem();
        row["姓名"].ShouldBe("导出医生");
        row["公民身份号码"].ShouldBe(number[..6] + "**********" + number[^2..]);
        row["状态"].ShouldBe("审核中");
    }

    [Fact]
    public async Task List_AnUnknownStage_IsRefusedAtStage()
    {
        var problem = await ProblemAsync(await site.Client(AccountRole.EmployerHr).GetAsync("/api/v1/applications?stage=done"), 400);

        Errors(problem, "stage").ShouldHaveSingleItem().ShouldContain("in_review（审核中）");
    }

    [Fact]
    public async Task Api_WithoutSigningIn_Is401()
    {
        var anonymous = site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await anonymous.GetAsync("/api/v1/applications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/integrity")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
