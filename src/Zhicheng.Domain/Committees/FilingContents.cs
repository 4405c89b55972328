using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>评审范围 — the units (a bureau stands for its whole area) a committee takes applications from, and in words.</summary>
public sealed record FilingScope(IReadOnlyList<int> UnitIds, string Text);

/// <summary>
/// The seven particulars of a committee's filing (N2024-2.3): 组建单位, 评委会名称, 评审系列（专业）(with its level),
/// 评审范围, 评审条件, 规章制度, 办事机构. Specialties empty = the whole series.
/// </summary>
public sealed record FilingContents(
    int FoundingUnitId, string FoundingUnitName, string Name, CommitteeLevel Level, string Series, IReadOnlyList<string> Specialties,
    FilingScope Scope, string Conditions, string Rules, string Office);

/// <summary>A problem with a filing or a plan: the field's path, a Chinese message, the clause.</summary>
public sealed record FieldProblem(string Path, string Message, string ClauseId);

/// <summary>核准备案 rules: the seven fields (N2024-2.3), the occasions to refile (N2024-2.2), the validity term.</summary>
public static class FilingRules
{
    /// <summary>Every blank particular, all at once.</summary>
    public static IReadOnlyList<FieldProblem> Check(FilingContents contents)
    {
        var problems = new List<FieldProblem>();
        void Require(bool present, string path, string label)
        {
            if (!present)
            {
                problems.Add(new FieldProblem(path, $"备案内容缺少“{label}”", ClauseIds.FilingContents));
            }
        }
        Require(!string.IsNullOrWhiteSpace(contents.FoundingUnitName), "foundingUnitId", "组建单位");
        Require(!string.IsNullOrWhiteSpace(contents.Name), "name", "评委会名称");
        Require(!string.IsNullOrWhiteSpace(contents.Series), "series", "评审系列（专业）");
        Require(contents.Scope.UnitIds.Count > 0 && !string.IsNullOrWhiteSpace(contents.Scope.Text), "scope", "评审范围（单位及文字说明）");
        Require(!string.IsNullOrWhiteSpace(contents.Conditions), "conditions", "评审条件");
        Require(!string.IsNullOrWhiteSpace(contents.Rules), "rules", "规章制度");
        Require(!string.IsNullOrWhiteSpace(contents.Office), "office", "办事机构");
        return problems;
    }

    /// <summary>
    /// Which of the five occasions of N2024-2.2 apply to a proposed filing: no approved filing → new; declared
    /// delegation → delegated; founding unit or name changed → reorganised; level, series, specialties or scope
    /// units changed → scope changed (lists compared as sets); <paramref name="today"/> after the valid-until day → expired.
    /// </summary>
    public static IReadOnlyList<FilingReason> ReasonsToRefile(FilingContents? approved, DateOnly? validUntil, FilingContents proposed, bool powerDelegated, DateOnly today)
    {
        var reasons = new List<FilingReason>();
        if (approved is null)
        {
            reasons.Add(FilingReason.New);
        }
        if (powerDelegated)
        {
            reasons.Add(FilingReason.Delegated);
        }
        if (approved is not null)
        {
            if (approved.FoundingUnitId != proposed.FoundingUnitId || approved.Name.Trim() != proposed.Name.Trim())
            {
                reasons.Add(FilingReason.Reorganised);
            }
            if (approved.Level != proposed.Level || approved.Series.Trim() != proposed.Series.Trim()
                || !SameSet(approved.Specialties, proposed.Specialties) || !approved.Scope.UnitIds.ToHashSet().SetEquals(proposed.Scope.UnitIds))
            {
                reasons.Add(FilingReason.ScopeChanged);
            }
            if (validUntil is not { } until || today > until)
            {
                reasons.Add(FilingReason.Expired);
            }
        }
        return reasons;
    }

    /// <summary>
    /// The last day a filing approved on <paramref name="approvedOn"/> is valid: the day before the same date
    /// <see cref="PolicySettings.FilingValidityYears"/> years on (approved 2024-03-15 → valid through 2027-03-14).
    /// </summary>
    public static DateOnly ValidUntil(DateOnly approvedOn, PolicySettings settings) => approvedOn.AddYears(settings.FilingValidityYears).AddDays(-1);

    /// <summary>Whether a filing valid through <paramref name="validUntil"/> is valid on <paramref name="day"/> (inclusive).</summary>
    public static bool IsValidOn(DateOnly? validUntil, DateOnly day) => validUntil is { } until && day <= until;

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(x => x.Trim()).ToHashSet(StringComparer.Ordinal).SetEquals(b.Select(x => x.Trim()));
}
