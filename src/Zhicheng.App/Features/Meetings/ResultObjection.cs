namespace Zhicheng.App.Features.Meetings;

/// <summary>结果公示异议 — an objection to a result during its publicity; the bureau cannot confirm while one is open.</summary>
public sealed class ResultObjection
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int CandidateId { get; set; }

    public DateOnly RaisedOn { get; set; }

    /// <summary>Who raised it, as they gave it (may be "匿名").</summary>
    public required string RaisedBy { get; set; }

    public required string Content { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateOnly? ResolvedOn { get; set; }

    public string? Resolution { get; set; }

    /// <summary>Upheld: the result is withheld from confirmation.</summary>
    public bool? Upheld { get; set; }

    public string? ResolvedBy { get; set; }
}
