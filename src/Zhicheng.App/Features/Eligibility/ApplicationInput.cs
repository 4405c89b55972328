namespace Zhicheng.App.Features.Eligibility;

// The application as it arrives (JSON, a spreadsheet row, a form): every field optional and every
// enumeration or date a string, so that nothing is lost before ApplicationValidator names what is wrong.
// Property names are the contract's camelCase JSON names.

/// <summary>One application as submitted, before validation (contract: shared/contracts/eligibility.md).</summary>
public sealed class ApplicationInput
{
    public string? Id { get; set; }
    public int? ApplicationYear { get; set; }
    public string? MaterialDeadline { get; set; }
    public string? Route { get; set; }
    public TitleInput? Target { get; set; }
    public ApplicantInput? Applicant { get; set; }
    public List<TitleInput?>? OtherApplicationsThisYear { get; set; }
    public RequirementsInput? Requirements { get; set; }
    public string? DeterminedOn { get; set; }
}

/// <summary>A series, specialty and level (the target, a held title, another application).</summary>
public sealed class TitleInput
{
    public string? Series { get; set; }
    public string? Specialty { get; set; }
    public string? Level { get; set; }
    public string? ObtainedOn { get; set; }
    public string? TransferredOn { get; set; }
}

public sealed class ApplicantInput
{
    public string? IdNumber { get; set; }
    public string? Name { get; set; }
    public bool? InService { get; set; }
    public string? EmploymentType { get; set; }
    public string? Channel { get; set; }
    public string? WorkStartDate { get; set; }
    public PostInput? CurrentPost { get; set; }
    public TitleInput? CurrentTitle { get; set; }
    public List<EducationInput?>? Education { get; set; }
    public List<AchievementInput?>? Achievements { get; set; }
    public List<AssessmentInput?>? Assessments { get; set; }
    public List<IntegrityInput?>? Integrity { get; set; }
}

public sealed class PostInput
{
    public string? Series { get; set; }
    public string? Specialty { get; set; }
    public string? Since { get; set; }
}

public sealed class EducationInput
{
    public string? Degree { get; set; }
    public bool? FullTime { get; set; }
    public string? ObtainedOn { get; set; }
}

public sealed class AchievementInput
{
    public string? Title { get; set; }
    public string? ObtainedOn { get; set; }
}

public sealed class AssessmentInput
{
    public int? Year { get; set; }
    public string? Grade { get; set; }
}

public sealed class IntegrityInput
{
    public string? Kind { get; set; }
    public string? DecidedOn { get; set; }
}

public sealed class RequirementsInput
{
    public int? TenureYears { get; set; }
    public int? ExceptionalTenureYears { get; set; }
    public string? MinEducation { get; set; }
    public int? MinAchievements { get; set; }
    public int? ExceptionalMinAchievements { get; set; }
    public int? TransferPostYears { get; set; }
}
