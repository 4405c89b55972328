using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.People;

/// <summary>
/// 专业技术人员 — a person's record: who they are, where they work, what they hold. Sex and birth date
/// come from the identity number (GB 11643) and are stored so that lists can sort and filter by them.
/// </summary>
public sealed class Person
{
    public int Id { get; set; }

    /// <summary>公民身份号码, 18 characters, unique; shown masked to viewers who do not need it.</summary>
    public required string IdNumber { get; set; }

    public required string Name { get; set; }

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>
    /// The unit that holds the record: the employer, or — for individual businesses, flexible workers and
    /// freelancers — the talent-service agency or HR bureau that forwards their applications (N2024-3.1c).
    /// </summary>
    public int UnitId { get; set; }

    public Organisation? Unit { get; set; }

    /// <summary>
    /// The bureau whose jurisdiction the unit lies in: the nearest bureau at or above the unit. Derived, never set
    /// by hand: <see cref="PersonBureaus"/> keeps it after every save that adds a person or moves one to another
    /// unit, so that a county bureau's people are one index range by name (see <c>Jurisdiction.People</c>).
    /// </summary>
    public int? BureauId { get; set; }

    /// <summary>单位性质 when the unit is not an employer (individual business, flexible, freelancer); otherwise the employer's.</summary>
    public EmploymentType? EmploymentType { get; set; }

    /// <summary>在职在岗 (N2024-3.1a).</summary>
    public bool InService { get; set; } = true;

    public DateOnly? WorkStartDate { get; set; }

    public string? PostSeries { get; set; }

    public string? PostSpecialty { get; set; }

    public DateOnly? PostSince { get; set; }

    public List<TitleHeld> Titles { get; set; } = [];

    public List<PersonAssessment> Assessments { get; set; } = [];

    public List<PersonEducation> Education { get; set; } = [];

    public List<PersonAchievement> Achievements { get; set; } = [];

    /// <summary>Sets the number and what it determines (sex, birth date).</summary>
    public void SetIdentity(IdentityNumber number)
    {
        IdNumber = number.Value;
        Sex = number.Sex;
        BirthDate = number.BirthDate;
    }
}
