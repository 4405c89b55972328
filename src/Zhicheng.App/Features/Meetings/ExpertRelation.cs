namespace Zhicheng.App.Features.Meetings;

/// <summary>申报回避关系 — an expert's declared relation to a person (kin, supervisor, co-author …): never on that person's panel.</summary>
public sealed class ExpertRelation
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public int PersonId { get; set; }

    public required string Relation { get; set; }

    public string DeclaredBy { get; set; } = "";
}
