using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Committees;

/// <summary>
/// 评审专家 — one expert on a committee's roster, for a term (at most the national term, MOHRSS-40-expert-term).
/// An expert may be a person on record (and then their account reaches the committee's meetings in a later issue).
/// </summary>
public sealed class CommitteeMember
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public int? PersonId { get; set; }

    public required string Name { get; set; }

    /// <summary>工作单位, in words (an expert may come from outside the city).</summary>
    public string Employer { get; set; } = "";

    public required string Specialty { get; set; }

    public TitleLevel TitleLevel { get; set; }

    public DateOnly TermStart { get; set; }

    public DateOnly TermEnd { get; set; }

    /// <summary>Whether the expert can sit this season; an unavailable expert is passed over in every draw.</summary>
    public bool Available { get; set; } = true;

    /// <summary>The expert's own account (role 评审专家), with which they vote in the meetings they are drawn for.</summary>
    public int? AccountId { get; set; }

    /// <summary>Whether the member is in term on <paramref name="day"/> (both ends inclusive).</summary>
    public bool InTermOn(DateOnly day) => TermStart <= day && day <= TermEnd;
}
