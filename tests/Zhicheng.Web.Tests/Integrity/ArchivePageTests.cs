using System.Net;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Integrity;

/// <summary>
/// 诚信档案 pages (N2024-4.4): a bureau enters a record and finds it by identity number or name, only-active narrows the
/// list to the record period, a refusal is shown beside its field with the clause, a correction needs its reason and is
/// audited; nobody but a bureau reaches the archive.
/// </summary>
public sealed class ArchivePageTests(IntegritySite site) : IClassFixture<IntegritySite>
{
    [Fact]
    public async Task Bureau_AddsARecord_AndFindsItByIdentityNumberAndName()
    {
        var idNumber = IntegritySite.NewIdNumber();
        var county = await site.SignedIn(AccountRole.CountyStaff);

        var location = await (await Add(county, idNumber, "钱弄假", Forms.Iso(IntegritySite.Start.AddDays(-10)))).RedirectedTo();
        var detail = PageClient.Text(await county.Http.GetStringAsync(location));
        var byNumber = PageClient.Text(await county.Http.GetStringAsync($"/integrity?q={idNumber}"));
        var byName = PageClient.Text(await county.Http.GetStringAsync($"/integrity?q={Uri.EscapeDataString("弄假")}&active=true"));
        var other = PageClient.Text(await county.Http.GetStringAsync($"/integrity?q={IntegritySite.NewIdNumber()}"));

        location.ShouldMatch(@"^/integrity/\d+\?done=added$");
        detail.ShouldContain("已录入诚信档案");
        detail.ShouldContain(idNumber);
        detail.ShouldContain("盐湖区人力资源和社会保障局");
        detail.ShouldContain("记录期内（至 2028-08-14）");
        byNumber.ShouldContain("钱弄假");
        byNumber.ShouldContain("共 1 条");
        byName.ShouldContain(idNumber);
        other.ShouldContain("没有符合条件的记录");
    }

    [Fact]
    public async Task ActiveOnly_LeavesOutARecordPastItsPeriod_WhichIsKept()
    {
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var (recent, old) = (IntegritySite.NewIdNumber(), IntegritySite.NewIdNumber());
        await (await Add(county, recent, "孙近期", "2022-08-26")).RedirectedTo(); // today is the last day of its period
        await (await Add(county, old, "孙已过", "2022-08-25")).RedirectedTo(); // today is the first day after it

        var all = PageClient.Text(await county.Http.GetStringAsync($"/integrity?q={Uri.EscapeDataString("孙")}"));
        var active = PageClient.Text(await county.Http.GetStringAsync($"/integrity?q={Uri.EscapeDataString("孙")}&active=true"));

        all.ShouldContain("孙近期");
        all.ShouldContain("孙已过");
        all.ShouldContain("已过记录期");
        active.ShouldContain("孙近期");
        active.ShouldNotContain("孙已过");
    }

    [Fact]
    public async Task BadIdentityNumber_IsShownBesideTheField_WithTheClause_AndNothingIsWritten()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var bad = IntegritySite.NewIdNumber()[..17] + "Y";

        var html = await (await Add(city, bad, "周校验", "2025-08-01")).Refused();
        var text = PageClient.Text(html);

