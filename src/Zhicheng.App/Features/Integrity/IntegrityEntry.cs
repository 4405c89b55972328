using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;

namespace Zhicheng.App.Features.Integrity;

/// <summary>
/// 诚信档案记录 (N2024-4.4) — dishonest conduct by an applicant, expert or evaluation staff member, found by an
/// authority on a date, with its evidence. Found by identity number wherever that person is reviewed; active for the
/// record period (<see cref="IntegrityPeriod"/>), then inactive but kept. Entered and corrected only by bureaus.
/// </summary>
public sealed class IntegrityEntry
{
    public int Id { get; set; }

    /// <summary>公民身份号码 of the subject: how the record follows the person across committees and years.</summary>
    public required string IdNumber { get; set; }

    public required string Name { get; set; }

    public IntegritySubject Subject { get; set; }

    /// <summary>失信行为类别: falsification blocks applying (I-6); the others warn.</summary>
    public IntegrityKind Kind { get; set; }

    /// <summary>失信行为: what was done.</summary>
    public required string Description { get; set; }

    /// <summary>证据: the evidence relied on.</summary>
    public required string Evidence { get; set; }

    /// <summary>认定机关: the deciding authority.</summary>
    public int AuthorityId { get; set; }

    public Organisation? Authority { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>The application disqualified with this record, when it came from one (N2024-4.3c).</summary>
    public int? ApplicationId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Why the record was last corrected, and by whom (the audit trail keeps every version).</summary>
    public string? CorrectionNote { get; set; }

    public int Version { get; set; }
}
