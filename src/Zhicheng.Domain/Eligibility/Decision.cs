namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// 资格审查结论 for one application: eligible exactly when every check that applies to the route passed,
/// with each check's clause ids and reasons, the counted years, what was left out, and the
/// interpretations used.
/// </summary>
public sealed record Decision
{
    public string? Id { get; init; }
    public required string Policy { get; init; }
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>Full counted years at the current level (I-1); null for route initial.</summary>
    public int? CountedTenureYears { get; init; }
    public required int CountedWorkYears { get; init; }

    /// <summary>Years left out of tenure (N2024-3.3b, I-2).</summary>
    public IReadOnlyList<int> ExcludedYears { get; init; } = [];

    /// <summary>Education and achievements left out (N2024-3.2b).</summary>
    public IReadOnlyList<ExcludedItem> ExcludedItems { get; init; } = [];

    /// <summary>When tenure is the only failed check: the first later Y at which it would hold, presuming every year from this Y on counts.</summary>
    public int? EarliestEligibleYear { get; init; }

    /// <summary>The interpretations (I-1 …) the decision relied on, in order.</summary>
    public IReadOnlyList<string> Interpretations { get; init; } = [];

    /// <summary>The requirements the checks compared against, and their source.</summary>
    public required Requirements Requirements { get; init; }

    /// <summary>Every check passed.</summary>
    public bool Eligible
    {
        get
        {
            foreach (var check in Checks)
            {
                if (!check.Passed)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
