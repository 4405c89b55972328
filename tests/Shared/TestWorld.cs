using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Tests.Shared;

/// <summary>
/// A small city to test jurisdiction on: the city bureau; two county bureaus (盐湖区, 永济市); a city health
/// department; a hospital in 盐湖区 supervised by it; a company in 盐湖区 and a school in 永济市 without it;
/// one person at each employer (the hospital's with a full history); one account per role.
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Test@2024pass";

    private static int _serial = 10_000_000;

    public required Organisation City { get; init; }
    public required Organisation Yanhu { get; init; }
    public required Organisation Yongji { get; init; }
    public required Organisation Health { get; init; }
    public required Organisation Hospital { get; init; }
    public required Organisation Company { get; init; }
    public required Organisation School { get; init; }
    public required Person Doctor { get; init; }
    public required Person Engineer { get; init; }
    public required Person Teacher { get; init; }

    /// <summary>User names by role: city.admin, county.staff (盐湖区), dept.reviewer (health), employer.hr (hospital), committee.office, expert, applicant (the doctor).</summary>
    public required IReadOnlyDictionary<AccountRole, Account> Accounts { get; init; }

    public static async Task<TestWorld> BuildAsync(TestDatabase database)
    {
        await using var db = database.Open("test:world");
        var city = await Add(db, new Organisation { Name = "运城市人力资源和社会保障局", Kind = OrganisationKind.CityBureau, DivisionCode = "140800" }, null);
        var yanhu = await Add(db, new Organisation { Name = "盐湖区人力资源和社会保障局", Kind = OrganisationKind.CountyBureau, DivisionCode = "140802" }, city);
        var yongji = await Add(db, new Organisation { Name = "永济市人力资源和社会保障局", Kind = OrganisationKind.CountyBureau, DivisionCode = "140881" }, city);
        var health = await Add(db, new Organisation { Name = "运城市卫生健康委员会", Kind = OrganisationKind.Department, EmploymentType = EmploymentType.GovernmentAgency }, city);
        var hospital = await Add(db, Employer("运城市中心医院", "140802", EmploymentType.PublicInstitution, health.Id), yanhu);
        var company = await Add(db, Employer("山西盐湖电力工程有限公司", "140802", EmploymentType.NonPublic, null), yanhu);
        var school = await Add(db, Employer("永济市第一中学", "140881", EmploymentType.PublicInstitution, null), yongji);

        var doctor = Person(hospital, "李医生", "14080219850301", "卫生", "临床医学");
        doctor.Titles.Add(new TitleHeld { Series = "卫生", Specialty = "临床医学", Level = TitleLevel.Assistant, ObtainedOn = new(2011, 9, 1), Source = TitleSource.InitialDetermination });
        doctor.Titles.Add(new TitleHeld { Series = "卫生", Specialty = "临床医学", Level = TitleLevel.Intermediate, ObtainedOn = new(2016, 12, 20), Source = TitleSource.Evaluation, CertificateNumber = "YC2016-0001" });
        doctor.Education.Add(new PersonEducation { Degree = Degree.Bachelor, FullTime = true, ObtainedOn = new(2008, 7, 1), School = "山西医科大学" });
        for (var year = 2016; year <= 2023; year++)
        {
            doctor.Assessments.Add(new PersonAssessment { Year = year, Grade = year == 2022 ? AssessmentGrade.Excellent : AssessmentGrade.Qualified });
        }
        doctor.Achievements.Add(new PersonAchievement { Title = "急性心梗救治路径研究", ObtainedOn = new(2021, 5, 10) });
        var engineer = Person(company, "王工程师", "14080219900715", "工程", "电气工程");
        var teacher = Person(school, "赵老师", "14088119920220", "中小学教师", "数学");
        db.People.AddRange(doctor, engineer, teacher);
        await db.SaveChangesAsync();

        var accounts = new Dictionary<AccountRole, Account>
        {
            [AccountRole.CityAdmin] = Account("city.admin", "市局管理员", AccountRole.CityAdmin, city.Id, null),
            [AccountRole.CountyStaff] = Account("county.staff", "盐湖区人社局经办人", AccountRole.CountyStaff, yanhu.Id, null),
            [AccountRole.DepartmentReviewer] = Account("dept.reviewer", "卫健委审核人", AccountRole.DepartmentReviewer, health.Id, null),
            [AccountRole.EmployerHr] = Account("employer.hr", "中心医院人事科", AccountRole.EmployerHr, hospital.Id, null),
            [AccountRole.CommitteeOffice] = Account("committee.office", "评委会办公室", AccountRole.CommitteeOffice, city.Id, null),
            [AccountRole.Expert] = Account("expert", "评审专家", AccountRole.Expert, hospital.Id, null),
            [AccountRole.Applicant] = Account("applicant", "李医生", AccountRole.Applicant, null, doctor.Id),
        };
        db.Users.AddRange(accounts.Values);
        await db.SaveChangesAsync();
        return new TestWorld
        {
            City = city, Yanhu = yanhu, Yongji = yongji, Health = health, Hospital = hospital, Company = company, School = school,
            Doctor = doctor, Engineer = engineer, Teacher = teacher, Accounts = accounts,
        };
    }

    private static async Task<Organisation> Add(AppDbContext db, Organisation organisation, Organisation? parent)
    {
        if (parent is not null)
        {
            organisation.PlaceUnder(parent);
        }
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private static Organisation Employer(string name, string division, EmploymentType type, int? department)
    {
        var first17 = $"12{division}{Interlocked.Increment(ref _serial):D8}A";
        return new Organisation
        {
            Name = name, Kind = OrganisationKind.Employer, EmploymentType = type, CompetentDepartmentId = department,
            CreditCode = first17 + CreditCode.CheckCharacterFor(first17),
        };
    }

    private static Person Person(Organisation unit, string name, string areaAndBirth, string series, string specialty)
    {
        var first17 = areaAndBirth + "123";
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = unit.Id, WorkStartDate = new DateOnly(2008, 7, 15),
            PostSeries = series, PostSpecialty = specialty, PostSince = new DateOnly(2008, 7, 15),
        };
        person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        return person;
    }

    private static Account Account(string userName, string displayName, AccountRole role, int? organisation, int? person)
    {
        var account = new Account
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName, Role = role,
            OrganisationId = organisation, PersonId = person, LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, Password);
        return account;
    }
}
