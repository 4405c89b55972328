using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Demo;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Tests.Demo;

public sealed class DemoCityTests(DemoCityFixture city) : IClassFixture<DemoCityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_WritesACityOfTheExpectedSize()
    {
        city.Result.Seeded.ShouldBeTrue(city.Result.Refusal);
        await using var db = city.Open();
        var kinds = await db.Organisations.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Cancel);
        kinds[OrganisationKind.CityBureau].ShouldBe(1);
        kinds[OrganisationKind.CountyBureau].ShouldBe(13);
        kinds[OrganisationKind.Department].ShouldBeInRange(10, 20);
        kinds[OrganisationKind.Employer].ShouldBeInRange(180, 230);
        kinds[OrganisationKind.LabourDispatch].ShouldBeInRange(2, 3);
        kinds[OrganisationKind.TalentService].ShouldBe(2);
        var people = await db.People.CountAsync(Cancel);
        people.ShouldBeInRange(4900, 5100);
        city.Result.People.ShouldBe(people);
        EmploymentType?[] without = [EmploymentType.IndividualBusiness, EmploymentType.Flexible, EmploymentType.Freelancer];
        var withoutEmployer = await db.People.CountAsync(p => without.Contains(p.EmploymentType), Cancel);
        ((double)withoutEmployer / people).ShouldBeInRange(0.04, 0.06);
        (await db.Assessments.CountAsync(Cancel)).ShouldBeGreaterThan(people * 7);
        (await db.Titles.CountAsync(Cancel)).ShouldBeGreaterThan(people);
    }

    [Fact]
    public async Task Bureaus_CarryTheirDivisionCodes()
    {
        await using var db = city.Open();
        var bureaus = await db.Organisations.Where(o => o.Kind == OrganisationKind.CityBureau || o.Kind == OrganisationKind.CountyBureau)
            .ToDictionaryAsync(o => o.Name, o => o.DivisionCode, Cancel);

        bureaus["运城市人力资源和社会保障局"].ShouldBe("140800");
        bureaus["盐湖区人力资源和社会保障局"].ShouldBe("140802");
        bureaus["芮城县人力资源和社会保障局"].ShouldBe("140830");
        bureaus["永济市人力资源和社会保障局"].ShouldBe("140881");
        bureaus["河津市人力资源和社会保障局"].ShouldBe("140882");
    }

    [Fact]
    public async Task IdentityNumbers_AreValidUniqueAndAgreeWithSexAndBirth()
    {
        await using var db = city.Open();
        var people = await db.People.Select(p => new { p.IdNumber, p.Sex, p.BirthDate }).ToListAsync(Cancel);

        people.Select(p => p.IdNumber).Distinct().Count().ShouldBe(people.Count);
        foreach (var person in people)
        {
            IdentityNumber.TryParse(person.IdNumber, out var number, out var error).ShouldBeTrue($"{person.IdNumber}: {error}");
            number.Sex.ShouldBe(person.Sex);
            number.BirthDate.ShouldBe(person.BirthDate);
            person.BirthDate.Year.ShouldBeInRange(1965, 2000);
        }
        people.Count(p => p.IdNumber.StartsWith("1408", StringComparison.Ordinal) || p.IdNumber.StartsWith("1427", StringComparison.Ordinal))
            .ShouldBeGreaterThan(people.Count * 9 / 10);
    }

    [Fact]
    public async Task CreditCodes_AreValidUniqueAndRegisteredInTheirArea()
    {
        await using var db = city.Open();
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(Cancel);
        var byId = organisations.ToDictionary(o => o.Id);

        organisations.ShouldAllBe(o => o.CreditCode != null);
        organisations.Select(o => o.CreditCode).Distinct().Count().ShouldBe(organisations.Count);
        foreach (var organisation in organisations)
        {
            CreditCode.TryParse(organisation.CreditCode, out var code, out var error).ShouldBeTrue($"{organisation.Name}: {error}");
            var bureau = organisation.IsBureau ? organisation : byId[organisation.ParentId!.Value];
            bureau.IsBureau.ShouldBeTrue(organisation.Name);
            code.DivisionCode.ShouldBe(bureau.DivisionCode, organisation.Name);
        }
    }

    [Fact]
    public async Task Employers_PublicInstitutionsHaveADepartmentOthersNone()
    {
        await using var db = city.Open();
        var employers = await db.Organisations.Where(o => o.Kind == OrganisationKind.Employer).Include(o => o.CompetentDepartment).ToListAsync(Cancel);
        var root = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.CityBureau, Cancel);

        employers.ShouldAllBe(e => e.Path.StartsWith(root.SubtreePrefix) || e.ParentId == root.Id);
        employers.Where(e => e.EmploymentType == EmploymentType.PublicInstitution)
            .ShouldAllBe(e => e.CompetentDepartment != null && e.CompetentDepartment.Kind == OrganisationKind.Department);
        employers.Where(e => e.EmploymentType != EmploymentType.PublicInstitution).ShouldAllBe(e => e.CompetentDepartmentId == null);
        employers.Select(e => e.EmploymentType).Distinct().Count().ShouldBe(4);
        employers.Count(e => e.CompetentDepartment?.Name == "运城市卫生健康委员会").ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Titles_AscendFromA初定_AndNoneBeforeEighteen()
    {
        await using var db = city.Open();
        var people = await db.People.AsNoTracking().Include(p => p.Titles).Include(p => p.Education).AsSplitQuery().ToListAsync(Cancel);

        foreach (var person in people.Where(p => p.Titles.Count > 0))
        {
            var titles = person.Titles.OrderBy(t => t.TransferredOn ?? t.ObtainedOn).ThenBy(t => t.Level).ToList();
            titles[0].Source.ShouldBe(TitleSource.InitialDetermination, person.Name);
            titles[0].ObtainedOn.ShouldBeGreaterThan(person.Education.Where(e => e.FullTime).Max(e => e.ObtainedOn));
            person.WorkStartDate.ShouldNotBeNull().ShouldBeGreaterThan(person.Education.Where(e => e.FullTime).Max(e => e.ObtainedOn));
            for (var i = 1; i < titles.Count; i++)
            {
                var (before, after) = (titles[i - 1], titles[i]);
                if (after.Source == TitleSource.Transfer)
                {
                    after.Level.ShouldBe(before.Level);
                    after.TransferredOn.ShouldNotBeNull().ShouldBeGreaterThan(after.ObtainedOn);
                }
                else
                {
                    after.Source.ShouldBe(TitleSource.Evaluation);
                    after.Level.ShouldBe(before.Level + 1);
                    after.ObtainedOn.ShouldBeGreaterThan(before.TransferredOn ?? before.ObtainedOn);
                }
            }
            titles.ShouldAllBe(t => t.ObtainedOn >= person.BirthDate.AddYears(18) && (t.TransferredOn ?? t.ObtainedOn) <= DemoCityFixture.Today);
            (titles[^1].Series, titles[^1].Specialty).ShouldBe((person.PostSeries!, person.PostSpecialty!), person.Name);
        }
        var all = people.SelectMany(p => p.Titles).ToList();
        all.Count(t => t.Source == TitleSource.Transfer).ShouldBeInRange(10, 400);
        all.Count(t => t.Level == TitleLevel.Senior).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Assessments_EveryYearSinceJoiningOr2015_UpToLastYear()
    {
        await using var db = city.Open();
        var people = await db.People.AsNoTracking().Include(p => p.Assessments).ToListAsync(Cancel);

        foreach (var person in people)
        {
            var first = Math.Max(2015, person.WorkStartDate!.Value.Year);
            person.Assessments.Select(a => a.Year).Order().ShouldBe(Enumerable.Range(first, DemoCityFixture.Today.Year - first), person.Name);
        }
        var grades = people.SelectMany(p => p.Assessments).GroupBy(a => a.Grade).ToDictionary(g => g.Key, g => g.Count());
        var total = grades.Values.Sum();
        ((double)grades[AssessmentGrade.Qualified] / total).ShouldBeGreaterThan(0.7);
        ((double)grades[AssessmentGrade.Excellent] / total).ShouldBeInRange(0.08, 0.2);
        grades[AssessmentGrade.BasicallyQualified].ShouldBeGreaterThan(0);
        grades[AssessmentGrade.Unqualified].ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Accounts_OnePerRole_BelongToTheirOrganisationOrPerson()
    {
        await using var db = city.Open();
        var hasher = new PasswordHasher<Account>();

        DemoCity.Accounts.Select(a => a.Role).ShouldBe(Enum.GetValues<AccountRole>(), ignoreOrder: true);
        foreach (var demo in DemoCity.Accounts)
        {
            var normalized = demo.UserName.ToUpperInvariant();
            var account = await db.Users.SingleAsync(a => a.NormalizedUserName == normalized, Cancel);
            account.Role.ShouldBe(demo.Role);
            account.EmailConfirmed.ShouldBeTrue();
            account.LockoutEnabled.ShouldBeTrue();
            account.SecurityStamp.ShouldNotBeNullOrEmpty();
            hasher.VerifyHashedPassword(account, account.PasswordHash!, "Zhicheng@2024").ShouldBe(PasswordVerificationResult.Success);
            var holder = demo.Role == AccountRole.Applicant
                ? await db.People.Where(p => p.Id == account.PersonId).Select(p => p.Name).SingleAsync(Cancel)
                : await db.Organisations.Where(o => o.Id == account.OrganisationId).Select(o => o.Name).SingleAsync(Cancel);
            holder.ShouldBe(demo.Holder);
        }
        var hr = await db.Users.SingleAsync(a => a.Role == AccountRole.EmployerHr, Cancel);
        var reviewer = await db.Users.SingleAsync(a => a.Role == AccountRole.DepartmentReviewer, Cancel);
        var applicant = await db.Users.SingleAsync(a => a.Role == AccountRole.Applicant, Cancel);
        var hospital = await db.Organisations.SingleAsync(o => o.Id == hr.OrganisationId, Cancel);
        hospital.CompetentDepartmentId.ShouldBe(reviewer.OrganisationId);
        (await db.People.SingleAsync(p => p.Id == applicant.PersonId, Cancel)).UnitId.ShouldBe(hospital.Id);
    }

    [Fact]
    public async Task DemoFlag_IsSet()
    {
        await using var db = city.Open();

        (await DemoCity.IsDemoAsync(db, Cancel)).ShouldBeTrue();
    }

    [Fact]
    public async Task AuditTrail_VerifiesAndRecordsEveryPerson()
    {
        await using var db = city.Open();

        (await AuditVerifier.VerifyAsync(db, Cancel)).Intact.ShouldBeTrue();
        (await db.AuditEntries.CountAsync(e => e.EntityType == "Person", Cancel)).ShouldBe(await db.People.CountAsync(Cancel));
    }

    [Fact]
    public async Task Seed_Again_RefusesAndChangesNothing()
    {
        await using var db = city.Open();
        var (people, audit) = (await db.People.CountAsync(Cancel), await db.AuditEntries.CountAsync(Cancel));

        var again = await DemoCity.SeedAsync(db, new FixedClock(DemoCityFixture.Now), Cancel);

        again.Seeded.ShouldBeFalse();
        again.Refusal.ShouldNotBeNull().ShouldContain("空数据库");
        (await db.People.CountAsync(Cancel)).ShouldBe(people);
        (await db.AuditEntries.CountAsync(Cancel)).ShouldBe(audit);
    }
}
