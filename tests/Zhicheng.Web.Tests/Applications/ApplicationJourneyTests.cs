using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using static Zhicheng.Web.Tests.Applications.ApplicationApi;

namespace Zhicheng.Web.Tests.Applications;

/// <summary>
/// One application through the whole chain over the API: the doctor opens, self-checks, attaches a material and submits
/// it; the hospital returns it with two items at once; the doctor resubmits; the hospital publicises it for 5 working days
/// (the dates from the calendar), records and resolves an objection and recommends after the period; the department and
/// 盐湖区 approve; the committee office checks the qualification and accepts it.
/// </summary>
public sealed class ApplicationJourneyTests(ApplicationSite site) : IClassFixture<ApplicationSite>
{
    [Fact]
    public async Task Application_ThroughEveryStepOverTheApi_IsAccepted()
    {
        var doctor = site.Client(AccountRole.Applicant);
        var hr = site.Client(AccountRole.EmployerHr);
        var created = await doctor.PostAsJsonAsync("/api/v1/applications", site.Promotion());
        var application = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.Clone();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, application.ToString());
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/applications/{Id(application)}");
        application.GetProperty("stage").GetString().ShouldBe("draft");
        application.GetProperty("route").GetString().ShouldBe("promotion");
        application.GetProperty("level").GetString().ShouldBe("associate_senior");
        application.GetProperty("number").GetString().ShouldBe($"SB2025-{Id(application):D6}");

        var check = await OkAsync(await doctor.PostAsync($"/api/v1/applications/{Id(application)}/check", null));
        check.GetProperty("outcome").GetString().ShouldBe("eligible", check.ToString());

        using var pdf = new MultipartFormDataContent
        {
            { new StringContent("学历证书"), "kind" },
            { new ByteArrayContent("%PDF-1.7\n学历证书扫描件"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "file", "学历证书 李医生.pdf" },
        };
        var uploaded = await doctor.PostAsync($"/api/v1/applications/{Id(application)}/materials", pdf);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var served = await hr.GetAsync(uploaded.Headers.Location);
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        served.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("学历证书 李医生.pdf");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe("%PDF-1.7\n学历证书扫描件"u8.ToArray());

        application = await OkAsync(await doctor.GetAsync($"/api/v1/applications/{Id(application)}"));
        application.GetProperty("materials").EnumerateArray().ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe("education");
        application = await OkAsync(await ActAsync(doctor, application, "submit"));
        application.GetProperty("stage").GetString().ShouldBe("in_review");
        application.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("organisation").GetProperty("id").GetInt32())).ShouldBe(
        [
            ("unit", site.World.Hospital.Id), ("department", site.World.Health.Id), ("county_bureau", site.World.Yanhu.Id), ("committee_office", site.World.Health.Id),
        ]);

        application = await OkAsync(await ActAsync(hr, application, "return", new() { ["items"] = new[] { "缺少学历证书扫描件", "业绩成果未加盖单位公章" } }));
        application.GetProperty("stage").GetString().ShouldBe("returned");
        application = await OkAsync(await ActAsync(doctor, application, "submit"));
        application.GetProperty("step").GetString().ShouldBe("unit");

        var early = await ProblemAsync(await ActAsync(hr, application, "approve"), 400);
        Clauses(early, "$").ShouldBe(["MOHRSS-40-unit-review"]);
        application = await OkAsync(await ActAsync(hr, application, "publicity"));
        application.GetProperty("publicity").GetProperty("start").GetString().ShouldBe("2025-08-25");
        application.GetProperty("publicity").GetProperty("end").GetString().ShouldBe("2025-08-29");
        application = await OkAsync(await ActAsync(hr, application, "objections", new() { ["raisedBy"] = "匿名", ["content"] = "业绩材料存疑" }));
        var objection = application.GetProperty("objections").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetInt32();
        application = await OkAsync(await ActAsync(hr, application, $"objections/{objection}/resolve", new() { ["resolution"] = "经核查，材料属实" }));

        site.Clock.Today = new DateOnly(2025, 9, 1);
        application = await OkAsync(await ActAsync(site.Client(AccountRole.EmployerHr), application, "approve", new() { ["opinion"] = "同意推荐" }));
        application.GetProperty("step").GetString().ShouldBe("department");
        application = await OkAsync(await ActAsync(site.Client(AccountRole.DepartmentReviewer), application, "approve"));
        application = await OkAsync(await ActAsync(site.Client(AccountRole.CountyStaff), application, "approve"));
        application.GetProperty("step").GetString().ShouldBe("committee_office");

        var office = site.Client(ApplicationSite.Office);
        (await office.GetFromJsonAsync<JsonElement>("/api/v1/applications/queue")).GetProperty("rows").EnumerateArray()
            .Select(Id).ShouldContain(Id(application));
        var unchecked_ = await ProblemAsync(await ActAsync(office, application, "approve"), 400);
        Errors(unchecked_, "$").ShouldBe(["受理前须先进行资格审查（N2024-3.1c）"]);
        application = await OkAsync(await ActAsync(office, application, "qualification"));
        application.GetProperty("qualification").GetProperty("passed").GetBoolean().ShouldBeTrue(application.GetProperty("qualification").ToString());
        application = await OkAsync(await ActAsync(office, application, "approve"));

        application.GetProperty("stage").GetString().ShouldBe("accepted");
        var timeline = application.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Select(e => e.GetProperty("action").GetString()).ShouldBe(
        [
            "created", "material_added", "submitted", "returned", "resubmitted", "publicity_started", "objection_raised", "objection_resolved",
            "approved", "approved", "approved", "qualification_checked", "accepted",
        ]);
        timeline.Single(e => e.GetProperty("action").GetString() == "returned").GetProperty("items").EnumerateArray().Select(i => i.GetString())
            .ShouldBe(["缺少学历证书扫描件", "业绩成果未加盖单位公章"]);
        (await ActAsync(doctor, application, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
