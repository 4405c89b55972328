using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Web.Api;

// The bodies /api/v1/integrity, /units and /titles take and the documents they answer with.

/// <summary>
/// A record as entered or corrected: <c>subject</c> applicant|expert|staff (or 申报人、评审专家、评审工作人员), <c>kind</c>
/// falsification|academic_misconduct|discipline_violation|other (or their Chinese names); a correction also carries
/// <c>note</c> (why) and <c>version</c>.
/// </summary>
public sealed record IntegrityBody(
    string? IdNumber, string? Name, string? Subject, string? Kind, string? Description, string? Evidence, DateOnly? DecidedOn,
    string? Note = null, int? Version = null)
{
    /// <summary>The service's form; an unknown subject or kind is refused here (a missing one the archive names itself).</summary>
    public (IntegrityForm Form, List<Problem> Problems) ToForm()
    {
        var problems = new List<Problem>();
        IntegritySubject? subject = null;
        if (!string.IsNullOrWhiteSpace(Subject))
        {
            subject = ApiAnswers.Named<IntegritySubject>(Subject, IntegrityLabels.Subject);
            if (subject is null)
            {
                problems.Add(new Problem("subject", $"无效的对象类别“{Subject.Trim()}”，可用：{ApiAnswers.Describe<IntegritySubject>(IntegrityLabels.Subject)}", ClauseIds.IntegrityArchive));
            }
        }
        IntegrityKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Codes.IntegrityKind.TryParse(Kind, out var k))
            {
                kind = k;
            }
            else
            {
                problems.Add(new Problem("kind", $"无效的失信行为类别“{Kind.Trim()}”，可用：{Codes.IntegrityKind.Describe()}", ClauseIds.IntegrityArchive));
            }
        }
        return (new IntegrityForm(IdNumber, Name, subject, kind, Description, Evidence, DecidedOn), problems);
    }
}

public sealed record OrderBody(string? Reason, DateOnly? RectifyBy, int? ApplicationId);

public sealed record ReportBody(int? Version, string? Report);

public sealed record CriticismBody(string? Reason);

public sealed record FalsificationBody(string? Description, string? Evidence);

/// <summary>A record of the archive; <c>active</c> while inside the record period (N2024-4.4), kept after it.</summary>
public sealed record IntegrityDocument(
    int Id, string IdNumber, string Name, string Subject, string SubjectLabel, string Kind, string KindLabel, string Description, string Evidence,
    UnitRef Authority, DateOnly DecidedOn, bool Active, int? ApplicationId, string RecordedBy, DateTimeOffset RecordedAt, string? CorrectionNote, int Version)
{
    public static IntegrityDocument From(IntegrityEntry e, bool active, Viewer viewer) => new(
        e.Id, IdNumbers.Show(e.IdNumber, viewer), e.Name, CommitteesApi.Code(e.Subject), IntegrityLabels.Subject(e.Subject),
        Codes.IntegrityKind.Code(e.Kind), Codes.IntegrityKind.Label(e.Kind), e.Description, e.Evidence, new UnitRef(e.AuthorityId, e.Authority?.Name ?? ""),
        e.DecidedOn, active, e.ApplicationId, e.RecordedBy, e.RecordedAt, e.CorrectionNote, e.Version);
}

public sealed record IntegrityPage(IReadOnlyList<IntegrityDocument> Rows, int Page, int PageSize, int Total);

/// <summary>An order to rectify (<c>rectification_order</c>) or a notice of criticism (<c>criticism_notice</c>) for a unit.</summary>
public sealed record UnitActionDocument(
    int Id, UnitRef Organisation, string Kind, string KindLabel, string Reason, DateOnly? RectifyBy, int? ApplicationId, int? OrderId,
    UnitRef IssuedBy, DateOnly IssuedOn, string IssuedByAccount, string? RectificationReport, DateOnly? RectifiedOn, int Version)
{
    public static UnitActionDocument From(UnitAction a) => new(
        a.Id, new UnitRef(a.OrganisationId, a.Organisation?.Name ?? ""), CommitteesApi.Code(a.Kind), UnitActionKinds.Label(a.Kind), a.Reason, a.RectifyBy,
        a.ApplicationId, a.OrderId, new UnitRef(a.IssuedById, a.IssuedBy?.Name ?? ""), a.IssuedOn, a.IssuedByAccount, a.RectificationReport, a.RectifiedOn, a.Version);
}

public sealed record UnitActionPage(IReadOnlyList<UnitActionDocument> Rows, int Page, int PageSize, int Total);

/// <summary>A title as revoked.</summary>
public sealed record RevokedTitleDocument(int Id, int PersonId, string Series, string Specialty, string Level, string LevelLabel, DateOnly ObtainedOn,
    string? CertificateNumber, string? GrantedBy, DateOnly? RevokedOn)
{
    public static RevokedTitleDocument From(TitleHeld t) => new(
        t.Id, t.PersonId, t.Series, t.Specialty, Codes.Level.Code(t.Level), Codes.Level.Label(t.Level), t.ObtainedOn, t.CertificateNumber, t.GrantedBy, t.RevokedOn);
}
