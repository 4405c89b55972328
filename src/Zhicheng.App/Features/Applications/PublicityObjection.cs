namespace Zhicheng.App.Features.Applications;

/// <summary>公示异议 — an objection raised during the unit's publicity; the unit cannot recommend until it is resolved.</summary>
public sealed class PublicityObjection
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public DateOnly RaisedOn { get; set; }

    /// <summary>Who raised it, as they gave it (may be "匿名").</summary>
    public required string RaisedBy { get; set; }

    public required string Content { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateOnly? ResolvedOn { get; set; }

    public string? Resolution { get; set; }

    public string? ResolvedBy { get; set; }
}
