using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Import;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Tests.Support;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Import.Support;

/// <summary>
/// A city with two counties for import tests: 盐湖区 holds a hospital, a school and a talent-service agency;
/// 永济市 holds a factory. Viewers for the city admin, 盐湖区 staff and each unit's HR; imports run on a clock
/// fixed at 2025-06-15.
/// </summary>
internal sealed class ImportWorld : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    private ImportWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public Organisation City { get; private set; } = null!;
    public Organisation Yanhu { get; private set; } = null!;
    public Organisation Yongji { get; private set; } = null!;
    public Organisation Hospital { get; private set; } = null!;
    public Organisation School { get; private set; } = null!;
    public Organisation Agency { get; private set; } = null!;
    public Organisation Factory { get; private set; } = null!;

    public Viewer CityAdmin => new(1, "市局管理员", AccountRole.CityAdmin, City.Id, null);
    public Viewer YanhuStaff => new(2, "盐湖区人社局", AccountRole.CountyStaff, Yanhu.Id, null);
    public Viewer HospitalHr => new(3, "医院人事", AccountRole.EmployerHr, Hospital.Id, null);
    public Viewer FactoryHr => new(4, "工厂人事", AccountRole.EmployerHr, Factory.Id, null);
    public Viewer Reviewer => new(5, "主管部门", AccountRole.DepartmentReviewer, City.Id, null);

    public static async Task<ImportWorld> CreateAsync()
    {
        var world = new ImportWorld(TestDatabase.Create());
        await using var db = world.Database.Open("setup");
        world.City = await Records.Add(db, Records.Bureau());
        world.Yanhu = await Records.Add(db, County("盐湖区人力资源和社会保障局", "140802"), world.City);
        world.Yongji = await Records.Add(db, County("永济市人力资源和社会保障局", "140881"), world.City);
        world.Hospital = await Records.Add(db, Records.Employer("运城市第一医院"), world.Yanhu);
        world.School = await Records.Add(db, Records.Employer("盐湖区第二中学"), world.Yanhu);
        world.Agency = await Records.Add(db, new Organisation
        {
            Name = "盐湖区人才服务中心", Kind = OrganisationKind.TalentService, CreditCode = Records.CreditCode(),
        }, world.Yanhu);
        world.Factory = await Records.Add(db, Records.Employer("永济电机厂", EmploymentType.StateOwnedEnterprise), world.Yongji);
        return world;
    }

    public async Task<ImportReport> Import(ImportFile file, Viewer viewer)
    {
        await using var db = Database.Open(viewer.AuditName);
        return await new PeopleImport(db, new FixedClock(Now)).RunAsync(file, viewer);
    }

    /// <summary>How many people and audit entries there are (a rejected import must change neither).</summary>
    public async Task<(int People, int Titles, int Assessments, int Education, long Audit)> Counts()
    {
        await using var db = Database.Open();
        return (await db.People.CountAsync(), await db.Titles.CountAsync(), await db.Assessments.CountAsync(),
            await db.Education.CountAsync(), await db.AuditEntries.LongCountAsync());
    }

    public AppDbContext Open() => Database.Open();

    public void Dispose() => Database.Dispose();

    private static Organisation County(string name, string division) =>
        new() { Name = name, Kind = OrganisationKind.CountyBureau, DivisionCode = division };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
    }
}
