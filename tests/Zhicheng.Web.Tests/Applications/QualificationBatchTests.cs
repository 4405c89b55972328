using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhicheng.Domain.Organisations;
using static Zhicheng.Web.Tests.Applications.ApplicationApi;

namespace Zhicheng.Web.Tests.Applications;

/// <summary>The committee office's batch qualification check over the API: JSON rows, or an Excel report with one row per application.</summary>
public sealed class QualificationBatchTests(ApplicationSite site) : IClassFixture<ApplicationSite>
{
    [Fact]
    public async Task Batch_AsExcel_HasOneRowPerApplicationAtTheOffice()
    {
        var applications = new List<JsonElement>();
        foreach (var name in new[] { "批量医生甲", "批量医生乙" })
        {
            var submitted = await site.SubmittedByHrAsync(name);
            applications.Add(await OkAsync(await ActAsync(site.Client(AccountRole.EmployerHr), submitted, "publicity")));
        }
        site.Clock.Today = new DateOnly(2025, 9, 1);
        foreach (var client in new[] { site.Client(AccountRole.EmployerHr), site.Client(AccountRole.DepartmentReviewer), site.Client(AccountRole.CountyStaff) })
        {
            for (var i = 0; i < applications.Count; i++)
            {
                applications[i] = await OkAsync(await ActAsync(client, applications[i], "approve"));
            }
        }
        var office = site.Client(ApplicationSite.Office);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/committees/{site.CommitteeId}/qualification-batch?year={ApplicationSite.Year}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        var response = await office.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["姓名"]).ShouldBe(["批量医生甲", "批量医生乙"]);
        rows.ShouldAllBe(r => (string?)r["审查结果"] == "通过");
        rows.ShouldAllBe(r => ((string?)r["公民身份号码"] ?? "").Contains('*'));

        var json = await OkAsync(await office.PostAsync($"/api/v1/committees/{site.CommitteeId}/qualification-batch?year={ApplicationSite.Year}", null));
        json.GetProperty("checked").GetInt32().ShouldBe(2);
        json.GetProperty("passed").GetInt32().ShouldBe(2);
        var accepted = await OkAsync(await ActAsync(office, await OkAsync(await office.GetAsync($"/api/v1/applications/{Id(applications[0])}")), "approve"));
        accepted.GetProperty("stage").GetString().ShouldBe("accepted");
    }

    [Fact]
    public async Task Batch_BySomeoneNotTheOffice_IsNotFound()
    {
        var response = await site.Client(AccountRole.CountyStaff).PostAsync($"/api/v1/committees/{site.CommitteeId}/qualification-batch", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
