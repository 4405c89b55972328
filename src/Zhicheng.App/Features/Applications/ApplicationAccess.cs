using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// Who sees an application and who acts on it. Seeing follows the jurisdiction: the applicant their own; the
/// forwarding unit its own staff's (drafts included); a department, county bureau or committee office those whose
/// chain passes through it, once submitted; a bureau everything forwarded from its area. Acting is narrower: only the
/// current step's organisation, in the role that step needs. Outside what one sees, an application is not found (404).
/// </summary>
public static class ApplicationAccess
{
    public static IQueryable<TitleApplication> Visible(AppDbContext db, Jurisdiction jurisdiction)
    {
        var all = db.Applications.AsQueryable();
        var viewer = jurisdiction.Viewer;
        if (viewer.Role == AccountRole.Applicant)
        {
            var self = viewer.PersonId ?? -1;
            return all.Where(a => a.PersonId == self);
        }
        if (jurisdiction.Home is not { } home || viewer.Role == AccountRole.Expert)
        {
            return all.Where(a => false);
        }
        var id = home.Id;
        if (jurisdiction.IsWholeCity)
        {
            return all.Where(a => a.Stage != ApplicationStage.Draft || a.UnitId == id);
        }
        if (viewer.IsBureau)
        {
            var area = jurisdiction.Organisations(db).Select(o => o.Id);
            return all.Where(a => a.UnitId == id || (a.Stage != ApplicationStage.Draft && (area.Contains(a.UnitId) || a.Steps.Any(s => s.OrganisationId == id))));
        }
        if (viewer.Role == AccountRole.CommitteeOffice)
        {
            var committees = jurisdiction.Committees(db).Select(c => c.Id);
            return all.Where(a => a.Stage != ApplicationStage.Draft && committees.Contains(a.CommitteeId));
        }
        return all.Where(a => a.UnitId == id || (a.Stage != ApplicationStage.Draft && a.Steps.Any(s => s.OrganisationId == id)));
    }

    /// <summary>Whether <paramref name="viewer"/> acts for the organisation of <paramref name="step"/> in the role it needs.</summary>
    public static bool Acts(Viewer viewer, ReviewStepKind kind, int organisationId) =>
        viewer.OrganisationId == organisationId && kind switch
        {
            ReviewStepKind.Unit => viewer.Role is AccountRole.EmployerHr || viewer.IsBureau,
            ReviewStepKind.Department => viewer.Role == AccountRole.DepartmentReviewer,
            ReviewStepKind.CountyBureau => viewer.IsBureau,
            _ => viewer.Role == AccountRole.CommitteeOffice,
        };

    /// <summary>Whether the viewer is on the applicant's side: the applicant, or the unit that forwards for them.</summary>
    public static bool ApplicantSide(Viewer viewer, TitleApplication application) =>
        viewer.Role == AccountRole.Applicant ? viewer.PersonId == application.PersonId
            : viewer.OrganisationId == application.UnitId && (viewer.Role == AccountRole.EmployerHr || viewer.IsBureau);

    /// <summary>
    /// The queue of the viewer's organisation: applications at a step it acts on. A role that acts on one kind of step
    /// compares the kind by equality, so that the database reads the page newest first straight from the queue index
    /// (with a list of kinds PostgreSQL scans the whole table by id instead; docs/benchmarks.md, "Applications").
    /// </summary>
    public static IQueryable<TitleApplication> Queue(AppDbContext db, Viewer viewer)
    {
        var waiting = db.Applications.Where(a => a.ReviewerOrganisationId == viewer.OrganisationId && a.Stage == ApplicationStage.InReview);
        if (viewer.OrganisationId is null)
        {
            return waiting.Where(a => false);
        }
        ReviewStepKind? only = viewer.Role switch
        {
            AccountRole.EmployerHr => ReviewStepKind.Unit,
            AccountRole.DepartmentReviewer => ReviewStepKind.Department,
            AccountRole.CommitteeOffice => ReviewStepKind.CommitteeOffice,
            _ => null,
        };
        if (only is { } kind)
        {
            return waiting.Where(a => a.StepKind == kind);
        }
        // A bureau acts as the unit of those without an employer and as the county bureau of its area.
        return viewer.IsBureau
            ? waiting.Where(a => a.StepKind == ReviewStepKind.Unit || a.StepKind == ReviewStepKind.CountyBureau)
            : waiting.Where(a => false);
    }
}
