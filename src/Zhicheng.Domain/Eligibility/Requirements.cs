namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// What an evaluation standard asks of an application for one (series, specialty, level): the numbers
/// the checks compare against. Every field may be absent on its own so that an input's
/// <c>requirements</c> can override a standard field by field (<see cref="OverriddenBy"/>).
/// </summary>
public sealed record Requirements
{
    /// <summary>Years at the current level for a promotion, counted under I-1.</summary>
    public int? TenureYears { get; init; }

    /// <summary>Years at the current level for an exceptional (破格) application.</summary>
    public int? ExceptionalTenureYears { get; init; }

    /// <summary>The lowest degree accepted, obtained on or before D.</summary>
    public Degree? MinEducation { get; init; }

    /// <summary>Achievements obtained on or before D, for a promotion.</summary>
    public int? MinAchievements { get; init; }

    /// <summary>Achievements obtained on or before D, for an exceptional application.</summary>
    public int? ExceptionalMinAchievements { get; init; }

    /// <summary>Years in the new post before a 转评 (N2024-3.4), counted under I-1.</summary>
    public int? TransferPostYears { get; init; }

    /// <summary>Degree and years since graduation → highest level an 初定 may give (N2024-3.5b).</summary>
    public InitialDeterminationTable? InitialDetermination { get; init; }

    /// <summary>Where these numbers came from, shown in the decision (a standard version, or the input).</summary>
    public string Source { get; init; } = "";

    /// <summary>These requirements with every field the <paramref name="overrides"/> sets replaced.</summary>
    public Requirements OverriddenBy(Requirements overrides) => new()
    {
        TenureYears = overrides.TenureYears ?? TenureYears,
        ExceptionalTenureYears = overrides.ExceptionalTenureYears ?? ExceptionalTenureYears,
        MinEducation = overrides.MinEducation ?? MinEducation,
        MinAchievements = overrides.MinAchievements ?? MinAchievements,
        ExceptionalMinAchievements = overrides.ExceptionalMinAchievements ?? ExceptionalMinAchievements,
        TransferPostYears = overrides.TransferPostYears ?? TransferPostYears,
        InitialDetermination = overrides.InitialDetermination ?? InitialDetermination,
        Source = string.IsNullOrEmpty(Source) ? overrides.Source : $"{Source}；{overrides.Source}",
    };

    /// <summary>Whether every field <paramref name="route"/> needs is present.</summary>
    public bool Covers(Route route)
    {
        foreach (var (needs, _, present) in Needed)
        {
            if (Array.IndexOf(needs, route) >= 0 && !present(this))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The contract names (<c>tenureYears</c> …) of the fields a route needs that are absent.</summary>
    public IReadOnlyList<string> MissingFor(Route route) =>
        [.. Needed.Where(n => Array.IndexOf(n.Routes, route) >= 0 && !n.Present(this)).Select(n => n.Name)];

    /// <summary>Which routes need which field (an 初定 needs none: its table has a national default).</summary>
    private static readonly (Route[] Routes, string Name, Func<Requirements, bool> Present)[] Needed =
    [
        ([Route.Promotion], "tenureYears", r => r.TenureYears is not null),
        ([Route.Exceptional], "exceptionalTenureYears", r => r.ExceptionalTenureYears is not null),
        ([Route.Promotion, Route.Exceptional], "minEducation", r => r.MinEducation is not null),
        ([Route.Promotion], "minAchievements", r => r.MinAchievements is not null),
        ([Route.Exceptional], "exceptionalMinAchievements", r => r.ExceptionalMinAchievements is not null),
        ([Route.Transfer], "transferPostYears", r => r.TransferPostYears is not null),
    ];
}
