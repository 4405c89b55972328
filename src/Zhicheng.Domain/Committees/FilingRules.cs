using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Committees;

/// <summary>核准备案 rules: the seven fields (N2024-2.3), the occasions to refile (N2024-2.2), the validity term.</summary>
public static class FilingRules
{
    /// <summary>
    /// Every missing particular of N2024-2.3, all at once, in the order of the clause, each at its field's path:
    /// 组建单位 (no unit id or a blank name), 评委会名称, 评审系列（专业）(a blank series; no specialties is the whole
    /// series and passes), 评审范围 (no unit or a blank description), 评审条件, 规章制度, 办事机构. Empty when complete.
    /// </summary>
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
        Require(contents.FoundingUnitId > 0 && !string.IsNullOrWhiteSpace(contents.FoundingUnitName), "foundingUnitId", "组建单位");
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
    /// <see cref="PolicySettings.FilingValidityYears"/> years on (approved 2024-03-15 → valid through 2027-03-14). A term
    /// begun on 02-29 whose last year has no 02-29 ends with February, on 02-28 — as the Civil Code (art. 202) ends a
    /// period whose month has no corresponding day on that month's last day — not a day short of it.
    /// </summary>
    public static DateOnly ValidUntil(DateOnly approvedOn, PolicySettings settings)
    {
        var year = approvedOn.Year + settings.FilingValidityYears;
        return approvedOn is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 2, 28)
            : approvedOn.AddYears(settings.FilingValidityYears).AddDays(-1);
    }

    /// <summary>
    /// Whether a filing valid through <paramref name="validUntil"/> is valid on <paramref name="day"/>: up to and
    /// including that day; never when there is no end day (no approved filing).
    /// </summary>
    public static bool IsValidOn(DateOnly? validUntil, DateOnly day) => validUntil is { } until && day <= until;

    /// <summary>
    /// Whether a committee's filing in <paramref name="status"/> is valid on <paramref name="day"/>: only an approved
    /// filing is, and only up to and including its <paramref name="validUntil"/>. A draft, submitted or returned
    /// filing is not, whatever its dates.
    /// </summary>
    public static bool IsValidOn(FilingStatus? status, DateOnly? validUntil, DateOnly day) =>
        status == FilingStatus.Approved && IsValidOn(validUntil, day);

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(x => x.Trim()).ToHashSet(StringComparer.Ordinal).SetEquals(b.Select(x => x.Trim()));
}
