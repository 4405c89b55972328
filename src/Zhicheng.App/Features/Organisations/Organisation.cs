using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Organisations;

/// <summary>
/// 机构 — a bureau, department, employer or forwarding unit. <see cref="Path"/> lists the ids of its
/// ancestors (<c>/1/4/</c> for an employer under county bureau 4 under city bureau 1), so "everything
/// below bureau 4" is one prefix comparison.
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public OrganisationKind Kind { get; set; }

    public required string Name { get; set; }

    public int? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>The ancestors' ids, root first, each followed by '/'; "/" for the root.</summary>
    public string Path { get; set; } = "/";

    /// <summary>This organisation's own prefix for its descendants: <c>Path + Id + "/"</c>.</summary>
    public string SubtreePrefix => $"{Path}{Id}/";

    /// <summary>统一社会信用代码 (GB 32100), validated; required for employers.</summary>
    public string? CreditCode { get; set; }

    /// <summary>行政区划代码 of a bureau's area (GB/T 2260), e.g. 140802 for 盐湖区.</summary>
    public string? DivisionCode { get; set; }

    /// <summary>单位性质 of an employer (the contract's <c>employmentType</c>).</summary>
    public EmploymentType? EmploymentType { get; set; }

    /// <summary>The industry department that supervises this employer, where it has one.</summary>
    public int? CompetentDepartmentId { get; set; }

    public Organisation? CompetentDepartment { get; set; }

    public string? Contact { get; set; }

    public bool IsBureau => Kind is OrganisationKind.CityBureau or OrganisationKind.CountyBureau;

    /// <summary>Places this organisation under <paramref name="parent"/> (which must already have its id).</summary>
    public void PlaceUnder(Organisation parent)
    {
        Parent = parent;
        ParentId = parent.Id;
        Path = parent.SubtreePrefix;
    }
}
