using Zhicheng.App.Data;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Demo;

/// <summary>An employer (or labour-dispatch unit) of the demo city, stored, with what it needs to staff it.</summary>
internal sealed record DemoUnit(Organisation Organisation, DemoArea Area, DemoProfile Profile, int Weight);

/// <summary>
/// The demo city's organisations, stored parents first (a child's path needs its parent's id): the city bureau,
/// the 13 county bureaus, the industry departments, then the employers, labour-dispatch units and talent-service
/// agencies, each below the bureau of its area.
/// </summary>
internal sealed class DemoOrganisations
{
    private readonly Dictionary<string, Organisation> _byName = new(StringComparer.Ordinal);

    public required Organisation CityBureau { get; init; }

    public List<DemoUnit> Units { get; } = [];

    /// <summary>The public talent-service agencies, which hold the records of most people without an employer.</summary>
    public List<(Organisation Organisation, DemoArea Area)> TalentAgencies { get; } = [];

    /// <summary>The county bureaus, which hold the records of the rest of them.</summary>
    public List<(Organisation Organisation, DemoArea Area)> CountyBureaus { get; } = [];

    public int Count => _byName.Count;

    public Organisation Named(string name) => _byName[name];

    public static async Task<DemoOrganisations> CreateAsync(AppDbContext db, Random random, DemoCodes codes, CancellationToken cancellationToken)
    {
        var city = new Organisation
        {
            Kind = OrganisationKind.CityBureau, Name = "运城市人力资源和社会保障局", DivisionCode = DemoAreas.City.Division,
            CreditCode = codes.CreditCodeFor("11", DemoAreas.City.Division),
        };
        var set = new DemoOrganisations { CityBureau = city };
        await set.SaveAsync(db, [city], cancellationToken);

        var bureaus = new Dictionary<DemoArea, Organisation> { [DemoAreas.City] = city };
        foreach (var county in DemoAreas.Counties)
        {
            var bureau = Under(city, county, OrganisationKind.CountyBureau, $"{county.Name}人力资源和社会保障局", "11", codes);
            bureau.DivisionCode = county.Division;
            bureaus[county] = bureau;
            set.CountyBureaus.Add((bureau, county));
        }
        await set.SaveAsync(db, set.CountyBureaus.Select(b => b.Organisation), cancellationToken);

        var departments = new Dictionary<(DemoArea, string), Organisation>();
        foreach (var (area, industry) in DemoDepartments.CityIndustries.Select(i => (DemoAreas.City, i))
            .Concat(DemoDepartments.CountyIndustries.Select(c => (DemoAreas.Counties.Single(a => a.Name == c.Area), c.Industry))))
        {
            departments[(area, industry)] = Under(bureaus[area], area, OrganisationKind.Department, DemoDepartments.NameOf(area, industry), "11", codes);
        }
        await set.SaveAsync(db, departments.Values, cancellationToken);

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in DemoAreas.Counties.Prepend(DemoAreas.City))
        {
            var fixedOnes = area == DemoAreas.City ? DemoEmployers.OfCity : DemoEmployers.OfCounty(area);
            var companies = area == DemoAreas.City ? 14 : area.Name == "盐湖区" ? 4 : random.Next(1, 3);
            foreach (var employer in fixedOnes.Concat(DemoEmployers.Private(area, companies, random, taken)))
            {
                var organisation = set.Employer(bureaus[area], area, employer, OrganisationKind.Employer, codes);
                if (employer.Profile.Industry is { } industry)
                {
                    organisation.CompetentDepartmentId = (departments.GetValueOrDefault((area, industry)) ?? departments[(DemoAreas.City, industry)]).Id;
                }
            }
        }
        (string Name, DemoArea Area, EmploymentType Type, int Weight)[] dispatch =
        [
            ("运城市人力资源服务有限公司", DemoAreas.City, EmploymentType.StateOwnedEnterprise, 40),
            ("山西晋南劳务派遣有限公司", DemoAreas.City, EmploymentType.NonPublic, 30),
            ("永济市鑫诚劳务派遣有限公司", DemoAreas.Counties.Single(a => a.Name == "永济市"), EmploymentType.NonPublic, 20),
        ];
        foreach (var (name, area, type, weight) in dispatch)
        {
            set.Employer(bureaus[area], area, new DemoEmployer(name, DemoProfiles.LabourDispatch with { Type = type }, weight), OrganisationKind.LabourDispatch, codes);
        }
        foreach (var area in new[] { DemoAreas.City, DemoAreas.Counties[0] })
        {
            var name = area == DemoAreas.City ? "运城市人才交流服务中心" : $"{area.Name}人才交流服务中心";
            var agency = Under(bureaus[area], area, OrganisationKind.TalentService, name, "12", codes);
            agency.EmploymentType = EmploymentType.PublicInstitution;
            set.TalentAgencies.Add((agency, area));
        }
        await set.SaveAsync(db, set.Units.Select(u => u.Organisation).Concat(set.TalentAgencies.Select(h => h.Organisation)), cancellationToken);
        return set;
    }

    private Organisation Employer(Organisation bureau, DemoArea area, DemoEmployer employer, OrganisationKind kind, DemoCodes codes)
    {
        var credit = employer.Profile.Type switch
        {
            EmploymentType.GovernmentAgency => "11",
            EmploymentType.PublicInstitution => "12",
            _ => "91",
        };
        var organisation = Under(bureau, area, kind, employer.Name, credit, codes);
        organisation.EmploymentType = employer.Profile.Type;
        Units.Add(new DemoUnit(organisation, area, employer.Profile, employer.Weight));
        return organisation;
    }

    private static Organisation Under(Organisation parent, DemoArea area, OrganisationKind kind, string name, string credit, DemoCodes codes)
    {
        var organisation = new Organisation { Kind = kind, Name = name, CreditCode = codes.CreditCodeFor(credit, area.Division) };
        organisation.PlaceUnder(parent);
        return organisation;
    }

    private async Task SaveAsync(AppDbContext db, IEnumerable<Organisation> organisations, CancellationToken cancellationToken)
    {
        foreach (var organisation in organisations)
        {
            _byName.Add(organisation.Name, organisation);
            db.Organisations.Add(organisation);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
