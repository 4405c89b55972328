using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility.Checks;

/// <summary>报送渠道 — the channel must fit the applicant's employment type, per the policy's channel table (N2024-3.1c).</summary>
public sealed class ChannelCheck() : EligibilityCheck("channel", "报送渠道", [ClauseIds.Channels], AllRoutes)
{
    public override CheckResult Evaluate(EligibilityFacts facts)
    {
        var applicant = facts.Applicant;
        var type = Codes.EmploymentType.Label(applicant.EmploymentType);
        var channel = Codes.Channel.Label(applicant.Channel);
        if (facts.Policy.Channels.Allows(applicant.EmploymentType, applicant.Channel))
        {
            return Pass($"单位性质为{type}，经{channel}报送");
        }
        var allowed = string.Join("、", facts.Policy.Channels.AllowedFor(applicant.EmploymentType).Select(Codes.Channel.Label));
        return Fail($"单位性质为{type}的，应经{allowed}报送，不能经{channel}报送");
    }
}
