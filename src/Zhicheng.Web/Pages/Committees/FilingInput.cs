using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>
/// The seven particulars of a filing (N2024-2.3) as the committee forms post them; the fields are named as the
/// services name their problems (<c>name</c>, <c>series</c>, <c>scopeUnitIds</c> …), so each problem finds its field.
/// </summary>
public sealed class FilingInput
{
    public string? Name { get; set; }
    public CommitteeLevel Level { get; set; } = CommitteeLevel.Intermediate;
    public string? Series { get; set; }
    public string? Specialties { get; set; }
    public List<int> ScopeUnitIds { get; set; } = [];
    public string? ScopeText { get; set; }
    public string? Conditions { get; set; }
    public string? Rules { get; set; }
    public string? Office { get; set; }
    public bool PowerDelegated { get; set; }

    public FilingForm ToForm() => new()
    {
        Name = Name ?? "", Level = Level, Series = Series ?? "", Specialties = Specialties ?? "", ScopeUnitIds = ScopeUnitIds,
        ScopeText = ScopeText ?? "", Conditions = Conditions ?? "", Rules = Rules ?? "", Office = Office ?? "", PowerDelegated = PowerDelegated,
    };

    public static FilingInput From(FilingForm form) => new()
    {
        Name = form.Name, Level = form.Level, Series = form.Series, Specialties = form.Specialties, ScopeUnitIds = [.. form.ScopeUnitIds],
        ScopeText = form.ScopeText, Conditions = form.Conditions, Rules = form.Rules, Office = form.Office, PowerDelegated = form.PowerDelegated,
    };
}
