using Zhicheng.Domain.Applications;

namespace Zhicheng.Domain.Tests.Applications;

/// <summary>
/// <see cref="ReviewChain.Build"/> (N2024-3.1c): the forwarding unit, then its competent department (not for a bureau),
/// then the county bureau for a county applicant to a committee above county level — unless that bureau is the unit
/// itself — then the committee office. Organisation ids: 1 city bureau, 2 盐湖区 (county), 4 卫健委 (department and
/// founding unit), 10 an employer, 11 a labour-dispatch unit, 12 a talent-service agency.
/// </summary>
public class ReviewChainTests
{
    private const int City = 1, Yanhu = 2, Health = 4, Employer = 10, Dispatch = 11, Talent = 12;

    public static TheoryData<string, ChainFacts, string> Chains => new()
    {
        { "EmployerWithDepartment_CountyApplicant_ToCityCommittee", new(Employer, false, Health, Yanhu, true, Health), "Unit:10 Department:4 CountyBureau:2 CommitteeOffice:4" },
        { "CountyEmployerWithoutDepartment_ToCityCommittee", new(Employer, false, null, Yanhu, true, Health), "Unit:10 CountyBureau:2 CommitteeOffice:4" },
        { "EmployerDirectlyUnderCityBureau_NoCountyStep", new(Employer, false, Health, null, true, Health), "Unit:10 Department:4 CommitteeOffice:4" },
        { "CountyApplicant_ToCountyCommittee_NoCountyStep", new(Employer, false, Health, Yanhu, false, Yanhu), "Unit:10 Department:4 CommitteeOffice:2" },
        { "FreelancerHeldByCountyBureau_CountyNotDuplicated", new(Yanhu, true, null, Yanhu, true, Health), "Unit:2 CommitteeOffice:4" },
        { "FreelancerHeldByCityBureau_UnitThenOffice", new(City, true, null, null, true, Health), "Unit:1 CommitteeOffice:4" },
        { "BureauAsUnit_DepartmentIgnored", new(Yanhu, true, Health, Yanhu, true, Health), "Unit:2 CommitteeOffice:4" },
        { "LabourDispatchUnit_TakesEmployersPlace", new(Dispatch, false, null, Yanhu, true, Health), "Unit:11 CountyBureau:2 CommitteeOffice:4" },
        { "TalentServiceAgency_TakesEmployersPlace", new(Talent, false, null, Yanhu, true, Health), "Unit:12 CountyBureau:2 CommitteeOffice:4" },
        { "TalentServiceAgency_UnderCityBureau", new(Talent, false, null, null, true, Health), "Unit:12 CommitteeOffice:4" },
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void Build_Table_FollowsTheChannel(string @case, ChainFacts facts, string expected)
    {
        var chain = ReviewChain.Build(facts);

        string.Join(" ", chain.Select(s => $"{s.Kind}:{s.OrganisationId}")).ShouldBe(expected, @case);
        chain[0].Kind.ShouldBe(ReviewStepKind.Unit);
        chain[^1].Kind.ShouldBe(ReviewStepKind.CommitteeOffice);
        chain.Select(s => s.Kind).ShouldBeInOrder();
    }
}
