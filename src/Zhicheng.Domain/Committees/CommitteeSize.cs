using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>The least number of experts on a committee (MOHRSS-40-committee-size) and the longest expert term (MOHRSS-40-expert-term).</summary>
public static class CommitteeSize
{
    /// <summary>The minimum for a committee of <paramref name="level"/> formed by specialty or by series, or null when none applies.</summary>
    public static int? Minimum(CommitteeLevel level, bool bySpecialty, PolicySettings settings) => level == CommitteeLevel.Senior
        ? bySpecialty ? settings.MinSeniorCommitteeBySpecialty : settings.MinSeniorCommitteeBySeries
        : settings.MinOtherCommittee;

    /// <summary>Null when <paramref name="members"/> in term reach the minimum; else the refusal with both numbers.</summary>
    public static Refusal? Check(CommitteeLevel level, bool bySpecialty, int members, PolicySettings settings) =>
        Minimum(level, bySpecialty, settings) is { } minimum && members < minimum
            ? new Refusal(ClauseIds.NationalCommitteeSize,
                $"{CommitteeLevels.Label(level)}评委会（按{(bySpecialty ? "专业" : "系列")}组建）评审专家不少于 {minimum} 人，现有在任专家 {members} 人")
            : null;

    /// <summary>Null when a term from <paramref name="start"/> to <paramref name="end"/> (inclusive) is at most the national term.</summary>
    public static Refusal? CheckTerm(DateOnly start, DateOnly end, PolicySettings settings) =>
        end < start
            ? new Refusal(ClauseIds.NationalExpertTerm, "任期结束日不能早于开始日")
            : end > start.AddYears(settings.ExpertTermYears).AddDays(-1)
                ? new Refusal(ClauseIds.NationalExpertTerm, $"评审专家每届任期不超过 {settings.ExpertTermYears} 年（{start:yyyy-MM-dd} 起至多到 {start.AddYears(settings.ExpertTermYears).AddDays(-1):yyyy-MM-dd}）")
                : null;
}
