using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Import;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Pages;

/// <summary>The import page: who may use it, the template, and each kind of bad upload (nothing written).</summary>
public sealed class ImportPageTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Theory]
    [InlineData(AccountRole.CityAdmin, HttpStatusCode.OK)]
    [InlineData(AccountRole.CountyStaff, HttpStatusCode.OK)]
    [InlineData(AccountRole.EmployerHr, HttpStatusCode.OK)]
    [InlineData(AccountRole.DepartmentReviewer, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.CommitteeOffice, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Expert, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Applicant, HttpStatusCode.NotFound)]
    public async Task ImportPage_IsForThoseWhoKeepPeoplesRecords(AccountRole role, HttpStatusCode expected)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/import")).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/import?handler=Template")).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task ImportPage_Anonymous_GoesToLogin()
    {
        var response = await site.Anonymous().GetAsync("/import");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Template_IsAWorkbookWithTheFourSheets()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        var response = await client.GetAsync("/import?handler=Template");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var names = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        names.ShouldBe(["人员", "职称", "年度考核", "学历", ImportTemplate.GuideSheet], ignoreOrder: true);
    }

    [Theory]
    [InlineData("empty.xlsx", 0, "是空的")]
    [InlineData("notes.txt", 10, "不支持")]
    [InlineData("people.csv", 10, "请选择它是人员")]
    public async Task BadUpload_SaysWhyAndWritesNothing(string fileName, int size, string message)
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        var before = await Counts();
        var response = await new PageClient(client).PostFile("/import", "/import", fileName, new byte[size]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PageClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task TextFileNamedXlsx_IsReportedAndWritesNothing()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        var before = await Counts();
        var response = await new PageClient(client).PostFile("/import", "/import", "people.xlsx", "姓名,身份证号\n张三,1"u8.ToArray());
        var text = PageClient.Text(await response.Content.ReadAsStringAsync());
        text.ShouldContain("未导入任何数据");
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task FiftyMegabyteUpload_IsRefusedNamingTheLimit()
    {
        var client = await site.SignedIn(AccountRole.EmployerHr);
        var response = await new PageClient(client).PostFile("/import", "/import", "huge.xlsx", new byte[50 * 1024 * 1024]);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        PageClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("每次最多 20 MB");
    }

    [Fact]
    public async Task GoodWorkbook_IsWrittenOnceAndReimportingChangesNothing()
    {
        const string first17 = "14088119951111123";
        var id = first17 + Zhicheng.Domain.Identity.IdentityNumber.CheckCharacterFor(first17);
        var workbook = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(workbook, new Dictionary<string, object>
        {
            ["人员"] = new[] { new Dictionary<string, object> { ["身份证号"] = id, ["姓名"] = "孙老师", ["单位统一社会信用代码"] = site.World.School.CreditCode! } },
            ["年度考核"] = new[] { new Dictionary<string, object> { ["身份证号"] = id, ["年度"] = 2023, ["等次"] = "优秀" } },
        });
        var bytes = workbook.ToArray();
        var client = await site.SignedIn(AccountRole.CityAdmin);

        var first = PageClient.Text(await (await new PageClient(client).PostFile("/import", "/import", "永济一中.xlsx", bytes)).Content.ReadAsStringAsync());
        first.ShouldContain("已导入");
        var afterFirst = await Counts();
        var second = PageClient.Text(await (await new PageClient(client).PostFile("/import", "/import", "永济一中.xlsx", bytes)).Content.ReadAsStringAsync());
        second.ShouldContain("没有需要更新的内容");
        (await Counts()).ShouldBe(afterFirst);
    }

    [Fact]
    public async Task Workbook_IntoAnotherCountysEmployer_IsRefused()
    {
        const string first17 = "14088119951212123";
        var id = first17 + Zhicheng.Domain.Identity.IdentityNumber.CheckCharacterFor(first17);
        var workbook = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(workbook, new Dictionary<string, object>
        {
            ["人员"] = new[] { new Dictionary<string, object> { ["身份证号"] = id, ["姓名"] = "钱老师", ["单位统一社会信用代码"] = site.World.School.CreditCode! } },
        });
        var client = await site.SignedIn(AccountRole.CountyStaff);
        var before = await Counts();
        var text = PageClient.Text(await (await new PageClient(client).PostFile("/import", "/import", "x.xlsx", workbook.ToArray())).Content.ReadAsStringAsync());
        text.ShouldContain("不在您的管辖范围内");
        (await Counts()).ShouldBe(before);
    }

    private async Task<(int People, long Audit)> Counts()
    {
        await using var db = site.Factory.Database.Open();
        return (await db.People.CountAsync(), await db.AuditEntries.LongCountAsync());
    }
}
