using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Identity;
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

    [Fact]
    public async Task Person_MovedToAnotherCounty_LeavesTheOldCountyAndJoinsTheNew()
    {
        await using (var db = _database.Open())
        {
            var engineer = await db.People.SingleAsync(p => p.Id == _world.Engineer.Id);
            engineer.UnitId = _world.School.Id;
            await db.SaveChangesAsync();
        }
        await using var read = _database.Open();
        (await NamesSeenBy(read, _world.Yanhu)).ShouldBe(["李医生"]);
        (await NamesSeenBy(read, _world.Yongji)).ShouldBe(["王工程师", "赵老师"]);
        (await read.AuditEntries.AnyAsync(e => e.Summary.Contains("BureauId"))).ShouldBeFalse("the derived bureau is not audit news");
    }

    [Fact]
    public async Task Person_AddedWithANewUnitInTheSameSave_BelongsToThatUnitsCounty()
    {
        await using (var db = _database.Open())
        {
            var yongji = await db.Organisations.SingleAsync(o => o.Id == _world.Yongji.Id);
            var clinic = new Organisation { Kind = OrganisationKind.Employer, Name = "永济市社区卫生服务中心" };
            clinic.PlaceUnder(yongji);
            const string first17 = "14088119900101001";
            var nurse = new Person { IdNumber = "", Name = "孙护士", Unit = clinic };
            nurse.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
            db.People.Add(nurse);
            await db.SaveChangesAsync();
        }
        await using var read = _database.Open();
        (await NamesSeenBy(read, _world.Yongji)).ShouldBe(["孙护士", "赵老师"]);
        (await NamesSeenBy(read, _world.Yanhu)).ShouldBe(["李医生", "王工程师"]);
    }

    [Fact]
    public async Task BackfillSql_SetsEveryPersonsBureau_AsSavingDoes()
    {
        await using var db = _database.Open();
        var saved = await db.People.OrderBy(p => p.Id).Select(p => p.BureauId).ToListAsync();
        saved.ShouldAllBe(b => b != null);
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.BureauId, (int?)null));
        await db.Database.ExecuteSqlRawAsync(PersonBureaus.BackfillSql);
        (await db.People.OrderBy(p => p.Id).Select(p => p.BureauId).ToListAsync()).ShouldBe(saved);
        saved.ShouldBe([_world.Yanhu.Id, _world.Yanhu.Id, _world.Yongji.Id]);
    }

    private static async Task<List<string>> NamesSeenBy(Data.AppDbContext db, Organisation bureau)
    {
        var jurisdiction = await Jurisdiction.ForAsync(db, new Viewer(96, "经办人", AccountRole.CountyStaff, bureau.Id, null));
        return [.. (await jurisdiction.People(db).Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    private Viewer ViewerOf(AccountRole role)
    {
        var account = _world.Accounts[role];
        return new Viewer(account.Id, account.DisplayName, role, account.OrganisationId, account.PersonId);
    }
}
