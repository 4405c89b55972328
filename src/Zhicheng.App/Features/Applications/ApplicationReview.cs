using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// 逐级审核 — what the reviewer at the current step does: approve (to the next step; at the unit only after its publicity
/// ended with every objection resolved; at the committee office only after a passed qualification check, which is
/// acceptance), return for correction with one complete list (一次性告知), or reject with a reason. Only the current step's
/// organisation acts; of two reviewers acting at once one wins and the other is told (the version check).
/// </summary>
public sealed class ApplicationReview(AppDbContext db, ApplicationService applications, ApplicationRules rules, PolicyVersion policy,
    TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<TitleApplication>> ApproveAsync(Jurisdiction jurisdiction, int id, int version, string? opinion, bool integrityAcknowledged,
        CancellationToken cancellationToken = default)
    {
        var found = await AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        var step = application.CurrentStep!;
        var problems = new List<Problem>();
        if (step.Kind == ReviewStepKind.Unit)
        {
            problems.AddRange(UnitPublicity.Problems(application, policy.Settings, Today));
        }
        if (step.Kind == ReviewStepKind.CommitteeOffice && application.QualificationPassed != true)
        {
            problems.Add(new Problem("", application.QualificationCheckedAt is null ? "受理前须先进行资格审查" : "资格审查未通过，不能受理；请退回补正或不予通过", ClauseIds.Channels));
        }
        var warnings = (await rules.ActiveRecordsAsync(application.Person!.IdNumber, Today, cancellationToken)).Where(r => r.Kind != IntegrityKind.Falsification).ToList();
        if (warnings.Count > 0 && !integrityAcknowledged)
        {
            problems.Add(new Problem("integrityAcknowledged", $"申报人有 {warnings.Count} 条在记录期内的诚信记录，请查看并确认知悉后再审核通过", ClauseIds.IntegrityArchive));
        }
        if (problems.Count > 0)
        {
            return Outcome<TitleApplication>.Refused(problems);
        }
        step.ApprovedAt = time.GetUtcNow();
        step.ApprovedBy = ApplicationService.Actor(jurisdiction);
        if (warnings.Count > 0)
        {
            application.IntegrityAcknowledgedBy = step.ApprovedBy;
            application.Events.Add(applications.Event(jurisdiction, ApplicationAction.IntegrityAcknowledged, ApplicationStage.InReview, ApplicationStage.InReview, step.Kind,
                $"已知悉申报人在记录期内的 {warnings.Count} 条诚信记录（I-6）", string.Join('\n', warnings.Select(w => $"{Codes.IntegrityKind.Label(w.Kind)}：{w.Description}（{w.DecidedOn:yyyy-MM-dd}）"))));
        }
        var note = opinion;
        if (step.Kind == ReviewStepKind.CommitteeOffice)
        {
            application.Stage = ApplicationStage.Accepted;
            application.ReviewerOrganisationId = null;
            application.Events.Add(applications.Event(jurisdiction, ApplicationAction.Accepted, ApplicationStage.InReview, ApplicationStage.Accepted, step.Kind, note));
        }
        else
        {
            var next = application.Steps.Single(s => s.Order == step.Order + 1);
            application.StepIndex = next.Order;
            application.StepKind = next.Kind;
            application.ReviewerOrganisationId = next.OrganisationId;
            application.Events.Add(applications.Event(jurisdiction, ApplicationAction.Approved, ApplicationStage.InReview, ApplicationStage.InReview, step.Kind, note));
        }
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>Returns the application to the applicant with every problem listed at once; it comes back to this step.</summary>
    public async Task<Outcome<TitleApplication>> ReturnAsync(Jurisdiction jurisdiction, int id, int version, IReadOnlyList<string> items, string? note,
        CancellationToken cancellationToken = default)
    {
        var listed = items.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (listed.Count == 0)
        {
            return Outcome<TitleApplication>.Refused(new Problem("items", "退回补正须一次性列明需要补正的全部问题（至少一项）", ClauseIds.NationalOneTimeNotice));
        }
        if (listed.Any(i => i.Contains('\n', StringComparison.Ordinal) || i.Length > 500))
        {
            return Outcome<TitleApplication>.Refused(new Problem("items", "每项问题写成一行，不超过500字", ClauseIds.NationalOneTimeNotice));
        }
        var found = await AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        application.Stage = ApplicationStage.Returned;
        application.ReviewerOrganisationId = null;
        application.QualificationPassed = null;
        application.QualificationCheckedAt = null;
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.Returned, ApplicationStage.InReview, ApplicationStage.Returned,
            application.StepKind, note, string.Join('\n', listed)));
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    public async Task<Outcome<TitleApplication>> RejectAsync(Jurisdiction jurisdiction, int id, int version, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<TitleApplication>.Refused(new Problem("reason", "不予通过须写明理由", ClauseIds.Channels));
        }
        var found = await AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        application.Stage = ApplicationStage.Rejected;
        application.ReviewerOrganisationId = null;
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.Rejected, ApplicationStage.InReview, ApplicationStage.Rejected, application.StepKind, reason));
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>The application at a step the viewer acts on, at the version the viewer saw; every other case refused.</summary>
    internal async Task<Outcome<TitleApplication>> AtMyStepAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(jurisdiction, id, cancellationToken);
        if (application is null)
        {
            return Outcome<TitleApplication>.NotFound;
        }
        if (application.Stage != ApplicationStage.InReview)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报当前为“{ApplicationStages.Label(application.Stage)}”，不在审核中", ClauseIds.Channels));
        }
        var step = application.CurrentStep!;
        if (!ApplicationAccess.Acts(jurisdiction.Viewer, step.Kind, step.OrganisationId))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报当前在“{ReviewStepKinds.Label(step.Kind)}”环节，由{step.Organisation?.Name}办理，您不能办理", ClauseIds.Channels));
        }
        if (application.Version != version)
        {
            return Outcome<TitleApplication>.Refused(ApplicationService.Stale);
        }
        return Outcome<TitleApplication>.Done(application);
    }
}
