using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Pages.Plans;

/// <summary>
/// Which accounts reach the year's working pages and endpoints at all; what each may do there, and on which records,
/// the services decide from the viewer's jurisdiction. Anyone else is answered 404, as for a record out of reach.
/// </summary>
public static class PlanAccess
{
    /// <summary>
    /// Work plans and standard drafts: accounts of a unit that founds or runs committees or owns standards — bureaus,
    /// industry departments, employers' HR and committee offices (the nav shows 工作方案 to the same accounts).
    /// Applicants and experts have neither.
    /// </summary>
    public static bool MayUse(Viewer viewer) =>
        viewer.OrganisationId is not null && viewer.Role is not (AccountRole.Applicant or AccountRole.Expert);

    /// <summary>The dashboard: the supervisors of N2024-4.2 — bureaus and industry departments.</summary>
    public static bool Supervises(Viewer viewer) =>
        viewer.Role is AccountRole.CityAdmin or AccountRole.CountyStaff or AccountRole.DepartmentReviewer;
}
