using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Integrity;

/// <summary>
/// 弄虚作假 (N2024-4.3c): an application found falsified is disqualified (取消申报资格) at whatever step it is — by the
/// reviewer of that step, the committee's office or a supervising bureau — and a title already granted is revoked by
/// the authority that granted it. Either writes the integrity record (N2024-4.4) in the same transaction, so the person
/// cannot apply again while it is active (I-6).
/// </summary>
public sealed class Falsification(AppDbContext db, ApplicationService applications, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<TitleApplication>> DisqualifyAsync(Jurisdiction jurisdiction, int id, int version, string? description, string? evidence,
        CancellationToken cancellationToken = default)
    {
        var problems = Required(description, evidence);
        if (problems.Count > 0)
        {
            return Outcome<TitleApplication>.Refused(problems);
        }
        var application = await applications.FindAsync(jurisdiction, id, cancellationToken);
        if (application is null)
        {
            return Outcome<TitleApplication>.NotFound;
        }
        var viewer = jurisdiction.Viewer;
        var step = application.CurrentStep;
        var mayAct = viewer.IsBureau
            || (viewer.Role == AccountRole.CommitteeOffice && viewer.OrganisationId == application.Committee!.FoundingUnitId)
            || (step is not null && application.Stage == ApplicationStage.InReview && ApplicationAccess.Acts(viewer, step.Kind, step.OrganisationId));
        if (!mayAct)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", "取消申报资格由当前审核环节、评委会办公室或人社部门作出", ClauseIds.Falsification));
        }
        if (application.Stage is not (ApplicationStage.InReview or ApplicationStage.Returned or ApplicationStage.Accepted))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报当前为“{ApplicationStages.Label(application.Stage)}”，不能取消申报资格", ClauseIds.Falsification));
        }
        if (application.Version != version)
        {
            return Outcome<TitleApplication>.Refused(ApplicationService.Stale);
        }
        var from = application.Stage;
        application.Stage = ApplicationStage.Disqualified;
        application.ReviewerOrganisationId = null;
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.Disqualified, from, ApplicationStage.Disqualified, application.StepKind,
            description, $"证据：{evidence!.Trim()}"));
        applications.Touch(application);
        db.IntegrityEntries.Add(Entry(jurisdiction, application.Person!.IdNumber, application.Person.Name, description!, evidence, application.Id));
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>
    /// Revokes a title granted through falsification: by the bodies of the committee that granted it (its supervising
    /// bureau or its office), or by the city bureau for a title whose grantor is not a committee in the system.
    /// </summary>
    public async Task<Outcome<People.TitleHeld>> RevokeTitleAsync(Jurisdiction jurisdiction, int titleId, string? description, string? evidence,
        CancellationToken cancellationToken = default)
    {
        var problems = Required(description, evidence);
        if (problems.Count > 0)
        {
            return Outcome<People.TitleHeld>.Refused(problems);
        }
        var title = await db.Titles.SingleOrDefaultAsync(t => t.Id == titleId, cancellationToken);
        var person = title is null ? null : await jurisdiction.People(db).SingleOrDefaultAsync(p => p.Id == title.PersonId, cancellationToken);
        var viewer = jurisdiction.Viewer;
        if (title is null || (person is null && viewer.Role != AccountRole.CommitteeOffice))
        {
            return Outcome<People.TitleHeld>.NotFound;
        }
        person ??= await db.People.SingleAsync(p => p.Id == title.PersonId, cancellationToken);
        var grantor = title.GrantedBy is { } name ? await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Name == name, cancellationToken) : null;
        var mayRevoke = grantor is null
            ? jurisdiction.IsWholeCity
            : (viewer.IsBureau && viewer.OrganisationId == grantor.SupervisingBureauId) || jurisdiction.IsWholeCity
              || (viewer.Role == AccountRole.CommitteeOffice && viewer.OrganisationId == grantor.FoundingUnitId);
        if (!mayRevoke)
        {
            return Outcome<People.TitleHeld>.Refused(new Problem("", grantor is null
                ? "该职称的授予机关不在本系统中，由市人社局撤销"
                : $"该职称由“{grantor.Name}”评审授予，由其办公室或监管的人社部门撤销", ClauseIds.Falsification));
        }
        if (title.RevokedOn is { } revoked)
        {
            return Outcome<People.TitleHeld>.Refused(new Problem("", $"该职称已于 {revoked:yyyy-MM-dd} 撤销", ClauseIds.Falsification));
        }
        title.RevokedOn = Today;
        db.IntegrityEntries.Add(Entry(jurisdiction, person.IdNumber, person.Name, $"撤销职称：{title.Series}{title.Specialty}{Codes.Level.Label(title.Level)}。{description!.Trim()}", evidence, null));
        return await db.SaveVersionedAsync(title, new Problem("", "该职称已被他人撤销", ClauseIds.Falsification), cancellationToken);
    }

    private IntegrityEntry Entry(Jurisdiction jurisdiction, string idNumber, string name, string description, string? evidence, int? applicationId) => new()
    {
        IdNumber = idNumber, Name = name, Subject = IntegritySubject.Applicant, Kind = IntegrityKind.Falsification,
        Description = description.Trim(), Evidence = evidence!.Trim(), AuthorityId = jurisdiction.Viewer.OrganisationId!.Value, DecidedOn = Today,
        ApplicationId = applicationId, RecordedBy = ApplicationService.Actor(jurisdiction), RecordedAt = time.GetUtcNow(),
    };

    private static List<Problem> Required(string? description, string? evidence)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(description))
        {
            problems.Add(new Problem("description", "请写明弄虚作假的事实", ClauseIds.Falsification));
        }
        if (string.IsNullOrWhiteSpace(evidence))
        {
            problems.Add(new Problem("evidence", "请写明证据", ClauseIds.Falsification));
        }
        return problems;
    }
}
