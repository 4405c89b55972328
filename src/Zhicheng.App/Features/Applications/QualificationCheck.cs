using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>One row of a batch qualification check's report.</summary>
public sealed record QualificationRow(int ApplicationId, string Number, string Name, string MaskedIdNumber, string Target, bool Passed, string Summary);

/// <summary>How far a batch has got.</summary>
public sealed record QualificationProgress(int Done, int Total);

/// <summary>
/// 资格审查 at the committee office: the eligibility engine on the stored record, the standard in force and the plan's D,
/// with the integrity archive and the person's other applications this year across every committee, by identity number
/// (N2024-3.5c). One application at a time, or every application waiting at the office for a committee and year, in
/// chunks with progress; the result is stored on each application and written to its timeline.
/// </summary>
public sealed class QualificationCheck(AppDbContext db, ApplicationService applications, ApplicationReview review, EligibilityService eligibility,
    PolicyVersion policy, TimeProvider time)
{
    /// <summary>Applications checked per transaction in a batch.</summary>
    public const int ChunkSize = 500;

    public async Task<Outcome<TitleApplication>> CheckAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken = default)
    {
        var found = await review.AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        if (application.StepKind != ReviewStepKind.CommitteeOffice)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", "资格审查由评委会办公室进行", ClauseIds.Channels));
        }
        var outcome = await applications.CheckAsync(application, cancellationToken);
        Record(jurisdiction, application, outcome);
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>Every application of the committee and year waiting at the office; refused outside the viewer's committees.</summary>
    public async Task<Outcome<IReadOnlyList<QualificationRow>>> BatchAsync(Jurisdiction jurisdiction, int committeeId, int year,
        IProgress<QualificationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var committee = jurisdiction.Viewer.Role == AccountRole.CommitteeOffice
            ? await jurisdiction.Committees(db).SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken)
            : null;
        if (committee is null)
        {
            return Outcome<IReadOnlyList<QualificationRow>>.NotFound;
        }
        var plan = await applications.ApprovedPlanAsync(committeeId, year, cancellationToken);
        if (plan?.MaterialDeadline is not { } deadline)
        {
            return Outcome<IReadOnlyList<QualificationRow>>.Refused(new Problem("year", $"“{committee.Name}”没有已批准的{year}年度工作方案，无法确定材料截止日期", ClauseIds.WorkPlan));
        }
        var office = jurisdiction.Viewer.OrganisationId;
        var ids = await db.Applications.Where(a => a.CommitteeId == committeeId && a.Year == year && a.Stage == ApplicationStage.InReview
                && a.StepKind == ReviewStepKind.CommitteeOffice && a.ReviewerOrganisationId == office)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = new List<QualificationRow>(ids.Count);
        progress?.Report(new QualificationProgress(0, ids.Count));
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            rows.AddRange(await CheckChunkAsync(jurisdiction, chunk, year, deadline, cancellationToken));
            db.ChangeTracker.Clear();
            progress?.Report(new QualificationProgress(rows.Count, ids.Count));
        }
        return Outcome<IReadOnlyList<QualificationRow>>.Done(rows);
    }

    private async Task<List<QualificationRow>> CheckChunkAsync(Jurisdiction jurisdiction, int[] ids, int year, DateOnly deadline, CancellationToken cancellationToken)
    {
        var batch = await db.Applications.Where(a => EF.Parameter(ids).Contains(a.Id)).ToListAsync(cancellationToken);
        var personIds = batch.Select(a => a.PersonId).Distinct().ToArray();
        var people = await PersonRecords.LoadAsync(db, personIds, cancellationToken);
        var numbers = people.Values.Select(p => p.IdNumber).ToList();
        var records = (await db.IntegrityEntries.AsNoTracking().Where(r => EF.Parameter(numbers).Contains(r.IdNumber))
                .ActiveOn(deadline, policy.Settings.IntegrityRecordYears).ToListAsync(cancellationToken))
            .ToLookup(r => r.IdNumber);
        var others = (await db.Applications.AsNoTracking().Where(a => EF.Parameter(personIds).Contains(a.PersonId) && a.Year == year)
                .StillCounting().ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId);
        var rows = new List<QualificationRow>(batch.Count);
        foreach (var application in batch.OrderBy(a => a.Id))
        {
            var person = people[application.PersonId];
            var outcome = eligibility.Check(ApplicationCheck.Input(person, ApplicationCheck.RequestOf(application), year, deadline,
                records[person.IdNumber], others[person.Id].Where(o => o.Id != application.Id)));
            Record(jurisdiction, application, outcome);
            applications.Touch(application);
            rows.Add(new QualificationRow(application.Id, application.Number, person.Name, IdNumbers.Mask(person.IdNumber),
                $"{application.Series}{application.Specialty}{Domain.Eligibility.Codes.Level.Label(application.Level)}",
                application.QualificationPassed == true, application.QualificationSummary ?? ""));
        }
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    private void Record(Jurisdiction jurisdiction, TitleApplication application, CheckOutcome outcome)
    {
        application.QualificationCheckedAt = time.GetUtcNow();
        application.QualificationPassed = outcome.Decision?.Eligible == true;
        application.QualificationSummary = ApplicationCheck.Summary(outcome);
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.QualificationChecked, ApplicationStage.InReview, ApplicationStage.InReview,
            ReviewStepKind.CommitteeOffice, application.QualificationPassed == true ? "资格审查通过" : "资格审查未通过", application.QualificationSummary));
    }
}
