using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Pages.Supervision;

/// <summary>
/// Who reaches 单位监督 (N2024-4.3b): the accounts of units — bureaus, competent departments, employers' HR and the other
/// units' accounts — which see their own unit's actions and those of the units they supervise. Applicants and experts
/// have none; they are answered 404.
/// </summary>
public static class SupervisionAccess
{
    public static bool MayUse(Viewer viewer) =>
        viewer.OrganisationId is not null && viewer.Role is not (AccountRole.Applicant or AccountRole.Expert);
}
