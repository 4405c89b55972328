using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Tests.Builders;

public static class DecisionExtensions
{
    /// <summary>The one result with this code; fails the test when it is absent or repeated.</summary>
    public static CheckResult Check(this Decision decision, string code) => decision.Checks.Where(c => c.Code == code).ShouldHaveSingleItem();

    public static IReadOnlyList<string> CheckCodes(this Decision decision) => [.. decision.Checks.Select(c => c.Code)];

    public static IReadOnlyList<string> FailedCodes(this Decision decision) => [.. decision.Checks.Where(c => !c.Passed).Select(c => c.Code)];
}
