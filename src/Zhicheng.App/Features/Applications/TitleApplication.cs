using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// 职称申报 — one person's application to one committee in one year: the route and target, the channel it came
/// through (N2024-3.1c), its review chain (<see cref="Steps"/>), where it stands, the unit's publicity, the committee
/// office's qualification check, and its materials. <see cref="ReviewerOrganisationId"/> and
/// <see cref="StepKind"/> copy the current step so that a reviewer's queue is one index range.
/// </summary>
public sealed class TitleApplication
{
    public int Id { get; set; }

    /// <summary>申报编号, e.g. <c>SB2024-000123</c>: the year and the id.</summary>
    public string Number { get; set; } = "";

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public int CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public int Year { get; set; }

    public Route Route { get; set; }

    public required string Series { get; set; }

    public required string Specialty { get; set; }

    public TitleLevel Level { get; set; }

    public Channel Channel { get; set; }

    /// <summary>The unit that forwards it (the applicant's record-holding unit when it was submitted).</summary>
    public int UnitId { get; set; }

    public Organisation? Unit { get; set; }

    public ApplicationStage Stage { get; set; } = ApplicationStage.Draft;

    /// <summary>The position in <see cref="Steps"/> of the step it is at (or was last at); 0 before submission.</summary>
    public int StepIndex { get; set; }

    /// <summary>The organisation acting on the current step while <see cref="Stage"/> is in review; null otherwise.</summary>
    public int? ReviewerOrganisationId { get; set; }

    public ReviewStepKind? StepKind { get; set; }

    public DateOnly? PublicityStart { get; set; }

    public DateOnly? PublicityEnd { get; set; }

    /// <summary>The committee office's qualification check: when it ran, whether it passed, and its summary.</summary>
    public DateTimeOffset? QualificationCheckedAt { get; set; }

    public bool? QualificationPassed { get; set; }

    public string? QualificationSummary { get; set; }

    /// <summary>Reviewers acknowledged the applicant's active integrity records that only warn (I-6).</summary>
    public string? IntegrityAcknowledgedBy { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ApplicationStep> Steps { get; set; } = [];

    public List<ApplicationEvent> Events { get; set; } = [];

    public List<ApplicationMaterial> Materials { get; set; } = [];

    public List<PublicityObjection> Objections { get; set; } = [];

    /// <summary>Bumped by every change: of two reviewers acting at once, one wins and the other is told.</summary>
    public int Version { get; set; }

    public ApplicationStep? CurrentStep => Steps.SingleOrDefault(s => s.Order == StepIndex);
}

/// <summary>审核环节 — one step of an application's chain, fixed when it is submitted.</summary>
public sealed class ApplicationStep
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    /// <summary>1-based position in the chain.</summary>
    public int Order { get; set; }

    public ReviewStepKind Kind { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>When this step approved (recommended, forwarded, accepted) it, and who.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }
}
