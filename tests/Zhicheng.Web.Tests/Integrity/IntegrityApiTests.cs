using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Applications;
using static Zhicheng.Web.Tests.Applications.ApplicationApi;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// /api/v1/integrity, /units and /titles: only bureaus keep the archive; corrections carry a reason and the version;
/// units are ordered to rectify and criticised; falsification disqualifies and blocks a new application.
/// </summary>
public sealed class IntegrityApiTests(ApplicationSite site) : IClassFixture<ApplicationSite>
{
    [Fact]
    public async Task Add_ByEmployerHr_IsRefusedWithTheArchiveClause()
    {
        var problem = await ProblemAsync(await site.Client(AccountRole.EmployerHr).PostAsJsonAsync("/api/v1/integrity", Record("140802198703011234", "某医生")), 400);

        Errors(problem, "$").ShouldBe(["诚信档案记录由人社部门录入（N2024-4.4）"]);
        (await site.Client(AccountRole.EmployerHr).GetFromJsonAsync<JsonElement>("/api/v1/integrity")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Add_ThenCorrect_ByTheCountyBureau_KeepsTheReasonAndRefusesAStaleVersion()
    {
        var county = site.Client(AccountRole.CountyStaff);
        var person = await site.DoctorLikeAsync("档案医生");
        var created = await county.PostAsJsonAsync("/api/v1/integrity", Record(person.IdNumber, person.Name));
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, entry.ToString());
        entry.GetProperty("kind").GetString().ShouldBe("academic_misconduct");
        entry.GetProperty("authority").GetProperty("name").GetString().ShouldBe("盐湖区人力资源和社会保障局");
        entry.GetProperty("active").GetBoolean().ShouldBeTrue();

        var found = await county.GetFromJsonAsync<JsonElement>($"/api/v1/integrity?q={person.IdNumber}&active=true");
        found.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetInt32().ShouldBe(Id(entry));

        var correction = Record(person.IdNumber, person.Name, description: "论文抄袭（已核实两篇）");
        (await ProblemAsync(await county.PutAsJsonAsync($"/api/v1/integrity/{Id(entry)}", With(correction, version: Version(entry))), 400))
            .GetProperty("errors").GetProperty("note").GetArrayLength().ShouldBe(1);
        var corrected = await OkAsync(await county.PutAsJsonAsync($"/api/v1/integrity/{Id(entry)}", With(correction, Version(entry), "补充核实结果")));
        corrected.GetProperty("description").GetString().ShouldBe("论文抄袭（已核实两篇）");
        corrected.GetProperty("correctionNote").GetString()!.ShouldStartWith("补充核实结果");
        var stale = await ProblemAsync(await county.PutAsJsonAsync($"/api/v1/integrity/{Id(entry)}", With(correction, Version(entry), "再次更正")), 409);
        Clauses(stale, "version").ShouldBe(["N2024-4.4"]);
    }

    [Fact]
    public async Task Disqualify_AtTheUnit_RecordsFalsificationAndBlocksANewApplication()
    {
        var hr = site.Client(AccountRole.EmployerHr);
        var application = await site.SubmittedByHrAsync("造假医生");
        var person = application.GetProperty("applicant");

        var disqualified = await OkAsync(await ActAsync(hr, application, "disqualify", new() { ["description"] = "伪造业绩证明", ["evidence"] = "发证单位复函" }));

        disqualified.GetProperty("stage").GetString().ShouldBe("disqualified");
        var records = await site.Client(AccountRole.CityAdmin).GetFromJsonAsync<JsonElement>($"/api/v1/integrity?q={person.GetProperty("idNumber").GetString()}");
        records.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe("falsification");
        var again = await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/applications", site.Promotion(person.GetProperty("id").GetInt32())), 400);
        Clauses(again, "personId").ShouldBe(["N2024-4.4"]);
    }

    [Fact]
    public async Task UnitSupervision_OrderReportAndCriticism_ShowToTheUnit()
    {
        var county = site.Client(AccountRole.CountyStaff);
        var hr = site.Client(AccountRole.EmployerHr);
        var today = site.Clock.Today;
        var first = await county.PostAsJsonAsync($"/api/v1/units/{site.World.Hospital.Id}/rectification-orders",
            new { reason = "未认真审核申报材料", rectifyBy = Iso(today.AddDays(10)) });
        var order = await first.Content.ReadFromJsonAsync<JsonElement>();
        first.StatusCode.ShouldBe(HttpStatusCode.Created, order.ToString());
        order.GetProperty("kind").GetString().ShouldBe("rectification_order");

        var seen = await hr.GetFromJsonAsync<JsonElement>("/api/v1/units/actions");
        seen.GetProperty("rows").EnumerateArray().Select(Id).ShouldContain(Id(order));
        (await ProblemAsync(await county.PostAsJsonAsync($"/api/v1/units/actions/{Id(order)}/criticism", new { reason = "逾期未整改" }), 400))
            .GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ShouldBe(["N2024-4.3b"]);
        var reported = await OkAsync(await hr.PostAsJsonAsync($"/api/v1/units/actions/{Id(order)}/report", new { version = Version(order), report = "已组织复核并建立审核台账" }));
        reported.GetProperty("rectifiedOn").GetString().ShouldBe(Iso(today));

        var second = await (await county.PostAsJsonAsync($"/api/v1/units/{site.World.Hospital.Id}/rectification-orders",
            new { reason = "推荐材料把关不严", rectifyBy = Iso(today.AddDays(5)) })).Content.ReadFromJsonAsync<JsonElement>();
        site.Clock.Today = today.AddDays(6);
        try
        {
            var notice = await county.PostAsJsonAsync($"/api/v1/units/actions/{Id(second)}/criticism", new { reason = "逾期未整改，予以通报批评" });
            var criticism = await notice.Content.ReadFromJsonAsync<JsonElement>();
            notice.StatusCode.ShouldBe(HttpStatusCode.Created, criticism.ToString());
            criticism.GetProperty("kind").GetString().ShouldBe("criticism_notice");
            criticism.GetProperty("orderId").GetInt32().ShouldBe(Id(second));
        }
        finally
        {
            site.Clock.Today = today;
        }
        (await hr.PostAsJsonAsync($"/api/v1/units/{site.World.Company.Id}/rectification-orders", new { reason = "x", rectifyBy = Iso(today.AddDays(5)) }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revoke_ATitleFromOutsideTheSystem_IsForTheCityBureau()
    {
        var person = await site.DoctorLikeAsync("撤销职称医生");
        await using var db = site.Database.Open("test:read", site.Clock);
        var title = await db.Titles.AsNoTracking().Where(t => t.PersonId == person.Id).OrderByDescending(t => t.Level).FirstAsync();
        var body = new { description = "以伪造学历取得", evidence = "学信网查询结果" };

        var refused = await ProblemAsync(await site.Client(AccountRole.CountyStaff).PostAsJsonAsync($"/api/v1/titles/{title.Id}/revoke", body), 400);
        Clauses(refused, "$").ShouldBe(["N2024-4.3c"]);
        var revoked = await OkAsync(await site.Client(AccountRole.CityAdmin).PostAsJsonAsync($"/api/v1/titles/{title.Id}/revoke", body));

        revoked.GetProperty("revokedOn").GetString().ShouldBe(Iso(site.Clock.Today));
        (await site.Client(AccountRole.Expert).PostAsJsonAsync($"/api/v1/titles/{title.Id}/revoke", body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // 学术不端 (AcademicMisconduct): the longest kinds' names once overflowed the column on PostgreSQL; this keeps them stored.
    private static Dictionary<string, object?> Record(string idNumber, string name, string description = "论文抄袭") => new()
    {
        ["idNumber"] = idNumber, ["name"] = name, ["subject"] = "申报人", ["kind"] = "学术不端", ["description"] = description,
        ["evidence"] = "学术委员会调查结论", ["decidedOn"] = "2025-06-30",
    };

    private static Dictionary<string, object?> With(Dictionary<string, object?> record, int version, string? note = null) =>
        new(record) { ["version"] = version, ["note"] = note };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
