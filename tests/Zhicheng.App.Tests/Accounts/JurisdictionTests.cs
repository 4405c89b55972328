using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Accounts;

/// <summary>Who sees which people and organisations, role by role, in <see cref="TestWorld"/>.</summary>
public sealed class JurisdictionTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private TestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await TestWorld.BuildAsync(_database);

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, "李医生,王工程师,赵老师")]
    [InlineData(AccountRole.CountyStaff, "李医生,王工程师")]
    [InlineData(AccountRole.DepartmentReviewer, "李医生")]
    [InlineData(AccountRole.EmployerHr, "李医生")]
    [InlineData(AccountRole.CommitteeOffice, "")]
    [InlineData(AccountRole.Expert, "")]
    [InlineData(AccountRole.Applicant, "李医生")]
    public async Task People_ByRole_AreThoseInTheJurisdiction(AccountRole role, string expected)
    {
        await using var db = _database.Open();
        var jurisdiction = await Jurisdiction.ForAsync(db, ViewerOf(role));
        var names = await jurisdiction.People(db).OrderBy(p => p.Id).Select(p => p.Name).ToListAsync();
        string.Join(",", names).ShouldBe(expected);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, "运城市人力资源和社会保障局,盐湖区人力资源和社会保障局,永济市人力资源和社会保障局,运城市卫生健康委员会,运城市中心医院,山西盐湖电力工程有限公司,永济市第一中学")]
    [InlineData(AccountRole.CountyStaff, "盐湖区人力资源和社会保障局,运城市中心医院,山西盐湖电力工程有限公司")]
    [InlineData(AccountRole.DepartmentReviewer, "运城市卫生健康委员会,运城市中心医院")]
    [InlineData(AccountRole.EmployerHr, "运城市中心医院")]
    [InlineData(AccountRole.Expert, "运城市中心医院")]
    [InlineData(AccountRole.Applicant, "运城市中心医院")]
    public async Task Organisations_ByRole_AreThoseInTheJurisdiction(AccountRole role, string expected)
    {
        await using var db = _database.Open();
        var jurisdiction = await Jurisdiction.ForAsync(db, ViewerOf(role));
        var names = await jurisdiction.Organisations(db).OrderBy(o => o.Id).Select(o => o.Name).ToListAsync();
        string.Join(",", names).ShouldBe(expected);
    }

    [Fact]
    public async Task CountyStaff_OfAnotherCounty_SeesNoneOfYanhu()
    {
        await using var db = _database.Open();
        var viewer = new Viewer(99, "永济经办人", AccountRole.CountyStaff, _world.Yongji.Id, null);
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer);
        (await jurisdiction.People(db).Select(p => p.Name).ToListAsync()).ShouldBe(["赵老师"]);
    }

    [Fact]
    public async Task EmployerHrAccount_WithADepartmentRoleMismatch_SeesOnlyItsOwnUnit()
    {
        // A reviewer account attached to an employer (misconfigured) does not gain the department rule.
        await using var db = _database.Open();
        var jurisdiction = await Jurisdiction.ForAsync(db, new Viewer(98, "x", AccountRole.DepartmentReviewer, _world.Company.Id, null));
        (await jurisdiction.People(db).Select(p => p.Name).ToListAsync()).ShouldBe(["王工程师"]);
    }

    [Fact]
    public async Task Viewer_WithoutOrganisation_SeesNothing()
    {
        await using var db = _database.Open();
        var jurisdiction = await Jurisdiction.ForAsync(db, new Viewer(97, "x", AccountRole.CountyStaff, null, null));
        (await jurisdiction.People(db).CountAsync()).ShouldBe(0);
        (await jurisdiction.Organisations(db).CountAsync()).ShouldBe(0);
    }

    private Viewer ViewerOf(AccountRole role)
    {
        var account = _world.Accounts[role];
        return new Viewer(account.Id, account.DisplayName, role, account.OrganisationId, account.PersonId);
    }
}
