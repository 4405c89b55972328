using Zhicheng.Domain.Committees;

namespace Zhicheng.App.Features.Committees;

/// <summary>The seven particulars of a filing (N2024-2.3) as a form or the API sends them.</summary>
public sealed record FilingForm
{
    public string Name { get; init; } = "";
    public CommitteeLevel Level { get; init; } = CommitteeLevel.Intermediate;
    public string Series { get; init; } = "";

    /// <summary>评审专业, separated by "、" or ","; empty = the whole series.</summary>
    public string Specialties { get; init; } = "";

    /// <summary>The scope's units (bureaus stand for their whole area, or single units).</summary>
    public IReadOnlyList<int> ScopeUnitIds { get; init; } = [];

    public string ScopeText { get; init; } = "";
    public string Conditions { get; init; } = "";
    public string Rules { get; init; } = "";
    public string Office { get; init; } = "";

    /// <summary>评审权下放 — the unit's evaluation power was delegated to it.</summary>
    public bool PowerDelegated { get; init; }

    /// <summary>The specialties as a list, trimmed, without blanks or repeats.</summary>
    public IReadOnlyList<string> SpecialtyList => SplitList(Specialties);

    public static IReadOnlyList<string> SplitList(string text) =>
        [.. text.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static FilingForm From(CommitteeFiling filing) => new()
    {
        Name = filing.Name, Level = filing.Level, Series = filing.Series, Specialties = filing.Specialties,
        ScopeUnitIds = [.. filing.ScopeUnitIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)],
        ScopeText = filing.ScopeText, Conditions = filing.Conditions, Rules = filing.Rules, Office = filing.Office,
        PowerDelegated = filing.PowerDelegated,
    };

    /// <summary>Writes these particulars onto a draft filing.</summary>
    public void ApplyTo(CommitteeFiling filing)
    {
        filing.Name = Name.Trim();
        filing.Level = Level;
        filing.Series = Series.Trim();
        filing.Specialties = string.Join("、", SpecialtyList);
        filing.ScopeUnitIds = string.Join(",", ScopeUnitIds.Distinct().Order());
        filing.ScopeText = ScopeText.Trim();
        filing.Conditions = Conditions.Trim();
        filing.Rules = Rules.Trim();
        filing.Office = Office.Trim();
        filing.PowerDelegated = PowerDelegated;
    }
}
