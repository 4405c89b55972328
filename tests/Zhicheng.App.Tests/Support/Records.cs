using Zhicheng.App.Data;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Tests.Support;

/// <summary>Small stored worlds for service tests: a city bureau, a county, an employer, people.</summary>
public static class Records
{
    private static int _sequence;

    /// <summary>A valid identity number born on <paramref name="birth"/> (sequence varies per call).</summary>
    public static string IdNumber(DateOnly birth, bool male = true, string area = "140802")
    {
        var sequence = (Interlocked.Increment(ref _sequence) % 450) * 2 + (male ? 1 : 0) + 100;
        var first17 = $"{area}{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdentityNumber.CheckCharacterFor(first17);
    }

    /// <summary>A valid credit code registered in <paramref name="division"/>.</summary>
    public static string CreditCode(string division = "140802")
    {
        var serial = Interlocked.Increment(ref _sequence).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = $"91{division}M{serial}";
        return first17 + Domain.Identity.CreditCode.CheckCharacterFor(first17);
    }

    public static async Task<Organisation> Add(AppDbContext db, Organisation organisation, Organisation? parent = null)
    {
        if (parent is not null)
        {
            organisation.PlaceUnder(parent);
        }
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    public static Organisation Bureau(string name = "运城市人力资源和社会保障局") =>
        new() { Name = name, Kind = OrganisationKind.CityBureau, DivisionCode = "140800" };

    public static Organisation Employer(string name = "运城市第一医院", EmploymentType type = EmploymentType.PublicInstitution) =>
        new() { Name = name, Kind = OrganisationKind.Employer, CreditCode = CreditCode(), EmploymentType = type };

    public static Person Person(int unitId, string name = "张三", DateOnly? birth = null)
    {
        var person = new Person { IdNumber = "", Name = name, UnitId = unitId, WorkStartDate = new DateOnly(2012, 7, 1) };
        person.SetIdentity(IdentityNumber.Parse(IdNumber(birth ?? new DateOnly(1990, 1, 1))));
        return person;
    }
}
