using System.Net;
using System.Net.Http.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

/// <summary>
/// Every role against every page and endpoint that shows stored records: its own records answer 200, another
/// jurisdiction's answer 404 (by id, not only by a hidden link), and without signing in pages send the visitor
/// to the login page and the API answers 401.
/// </summary>
public sealed class AccessTests(WorldSite site) : IClassFixture<WorldSite>
{
    public static TheoryData<string> Protected =>
    [
        "/people", "/people/1", "/people/1/eligibility", "/organisations", "/audit", "/audit/Person/1", "/account/token",
    ];

    [Theory]
    [MemberData(nameof(Protected))]
    public async Task Page_Anonymous_RedirectsToLogin(string path)
    {
        var response = await site.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Theory]
    [InlineData("/api/v1/people")]
    [InlineData("/api/v1/people/1")]
    public async Task Api_Anonymous_Is401(string path)
    {
        var response = await site.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_Anonymous_CheckRecord_Is401()
    {
        var response = await site.Anonymous().PostAsJsonAsync("/api/v1/people/1/eligibility", new { route = "promotion" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<AccountRole, string, bool> PersonAccess => new()
    {
        // role, whose record, visible
        { AccountRole.CityAdmin, "doctor", true }, { AccountRole.CityAdmin, "teacher", true },
        { AccountRole.CountyStaff, "engineer", true }, { AccountRole.CountyStaff, "teacher", false },
        { AccountRole.DepartmentReviewer, "doctor", true }, { AccountRole.DepartmentReviewer, "engineer", false },
        { AccountRole.EmployerHr, "doctor", true }, { AccountRole.EmployerHr, "engineer", false }, { AccountRole.EmployerHr, "teacher", false },
        { AccountRole.CommitteeOffice, "doctor", false }, { AccountRole.Expert, "doctor", false },
        { AccountRole.Applicant, "doctor", true }, { AccountRole.Applicant, "engineer", false },
    };

    [Theory]
    [MemberData(nameof(PersonAccess))]
    public async Task PersonRecords_ByRole_AreFoundOnlyInsideTheJurisdiction(AccountRole role, string who, bool visible)
    {
        var client = await site.SignedIn(role);
        var id = who switch { "doctor" => site.World.Doctor.Id, "engineer" => site.World.Engineer.Id, _ => site.World.Teacher.Id };
        var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        foreach (var path in new[] { $"/people/{id}", $"/people/{id}/eligibility", $"/audit/Person/{id}", $"/api/v1/people/{id}" })
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(expected, path);
        }
        var check = await client.PostAsJsonAsync($"/api/v1/people/{id}/eligibility",
            new
            {
                route = "promotion", applicationYear = 2024, materialDeadline = "2024-09-30",
                target = new { series = "卫生", specialty = "临床医学", level = "associate_senior" },
                requirements = new { tenureYears = 5, minEducation = "bachelor", minAchievements = 0 },
            });
        // Visible: decided (200) or, for a record without a current title, refused field by field (400) — never 404.
        (check.StatusCode == HttpStatusCode.NotFound).ShouldBe(!visible);
    }

    public static TheoryData<AccountRole, string, bool> OrganisationAccess => new()
    {
        { AccountRole.CityAdmin, "school", true }, { AccountRole.CountyStaff, "company", true }, { AccountRole.CountyStaff, "school", false },
        { AccountRole.DepartmentReviewer, "hospital", true }, { AccountRole.DepartmentReviewer, "company", false },
        { AccountRole.EmployerHr, "hospital", true }, { AccountRole.EmployerHr, "company", false },
        { AccountRole.Applicant, "company", false }, { AccountRole.CommitteeOffice, "school", false },
    };

    [Theory]
    [MemberData(nameof(OrganisationAccess))]
    public async Task OrganisationHistory_ByRole_IsFoundOnlyInsideTheJurisdiction(AccountRole role, string which, bool visible)
    {
        var client = await site.SignedIn(role);
        var id = which switch { "school" => site.World.School.Id, "company" => site.World.Company.Id, _ => site.World.Hospital.Id };
        (await client.GetAsync($"/audit/Organisation/{id}")).StatusCode.ShouldBe(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound);
        var tree = PageClient.Text(await client.GetStringAsync("/organisations"));
        var name = which switch { "school" => "永济市第一中学", "company" => "山西盐湖电力工程有限公司", _ => "运城市中心医院" };
        tree.Contains(name, StringComparison.Ordinal).ShouldBe(visible);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, HttpStatusCode.OK)]
    [InlineData(AccountRole.CountyStaff, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.EmployerHr, HttpStatusCode.NotFound)]
    [InlineData(AccountRole.Applicant, HttpStatusCode.NotFound)]
    public async Task WholeAuditTrail_IsForTheCityAdministratorOnly(AccountRole role, HttpStatusCode expected)
    {
        var client = await site.SignedIn(role);
        (await client.GetAsync("/audit")).StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, "李医生,王工程师,赵老师")]
    [InlineData(AccountRole.CountyStaff, "李医生,王工程师")]
    [InlineData(AccountRole.DepartmentReviewer, "李医生")]
    [InlineData(AccountRole.EmployerHr, "李医生")]
    [InlineData(AccountRole.CommitteeOffice, "")]
    public async Task PeopleSearch_ByRole_ListsOnlyTheJurisdiction(AccountRole role, string expected)
    {
        var client = await site.SignedIn(role);
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/people?pageSize=50");
        var names = page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        string.Join(",", names).ShouldBe(string.Join(",", expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task PeopleFilteredByAnotherCountysUnit_IsEmpty()
    {
        var client = await site.SignedIn(AccountRole.CountyStaff);
        var text = PageClient.Text(await client.GetStringAsync($"/people?unit={site.World.School.Id}"));
        text.ShouldContain("没有找到");
        text.ShouldNotContain("赵老师");
    }

    [Fact]
    public async Task Applicant_PeopleList_GoesToTheirOwnRecord()
    {
        var client = await site.SignedIn(AccountRole.Applicant);
        var response = await client.GetAsync("/people");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/people/{site.World.Doctor.Id}");
    }
}
