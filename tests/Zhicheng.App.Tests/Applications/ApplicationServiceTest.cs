using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// The 2025 year of <see cref="YearServiceTest"/> with applications open: the health department's senior 临床医学
/// committee (its office is the department's <see cref="Office"/> account) opened applications, the clock stands on
/// Monday 2025-08-25 inside the window (08-20…09-20, D 09-30), and the doctor's record has its 2024 assessment, so
/// that a promotion to 副高级 is eligible. The doctor's chain: 中心医院 → 卫健委 → 盐湖区人社局 → 评委会办公室.
/// </summary>
public abstract class ApplicationServiceTest : YearServiceTest
{
    public static readonly DateOnly WindowDay = new(2025, 8, 25);

    protected TestYear Setup { get; private set; } = null!;

    /// <summary>The standards in force, as the web app's catalogue holds them once refreshed.</summary>
    protected PublishedStandards Published { get; } = new();

    /// <summary>The office of the committee: an account of its founding unit, the health department.</summary>
    protected Viewer Office => new(9_100, "卫生评委会办公室", AccountRole.CommitteeOffice, World.Health.Id, null);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Setup = await TestYear.BuildAsync(Database, World, Clock, Year, Published);
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, Setup.Committee.Id, Year)).ShouldSucceed();
        }
        await using (var db = Read())
        {
            db.Assessments.Add(new PersonAssessment { PersonId = World.Doctor.Id, Year = 2024, Grade = AssessmentGrade.Qualified });
            await db.SaveChangesAsync();
        }
        Clock.Today = WindowDay;
    }

    protected Task<Desk> As(AccountRole role) => Desk.OpenAsync(Database, World, role, Clock, Published);

    protected new Task<Desk> As(Viewer viewer) => Desk.OpenAsync(Database, viewer, Clock, Published);

    /// <summary>The doctor's promotion to 副高级 临床医学 at the year's committee.</summary>
    protected ApplicationRequest Promotion(Person? person = null, string specialty = TestYear.Specialty, string series = TestYear.Series) =>
        new((person ?? World.Doctor).Id, Setup.Committee.Id, Route.Promotion, series, specialty, TitleLevel.AssociateSenior);

    /// <summary>The doctor's application, created and submitted by the doctor; now at the hospital's step.</summary>
    protected async Task<TitleApplication> SubmittedAsync()
    {
        await using var doctor = await As(AccountRole.Applicant);
        var created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        return (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, created.Id, created.Version)).ShouldSucceed();
    }

    /// <summary>The application as stored now.</summary>
    protected async Task<TitleApplication> StoredAsync(int id)
    {
        await using var db = Read();
        return await db.Applications.AsNoTracking().Include(a => a.Steps).Include(a => a.Events).Include(a => a.Objections).SingleAsync(a => a.Id == id);
    }
}
