using System.Globalization;
using System.Security.Claims;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Accounts;

/// <summary>
/// The signed-in account as every service sees it: who, in which role, for which organisation or person.
/// Built from the claims the login (cookie or API token) carries; see <see cref="ViewerClaims"/>.
/// </summary>
public sealed record Viewer(int AccountId, string Name, AccountRole Role, int? OrganisationId, int? PersonId)
{
    /// <summary>How the audit trail names this viewer.</summary>
    public string AuditName => $"account:{AccountId} {Name}";

    public bool IsBureau => Role is AccountRole.CityAdmin or AccountRole.CountyStaff;

    /// <summary>
    /// Whether this viewer sees whole identity numbers: bureau staff and an employer's HR keep people's records
    /// and must match them against documents; an applicant sees their own. Department reviewers, committee
    /// offices and experts need only to tell people apart, so they see <c>142701**********34</c>.
    /// </summary>
    public bool SeesFullIdNumbers => Role is AccountRole.CityAdmin or AccountRole.CountyStaff or AccountRole.EmployerHr or AccountRole.Applicant;

    /// <summary>Whether this viewer may add and change people's records (within the jurisdiction).</summary>
    public bool ManagesPeople => Role is AccountRole.CityAdmin or AccountRole.CountyStaff or AccountRole.EmployerHr;

    public static Viewer? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id)
            || !Enum.TryParse<AccountRole>(principal.FindFirstValue(ViewerClaims.Role), out var role))
        {
            return null;
        }
        return new Viewer(id, principal.FindFirstValue(ViewerClaims.DisplayName) ?? principal.Identity.Name ?? "",
            role, Number(principal, ViewerClaims.Organisation), Number(principal, ViewerClaims.Person));
    }

    private static int? Number(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>The claim types Zhicheng puts on a signed-in principal.</summary>
public static class ViewerClaims
{
    public const string Role = "zc:role";
    public const string Organisation = "zc:org";
    public const string Person = "zc:person";
    public const string DisplayName = "zc:name";

    public static IEnumerable<Claim> For(Account account)
    {
        yield return new Claim(Role, account.Role.ToString());
        yield return new Claim(DisplayName, account.DisplayName);
        if (account.OrganisationId is { } organisation)
        {
            yield return new Claim(Organisation, organisation.ToString(CultureInfo.InvariantCulture));
        }
        if (account.PersonId is { } person)
        {
            yield return new Claim(Person, person.ToString(CultureInfo.InvariantCulture));
        }
    }
}
