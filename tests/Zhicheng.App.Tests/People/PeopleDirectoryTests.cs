using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.People;

/// <summary>
/// <see cref="PeopleDirectory.SearchAsync"/>'s pages and totals: a first page that is not full is the whole result; a
/// longer one is counted, in the listing's order, up to <see cref="PeopleDirectory.CountCap"/> and then said to be more.
/// </summary>
public sealed class PeopleDirectoryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private TestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await TestWorld.BuildAsync(_database);
        await using var db = _database.Open();
        // 1,001 more people of 运城市中心医院 named 孙… (more than the cap), and 45 named 钱… (counted exactly).
        for (var i = 0; i < PeopleDirectory.CountCap + 1 + 45; i++)
        {
            var first17 = $"140802199001{i / 100 % 28 + 1:D2}{i % 100 + 100:D3}";
            var person = new Person
            {
                IdNumber = "", Name = (i <= PeopleDirectory.CountCap ? "孙" : "钱") + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                UnitId = _world.Hospital.Id, PostSeries = "卫生", PostSpecialty = "护理学",
            };
            person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
            db.People.Add(person);
        }
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ShortFirstPage_IsTheWholeResult()
    {
        var page = await Search("李", page: 1);
        page.Rows.Select(r => r.Name).ShouldBe(["李医生"]);
        (page.Total, page.MoreThanTotal, page.Pages).ShouldBe((1, false, 1));
    }

    [Fact]
    public async Task LongerResult_IsCountedExactly_AndPagedInNameOrder()
    {
        var first = await Search("钱", page: 1);
        var third = await Search("钱", page: 3);
        (first.Total, first.MoreThanTotal, first.Pages).ShouldBe((45, false, 3));
        first.Rows.Select(r => r.Name).ShouldBe(Enumerable.Range(1001, 20).Select(i => $"钱{i}"));
        third.Rows.Select(r => r.Name).ShouldBe(Enumerable.Range(1041, 5).Select(i => $"钱{i}"));
        third.Total.ShouldBe(45);
    }

    [Fact]
    public async Task BeyondTheCap_SaysMoreThanTheCap()
    {
        var page = await Search("孙", page: 2);
        (page.Total, page.MoreThanTotal, page.Pages).ShouldBe((PeopleDirectory.CountCap, true, PeopleDirectory.CountCap / 20));
        page.Rows.Select(r => r.Name).ShouldBe(Enumerable.Range(20, 20).Select(i => $"孙{i:D4}"));
    }

    private async Task<PeoplePage> Search(string query, int page)
    {
        await using var db = _database.Open();
        var admin = _world.Accounts[AccountRole.CityAdmin];
        var jurisdiction = await Jurisdiction.ForAsync(db, new Viewer(admin.Id, admin.DisplayName, AccountRole.CityAdmin, admin.OrganisationId, null));
        return await new PeopleDirectory(db).SearchAsync(jurisdiction, query, unit: null, page, pageSize: 20);
    }
}
