using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Meetings;

/// <summary>
/// The numbers of a meeting, computed in integers so that no rounding decides an outcome: quorum
/// (<see cref="ClauseIds.NationalQuorum"/>), the share of yes votes that passes (<see cref="ClauseIds.NationalBallot"/>)
/// and the size of a review group (<see cref="ClauseIds.NationalReviewGroup"/>). The shares are settings.
/// </summary>
public static class MeetingRules
{
    /// <summary>
    /// Whether <paramref name="present"/> experts of a panel of <paramref name="panel"/> make a quorum: present ×
    /// denominator ≥ panel × numerator (default 2/3: 10 of 15 is a quorum, 9 of 15 is not).
    /// </summary>
    public static bool IsQuorate(int panel, int present, PolicySettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(present);
        ArgumentOutOfRangeException.ThrowIfLessThan(panel, 1);
        return present > 0 && (long)present * settings.QuorumDenominator >= (long)panel * settings.QuorumNumerator;
    }

    /// <summary>The fewest present experts that make a quorum of a panel of <paramref name="panel"/>.</summary>
    public static int QuorumOf(int panel, PolicySettings settings) =>
        (int)Math.Max(1, ((long)panel * settings.QuorumNumerator + settings.QuorumDenominator - 1) / settings.QuorumDenominator);

    /// <summary>
    /// Whether an applicant passes: yes × denominator ≥ present × numerator, against every expert present — an
    /// abstention or a missing vote counts as not yes (default 2/3, i.e. <c>3 × yes ≥ 2 × present</c>).
    /// </summary>
    public static bool Passes(int yes, int present, PolicySettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yes, present);
        return present > 0 && (long)yes * settings.PassDenominator >= (long)present * settings.PassNumerator;
    }
}
