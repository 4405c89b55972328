using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Qualification;

/// <summary>
/// <c>zhicheng qualification-check --as USERNAME --committee ID</c>, the real program on a site's database: every
/// application waiting at the committee office is checked, progress goes to standard error, the failures are printed
/// with their clauses and the report is written as a workbook with masked identity numbers; bad usage otherwise.
/// </summary>
public sealed class QualificationCommandTests(OfficeQueueSite office) : IClassFixture<OfficeQueueSite>
{
    private const string OfficeUser = OfficeQueueSite.OfficeUser;
    private static int Year => OfficeQueueSite.ThisYear;
    private WorldSite Site => office.Site;
    private TestYear _year => office.Setup;


    [Fact]
    public async Task ChecksEveryApplicationAtTheOffice_PrintsFailures_AndWritesTheReport()
    {
        using var files = new TempDir();
        var xlsx = files.File("资格审查.xlsx");

        var result = await Cli("qualification-check", "--as", OfficeUser, "--committee", _year.Committee.Id.ToString(CultureInfo.InvariantCulture), "--xlsx", xlsx);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardError.ShouldContain("资格审查 2/2");
        result.StandardOutput.ShouldContain($"{Year}年度资格审查（卫生评委会办公室");
        result.StandardOutput.ShouldContain("共 2 份，通过 1 份，未通过 1 份");
        result.StandardOutput.ShouldContain(Site.World.Engineer.Name);
        result.StandardOutput.ShouldContain("（MOHRSS-40-unit-review）");
        result.StandardOutput.ShouldNotContain(Site.World.Engineer.IdNumber);
        var rows = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(2);
        rows.Single(r => (string?)r["姓名"] == Site.World.Doctor.Name)["审查结果"].ShouldBe("通过");
        ((string)rows.Single(r => (string?)r["姓名"] == Site.World.Engineer.Name)["公民身份号码"]!).ShouldContain("*");
    }

    [Theory]
    [InlineData("employer.hr")]
    [InlineData("city.admin")]
    public async Task ForAnAccountThatIsNotTheOffice_IsBadUsage(string account)
    {
        var result = await Cli("qualification-check", "--as", account, "--committee", _year.Committee.Id.ToString(CultureInfo.InvariantCulture));

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("不是编号");
    }

    private Task<ZhichengProcess.Result> Cli(params string[] args) =>
        ZhichengProcess.RunWith(new Dictionary<string, string> { ["ZHICHENG_DB"] = Site.Factory.Database.ConnectionString }, args);
}

/// <summary>
/// <see cref="WorldSite"/> with this year's committee of <see cref="TestYear"/> and two applications waiting at its office
/// (the doctor's, eligible; the engineer's, not), and the office's account <see cref="OfficeUser"/>.
/// </summary>
public sealed class OfficeQueueSite : IAsyncLifetime
{
    public const string OfficeUser = "health.office.cli";

    public static int ThisYear { get; } = DateTime.Now.Year;

    public WorldSite Site { get; } = new();

    public TestYear Setup { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Site.InitializeAsync();
        var site = Site;
        var clock = new TestClock(new DateOnly(ThisYear, 3, 10));
        Setup = await TestYear.BuildAsync(site.Factory.Database, site.World, clock, ThisYear);
        await using var db = site.Factory.Database.Open("test:cli");
        foreach (var year in new[] { 2024, 2025 }.Where(y => y < ThisYear))
        {
            db.Assessments.Add(new PersonAssessment { PersonId = site.World.Doctor.Id, Year = year, Grade = AssessmentGrade.Qualified });
        }
        db.Applications.Add(AtOffice(site, site.World.Doctor, site.World.Hospital.Id));
        db.Applications.Add(AtOffice(site, site.World.Engineer, site.World.Company.Id));
        var office = new Account
        {
            UserName = OfficeUser, NormalizedUserName = OfficeUser.ToUpperInvariant(), DisplayName = "卫生评委会办公室",
            Role = AccountRole.CommitteeOffice, OrganisationId = site.World.Health.Id, SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        office.PasswordHash = new PasswordHasher<Account>().HashPassword(office, TestWorld.Password);
        db.Users.Add(office);
        await db.SaveChangesAsync();
        // The site's catalogue of standards in force reloads every minute; the year's standard is needed at once.
        await site.Factory.Services.GetRequiredService<PublishedStandards>().RefreshAsync(db);
    }

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();

    private TitleApplication AtOffice(WorldSite site, Person person, int unit)
    {
        var application = new TitleApplication
        {
            Number = $"SB{ThisYear}-CLI{person.Id:D3}", PersonId = person.Id, CommitteeId = Setup.Committee.Id, Year = ThisYear, Route = Route.Promotion,
            Series = TestYear.Series, Specialty = TestYear.Specialty, Level = TitleLevel.AssociateSenior, Channel = Channel.Employer, UnitId = unit,
            Stage = ApplicationStage.InReview, StepIndex = 2, StepKind = ReviewStepKind.CommitteeOffice, ReviewerOrganisationId = site.World.Health.Id,
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        application.Steps.Add(new ApplicationStep { Order = 1, Kind = ReviewStepKind.Unit, OrganisationId = unit, ApprovedAt = DateTimeOffset.UtcNow });
        application.Steps.Add(new ApplicationStep { Order = 2, Kind = ReviewStepKind.CommitteeOffice, OrganisationId = site.World.Health.Id });
        return application;
    }
}
