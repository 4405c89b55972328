using Zhicheng.Domain.Eligibility;
using F = Zhicheng.App.Features.Demo.DemoFields;

namespace Zhicheng.App.Features.Demo;

/// <summary>
/// What kind of unit a demo employer is: its 单位性质, the industry (a <see cref="DemoDepartments"/> key) whose
/// department supervises it — public institutions only — and the lines of work its people do, with odds.
/// </summary>
internal sealed record DemoProfile(EmploymentType Type, string? Industry, (DemoField Field, int Weight)[] Fields)
{
    public DemoField PickField(Random random)
    {
        var roll = random.Next(Fields.Sum(f => f.Weight));
        foreach (var (field, weight) in Fields)
        {
            if ((roll -= weight) < 0)
            {
                return field;
            }
        }
        return Fields[^1].Field;
    }

    /// <summary>Another line of work of this unit (for a 转评 after a change of post), or 经济 when it has no other.</summary>
    public DemoField OtherField(DemoField current, Random random)
    {
        var others = Fields.Select(f => f.Field).Where(f => f != current).ToArray();
        return others.Length == 0 ? F.Economics : others[random.Next(others.Length)];
    }
}

/// <summary>The kinds of unit in the demo city.</summary>
internal static class DemoProfiles
{
    private const EmploymentType Public = EmploymentType.PublicInstitution;
    private const EmploymentType StateOwned = EmploymentType.StateOwnedEnterprise;
    private const EmploymentType NonPublic = EmploymentType.NonPublic;

    public static readonly DemoProfile Hospital = new(Public, DemoDepartments.Health,
        [(F.Clinical, 48), (F.Nursing, 32), (F.MedicalTechnology, 10), (F.ChineseMedicine, 4), (F.Accounting, 3), (F.Economics, 3)]);

    public static readonly DemoProfile TcmHospital = new(Public, DemoDepartments.Health,
        [(F.ChineseMedicine, 40), (F.Clinical, 20), (F.Nursing, 28), (F.MedicalTechnology, 8), (F.Accounting, 4)]);

    public static readonly DemoProfile Clinic = new(Public, DemoDepartments.Health,
        [(F.Clinical, 40), (F.Nursing, 28), (F.PublicHealth, 14), (F.ChineseMedicine, 10), (F.MedicalTechnology, 8)]);

    public static readonly DemoProfile DiseaseControl = new(Public, DemoDepartments.Health,
        [(F.PublicHealth, 60), (F.MedicalTechnology, 25), (F.Clinical, 10), (F.Accounting, 5)]);

    public static readonly DemoProfile School = new(Public, DemoDepartments.Education, [(F.Teacher, 94), (F.Accounting, 3), (F.Library, 3)]);

    public static readonly DemoProfile AgricultureCentre = new(Public, DemoDepartments.Agriculture,
        [(F.Agriculture, 80), (F.Economics, 10), (F.Accounting, 10)]);

    public static readonly DemoProfile ResearchInstitute = new(Public, DemoDepartments.Science,
        [(F.Research, 70), (F.Agriculture, 15), (F.Accounting, 15)]);

    public static readonly DemoProfile WaterInstitute = new(Public, DemoDepartments.Water, [(F.Water, 85), (F.Accounting, 15)]);

    public static readonly DemoProfile DesignInstitute = new(Public, DemoDepartments.Housing,
        [(F.Construction, 70), (F.Surveying, 15), (F.Economics, 15)]);

    public static readonly DemoProfile HighwayCentre = new(Public, DemoDepartments.Transport,
        [(F.Construction, 75), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile SurveyInstitute = new(Public, DemoDepartments.NaturalResources,
        [(F.Surveying, 80), (F.Electronics, 10), (F.Accounting, 10)]);

    public static readonly DemoProfile IndustryCentre = new(Public, DemoDepartments.Industry,
        [(F.Electronics, 50), (F.Industrial, 30), (F.Economics, 20)]);

    public static readonly DemoProfile CultureCentre = new(Public, DemoDepartments.Culture, [(F.Culture, 70), (F.Library, 10), (F.Accounting, 20)]);

    public static readonly DemoProfile LibraryUnit = new(Public, DemoDepartments.Culture, [(F.Library, 85), (F.Accounting, 15)]);

    public static readonly DemoProfile MuseumUnit = new(Public, DemoDepartments.Culture, [(F.Museum, 85), (F.Accounting, 15)]);

    public static readonly DemoProfile OperaTroupe = new(Public, DemoDepartments.Culture, [(F.Opera, 90), (F.Accounting, 10)]);

    public static readonly DemoProfile PowerGrid = new(StateOwned, null, [(F.Electrical, 70), (F.Economics, 12), (F.Accounting, 10), (F.Electronics, 8)]);

    public static readonly DemoProfile CityInvestment = new(StateOwned, null, [(F.Construction, 70), (F.Economics, 18), (F.Accounting, 12)]);

    public static readonly DemoProfile WaterGroup = new(StateOwned, null, [(F.Water, 60), (F.Industrial, 15), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile TransportGroup = new(StateOwned, null, [(F.Construction, 50), (F.Economics, 30), (F.Accounting, 20)]);

    public static readonly DemoProfile AgricultureGroup = new(StateOwned, null, [(F.Agriculture, 60), (F.Economics, 25), (F.Accounting, 15)]);

    public static readonly DemoProfile Finance = new(EmploymentType.GovernmentAgency, null, [(F.Accounting, 80), (F.Economics, 20)]);

    public static readonly DemoProfile StatisticsOffice = new(EmploymentType.GovernmentAgency, null, [(F.Statistics, 80), (F.Economics, 20)]);

    public static readonly DemoProfile PrivateHospital = Hospital with { Type = NonPublic, Industry = null };

    public static readonly DemoProfile PrivateSchool = School with { Type = NonPublic, Industry = null };

    public static readonly DemoProfile ElectricalCompany = new(NonPublic, null, [(F.Electrical, 75), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile BuildingCompany = new(NonPublic, null, [(F.Construction, 75), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile Factory = new(NonPublic, null, [(F.Industrial, 75), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile SoftwareCompany = new(NonPublic, null, [(F.Electronics, 80), (F.Economics, 20)]);

    public static readonly DemoProfile FarmCompany = new(NonPublic, null, [(F.Agriculture, 75), (F.Economics, 15), (F.Accounting, 10)]);

    public static readonly DemoProfile AccountingFirm = new(NonPublic, null, [(F.Accounting, 80), (F.Economics, 20)]);

    public static readonly DemoProfile LabourDispatch = new(NonPublic, null,
        [(F.Economics, 35), (F.Accounting, 20), (F.Construction, 25), (F.Electrical, 20)]);

    /// <summary>People without an employer whose records a talent-service agency or bureau holds.</summary>
    public static readonly DemoProfile Unemployed = new(EmploymentType.Flexible, null,
        [(F.Construction, 25), (F.Economics, 20), (F.Accounting, 20), (F.Agriculture, 20), (F.Electronics, 15)]);
}
