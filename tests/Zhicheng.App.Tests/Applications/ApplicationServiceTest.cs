using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
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

    /// <summary>
    /// A person like the doctor — the same titles, education, assessments (2024 included) and achievements — with an
    /// identity number of their own (<paramref name="serial"/> makes the sequence code), held by <paramref name="unitId"/>
    /// (the hospital by default) with <paramref name="employmentType"/> on the record.
    /// </summary>
    protected async Task<Person> DoctorLikeAsync(string name, int serial, int? unitId = null, EmploymentType? employmentType = null)
    {
        await using var db = Read();
        var doctor = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Titles).Include(p => p.Education).Include(p => p.Assessments)
            .Include(p => p.Achievements).SingleAsync(p => p.Id == World.Doctor.Id);
        var first17 = $"14080219870412{serial % 1000:D3}";
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = unitId ?? World.Hospital.Id, EmploymentType = employmentType, WorkStartDate = doctor.WorkStartDate,
            PostSeries = doctor.PostSeries, PostSpecialty = doctor.PostSpecialty, PostSince = doctor.PostSince,
            Titles = [.. doctor.Titles.Select(t => new TitleHeld { Series = t.Series, Specialty = t.Specialty, Level = t.Level, ObtainedOn = t.ObtainedOn, Source = t.Source, CertificateNumber = t.CertificateNumber })],
            Education = [.. doctor.Education.Select(e => new PersonEducation { Degree = e.Degree, FullTime = e.FullTime, ObtainedOn = e.ObtainedOn, School = e.School, Major = e.Major })],
            Assessments = [.. doctor.Assessments.Select(a => new PersonAssessment { Year = a.Year, Grade = a.Grade })],
            Achievements = [.. doctor.Achievements.Select(a => new PersonAchievement { Title = a.Title, ObtainedOn = a.ObtainedOn })],
        };
        person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>The promotion of <paramref name="person"/>, created and submitted by the hospital's HR; at the hospital's step.</summary>
    protected async Task<TitleApplication> SubmittedByHrAsync(Person person)
    {
        await using var hr = await As(AccountRole.EmployerHr);
        var created = (await hr.Applications.CreateAsync(hr.Jurisdiction, Promotion(person))).ShouldSucceed();
        return (await hr.Applications.SubmitAsync(hr.Jurisdiction, created.Id, created.Version)).ShouldSucceed();
    }

    /// <summary>
    /// Hospital applications at the hospital's step taken to the committee office: publicised from today, the clock moved
    /// to the first working day after the publicity, recommended, approved by the department and by 盐湖区.
    /// </summary>
    protected async Task<List<TitleApplication>> ToOfficeAsync(params TitleApplication[] applications)
    {
        var moved = new List<TitleApplication>();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            foreach (var application in applications)
            {
                moved.Add((await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed());
            }
        }
        var end = moved.Max(a => a.PublicityEnd!.Value);
        Clock.Today = Domain.Calendar.WorkingDayCalendar.China.AddWorkingDays(end, 1);
        foreach (var role in new[] { AccountRole.EmployerHr, AccountRole.DepartmentReviewer, AccountRole.CountyStaff })
        {
            await using var desk = await As(role);
            for (var i = 0; i < moved.Count; i++)
            {
                moved[i] = (await desk.Review.ApproveAsync(desk.Jurisdiction, moved[i].Id, moved[i].Version, null, false)).ShouldSucceed();
            }
        }
        return moved;
    }

    /// <summary>The doctor's application, submitted and taken to the committee office.</summary>
    protected async Task<TitleApplication> DoctorAtOfficeAsync() => (await ToOfficeAsync(await SubmittedAsync())).Single();

    /// <summary>
    /// A second committee of the health department (founded and approved on <see cref="YearServiceTest.Start"/>) with
    /// <paramref name="form"/>, its 2025 plan approved and — when <paramref name="open"/> — applications opened.
    /// </summary>
    protected async Task<Committee> SecondCommitteeAsync(FilingForm form, bool open, int rosterSize = TestYear.RosterSize)
    {
        var today = Clock.Today;
        Clock.Today = Start;
        try
        {
            var (committee, _) = await TestYear.FileCommitteeAsync(Database, World, Clock, form, rosterSize);
            await TestYear.ApprovePlanAsync(Database, World, Clock, committee.Id, Year, Setup.Standard.Id);
            if (open)
            {
                await using var dept = await As(AccountRole.DepartmentReviewer);
                (await dept.Plans.OpenApplicationsAsync(dept.Jurisdiction, committee.Id, Year)).ShouldSucceed();
            }
            return committee;
        }
        finally
        {
            Clock.Today = today;
        }
    }

    /// <summary>How many rows of each kind the feature writes, to show that a refusal wrote nothing.</summary>
    protected async Task<Written> WrittenAsync()
    {
        await using var db = Read();
        return new Written(await db.Applications.CountAsync(), await db.ApplicationSteps.CountAsync(), await db.ApplicationEvents.CountAsync(),
            await db.Materials.CountAsync(), await db.MaterialContents.CountAsync(), await db.Objections.CountAsync(),
            await db.IntegrityEntries.CountAsync(), await db.UnitActions.CountAsync(), await db.AuditEntries.CountAsync(),
            await db.Applications.SumAsync(a => a.Version), await db.Titles.CountAsync(t => t.RevokedOn != null));
    }

    protected sealed record Written(int Applications, int Steps, int Events, int Materials, int Contents, int Objections, int IntegrityEntries,
        int UnitActions, int AuditEntries, int VersionSum, int RevokedTitles);
}