        html.ShouldContain("id=\"idNumber-error\"");
        html.ShouldContain("aria-describedby=\"idNumber-error\"");
        text.ShouldContain("未能录入");
        text.ShouldContain("公民身份号码有误");
        text.ShouldContain("N2024-4.4");
        html.ShouldContain("value=\"周校验\"");
        PageClient.Text(await city.Http.GetStringAsync($"/integrity?q={Uri.EscapeDataString("周校验")}")).ShouldContain("没有符合条件的记录");
    }

    [Fact]
    public async Task Correction_WithoutANote_IsRefused_WithANote_IsSavedAndAudited()
    {
        var county = await site.SignedIn(AccountRole.CountyStaff);
        var idNumber = IntegritySite.NewIdNumber();
        var location = await (await Add(county, idNumber, "吴更正", "2025-06-01")).RedirectedTo();
        var id = int.Parse(location.Split('/', '?')[2], System.Globalization.CultureInfo.InvariantCulture);
        var page = $"/integrity/{id}";
        (string, string)[] Fields(string note) =>
        [
            ("Input.Version", "0"), ("Input.IdNumber", idNumber), ("Input.Name", "吴更正"), ("Input.Subject", "Expert"), ("Input.Kind", "DisciplineViolation"),
            ("Input.Description", "评审中私下联系申报人"), ("Input.Evidence", "谈话笔录"), ("Input.DecidedOn", "2025-06-02"), ("Note", note),
        ];

        var refused = await (await county.Post(page, $"{page}?handler=Correct", Fields(""))).Refused();
        var corrected = await (await county.Post(page, $"{page}?handler=Correct", Fields("认定日期录入有误"))).RedirectedTo();
        var after = PageClient.Text(await county.Http.GetStringAsync(corrected));
        var audit = await county.Http.GetAsync($"/audit/IntegrityEntry/{id}");
        var auditText = PageClient.Text(await audit.Content.ReadAsStringAsync());

        refused.ShouldContain("id=\"note-error\"");
        PageClient.Text(refused).ShouldContain("请写明更正理由（N2024-4.4）");
        corrected.ShouldBe($"{page}?done=corrected");
        after.ShouldContain("2025-06-02");
        after.ShouldContain("违反评审纪律");
        after.ShouldContain("认定日期录入有误");
        after.ShouldContain("变更记录");
        audit.StatusCode.ShouldBe(HttpStatusCode.OK);
        auditText.ShouldContain("诚信档案记录");
        auditText.ShouldContain("2025-06-01 → 2025-06-02");
        auditText.ShouldNotContain(idNumber);
    }

    [Fact]
    public async Task Export_IsAWorkbookOfTheRecordsFound()
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var idNumber = IntegritySite.NewIdNumber();
        await (await Add(city, idNumber, "郑导出", "2025-07-01")).RedirectedTo();

        var export = await city.Http.GetAsync($"/integrity?handler=Export&q={idNumber}&active=true");

        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Forms.Workbook(await export.Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(1);
        rows[0]["姓名"].ShouldBe("郑导出");
        rows[0]["公民身份号码"].ShouldBe(idNumber);
        rows[0]["认定机关"].ShouldBe("运城市人力资源和社会保障局");
        rows[0]["失信行为类别"].ShouldBe("弄虚作假");
    }

    [Theory]
    [InlineData(AccountRole.EmployerHr)]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CommitteeOffice)]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    public async Task NonBureau_GetsNotFound_ForTheArchiveItsRecordsAndItsForms(AccountRole role)
    {
        var city = await site.SignedIn(AccountRole.CityAdmin);
        var location = await (await Add(city, IntegritySite.NewIdNumber(), "冯不可见", "2025-07-01")).RedirectedTo();
        var record = location.Split('?')[0];
        var client = await site.SignedIn(role);

        (await client.Http.GetAsync("/integrity")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync("/integrity?handler=Export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync(record)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync($"/audit/IntegrityEntry/{record.Split('/')[2]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A token from a page the account does reach, as a crafted form would carry.
        var added = await client.Post("/", "/integrity?handler=Add",
            ("Input.IdNumber", IntegritySite.NewIdNumber()), ("Input.Name", "冯伪造"), ("Input.Subject", "Applicant"), ("Input.Kind", "Other"),
            ("Input.Description", "x"), ("Input.Evidence", "y"), ("Input.DecidedOn", "2025-07-01"));
        added.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PageClient.Text(await city.Http.GetStringAsync($"/integrity?q={Uri.EscapeDataString("冯伪造")}")).ShouldContain("没有符合条件的记录");
    }

    private static Task<HttpResponseMessage> Add(PageClient client, string idNumber, string name, string decidedOn) =>
        client.Post("/integrity", "/integrity?handler=Add",
            ("Input.IdNumber", idNumber), ("Input.Name", name), ("Input.Subject", "Applicant"), ("Input.Kind", "Falsification"),
            ("Input.Description", "申报材料中伪造业绩证明"), ("Input.Evidence", "核查报告"), ("Input.DecidedOn", decidedOn));
}
