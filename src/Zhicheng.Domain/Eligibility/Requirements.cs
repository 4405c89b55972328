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
    public bool Covers(Route route) => route switch
    {
        Route.Promotion => TenureYears is not null && MinEducation is not null && MinAchievements is not null,
        Route.Exceptional => ExceptionalTenureYears is not null && MinEducation is not null && ExceptionalMinAchievements is not null,
        Route.Transfer => TransferPostYears is not null,
        _ => true,
    };

    /// <summary>The contract names (<c>tenureYears</c> …) of the fields a route needs that are absent.</summary>
    public IReadOnlyList<string> MissingFor(Route route)
    {
        var missing = new List<string>();
        switch (route)
        {
            case Route.Promotion:
                if (TenureYears is null) missing.Add("tenureYears");
                if (MinEducation is null) missing.Add("minEducation");
                if (MinAchievements is null) missing.Add("minAchievements");
                break;
            case Route.Exceptional:
                if (ExceptionalTenureYears is null) missing.Add("exceptionalTenureYears");
                if (MinEducation is null) missing.Add("minEducation");
                if (ExceptionalMinAchievements is null) missing.Add("exceptionalMinAchievements");
                break;
            case Route.Transfer:
                if (TransferPostYears is null) missing.Add("transferPostYears");
                break;
            case Route.Initial:
                break;
        }
        return missing;
    }
}
