using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Committees;

namespace Zhicheng.App.Features.Committees;

/// <summary>
/// 职称评审委员会 — an evaluation committee. Its filed particulars (name, level, series, scope, …) are those of
/// its latest approved <see cref="CommitteeFiling"/>, copied here on approval so that lists and checks read
/// them directly; until a first approval they are the draft's. Its standing under supervision is
/// <see cref="Standing"/> (N2024-4.3a).
/// </summary>
public sealed class Committee
{
    public int Id { get; set; }

    /// <summary>组建单位: a bureau, an industry department, or an employer evaluating on its own (N2024-2.1).</summary>
    public int FoundingUnitId { get; set; }

    public Organisation? FoundingUnit { get; set; }

    /// <summary>The bureau that approves its filings and supervises it: the bureau at its management level.</summary>
    public int SupervisingBureauId { get; set; }

    public Organisation? SupervisingBureau { get; set; }

    public required string Name { get; set; }

    public CommitteeLevel Level { get; set; }

    public required string Series { get; set; }

    /// <summary>评审专业, "、"-separated; empty = every specialty of the series.</summary>
    public string Specialties { get; set; } = "";

    /// <summary>The approved filing in force, null until the first approval.</summary>
    public int? CurrentFilingId { get; set; }

    /// <summary>The day the current filing stops being valid after (inclusive end), copied from it.</summary>
    public DateOnly? FilingValidUntil { get; set; }

    public CommitteeStanding Standing { get; set; } = CommitteeStanding.Active;

    /// <summary>The rectification deadline of a suspension.</summary>
    public DateOnly? RectifyBy { get; set; }

    /// <summary>The reason of the latest supervision action.</summary>
    public string? StandingReason { get; set; }

    public List<CommitteeScopeUnit> Scope { get; set; } = [];

    public List<CommitteeMember> Members { get; set; } = [];

    /// <summary>Bumped by every change, so that two people editing at once cannot overwrite each other.</summary>
    public int Version { get; set; }
}

/// <summary>
/// 评审范围 — one bureau (every unit in its area) or one unit whose people the committee takes applications from.
/// </summary>
public sealed class CommitteeScopeUnit
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}
