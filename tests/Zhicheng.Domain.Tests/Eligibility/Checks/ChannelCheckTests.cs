using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>报送渠道 (N2024-3.1c): the contract's channel table, all 7 employment types × 5 channels.</summary>
public class ChannelCheckTests
{
    private const EmploymentType Public = EmploymentType.PublicInstitution;
    private const EmploymentType StateOwned = EmploymentType.StateOwnedEnterprise;
    private const EmploymentType Agency = EmploymentType.GovernmentAgency;
    private const EmploymentType NonPublic = EmploymentType.NonPublic;
    private const EmploymentType Individual = EmploymentType.IndividualBusiness;
    private const EmploymentType Flexible = EmploymentType.Flexible;
    private const EmploymentType Freelancer = EmploymentType.Freelancer;

    [Theory]
    [InlineData(Public, Channel.Employer, true)]
    [InlineData(Public, Channel.LaborDispatch, true)]
    [InlineData(Public, Channel.CompetentDepartment, true)]
    [InlineData(Public, Channel.TalentService, false)]
    [InlineData(Public, Channel.HrBureau, false)]
    [InlineData(StateOwned, Channel.Employer, true)]
    [InlineData(StateOwned, Channel.LaborDispatch, true)]
    [InlineData(StateOwned, Channel.CompetentDepartment, true)]
    [InlineData(StateOwned, Channel.TalentService, false)]
    [InlineData(StateOwned, Channel.HrBureau, false)]
    [InlineData(Agency, Channel.Employer, true)]
    [InlineData(Agency, Channel.LaborDispatch, true)]
    [InlineData(Agency, Channel.CompetentDepartment, true)]
    [InlineData(Agency, Channel.TalentService, false)]
    [InlineData(Agency, Channel.HrBureau, false)]
    [InlineData(NonPublic, Channel.Employer, true)]
    [InlineData(NonPublic, Channel.LaborDispatch, true)]
    [InlineData(NonPublic, Channel.CompetentDepartment, false)]
    [InlineData(NonPublic, Channel.TalentService, true)]
    [InlineData(NonPublic, Channel.HrBureau, true)]
    [InlineData(Individual, Channel.Employer, false)]
    [InlineData(Individual, Channel.LaborDispatch, false)]
    [InlineData(Individual, Channel.CompetentDepartment, false)]
    [InlineData(Individual, Channel.TalentService, true)]
    [InlineData(Individual, Channel.HrBureau, true)]
    [InlineData(Flexible, Channel.Employer, false)]
    [InlineData(Flexible, Channel.LaborDispatch, false)]
    [InlineData(Flexible, Channel.CompetentDepartment, false)]
    [InlineData(Flexible, Channel.TalentService, true)]
    [InlineData(Flexible, Channel.HrBureau, true)]
    [InlineData(Freelancer, Channel.Employer, false)]
    [InlineData(Freelancer, Channel.LaborDispatch, false)]
    [InlineData(Freelancer, Channel.CompetentDepartment, false)]
    [InlineData(Freelancer, Channel.TalentService, true)]
    [InlineData(Freelancer, Channel.HrBureau, true)]
    public void Channel_ForEmploymentType_FollowsTheContractTable(EmploymentType type, Channel channel, bool fits)
    {
        PolicyVersion.N2024.Channels.Allows(type, channel).ShouldBe(fits);
        PolicyVersion.N2024.Channels.AllowedFor(type).Contains(channel).ShouldBe(fits);

        foreach (var route in new[] { Route.Promotion, Route.Exceptional, Route.Transfer, Route.Initial })
        {
            var check = AnApplication.For(route).WithApplicant(a => a.WithEmployment(type, channel)).Check("channel");
            check.Passed.ShouldBe(fits, $"{type} via {channel} on {route}");
        }
    }

    [Fact]
    public void Channel_Unfitting_NamesTheChannelsThatFit()
    {
        var check = AnApplication.Promotion()
            .WithApplicant(a => a.WithEmployment(EmploymentType.Freelancer, Channel.Employer))
            .Check("channel");

        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("自由职业");
        check.Message.ShouldContain("人力资源社会保障部门");
        check.Message.ShouldContain("公共就业和人才服务机构");
    }

    [Fact]
    public void ChannelTable_EveryEmploymentType_HasAtLeastOneChannel()
    {
        foreach (var type in Enum.GetValues<EmploymentType>())
        {
            PolicyVersion.N2024.Channels.AllowedFor(type).ShouldNotBeEmpty(type.ToString());
        }
    }

    [Fact]
    public void ChannelTable_IsData_AnotherTableChangesTheDecision()
    {
        var table = new ChannelTable(new Dictionary<EmploymentType, Channel[]>
        {
            [EmploymentType.PublicInstitution] = [Channel.HrBureau],
        });
        var n2024 = PolicyVersion.N2024;
        var policy = new PolicyVersion("TEST", n2024.Document, n2024.Clauses, n2024.Interpretations, n2024.Settings, table, n2024.Checks);
        var application = AnApplication.Promotion().Build();

        new EligibilityEngine(policy).Decide(application, AnApplication.DefaultRequirements).Check("channel").Passed.ShouldBeFalse();
        new EligibilityEngine(n2024).Decide(application, AnApplication.DefaultRequirements).Check("channel").Passed.ShouldBeTrue();
    }
}
