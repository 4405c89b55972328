using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Eligibility.Checks;

/// <summary>在职在岗 (N2024-3.1a).</summary>
public class InServiceCheckTests
{
    [Theory]
    [InlineData(Route.Promotion)]
    [InlineData(Route.Exceptional)]
    [InlineData(Route.Transfer)]
    [InlineData(Route.Initial)]
    public void InService_OnPost_Passes(Route route)
    {
        var decision = AnApplication.For(route).WithApplicant(a => a.InService()).Decide();

        decision.Check("in_service").Passed.ShouldBeTrue();
        decision.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Route.Promotion)]
    [InlineData(Route.Exceptional)]
    [InlineData(Route.Transfer)]
    [InlineData(Route.Initial)]
    public void InService_RetiredResignedOrOffPost_FailsAndIsTheOnlyFailure(Route route)
    {
        var decision = AnApplication.For(route).WithApplicant(a => a.NotInService()).Decide();

        var check = decision.Check("in_service");
        check.Passed.ShouldBeFalse();
        check.Message.ShouldContain("在职在岗");
        decision.FailedCodes().ShouldBe(["in_service"]);
        decision.Eligible.ShouldBeFalse();
    }
}
