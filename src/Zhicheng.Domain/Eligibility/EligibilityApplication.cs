using Zhicheng.Domain.Identity;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// 职称申报 as the eligibility engine sees it: the facts of one application, already validated
/// (dates are real dates, codes are known, the identity number verifies). Building one from JSON,
/// a spreadsheet row or a stored record is the caller's job.
/// </summary>
public sealed record EligibilityApplication
{
    /// <summary>The caller's reference, echoed back in the decision.</summary>
    public string? Id { get; init; }

    /// <summary>Y, 申报年度.</summary>
    public required int Year { get; init; }

    /// <summary>D, 申报材料收审截止日: education and achievements count when obtained on or before it (N2024-3.2b, I-5). Absent only for route initial.</summary>
    public DateOnly? MaterialDeadline { get; init; }

    public required Route Route { get; init; }

    public required TitleTarget Target { get; init; }

    public required Applicant Applicant { get; init; }

    /// <summary>The applicant's other applications in year Y, across all committees (N2024-3.5c).</summary>
    public IReadOnlyList<TitleTarget> OtherApplicationsThisYear { get; init; } = [];

    /// <summary>Route initial only: the date of the 初定 decision (N2024-3.5b).</summary>
    public DateOnly? DeterminedOn { get; init; }

    /// <summary>C, the day every year count runs to: 12-31 of Y (N2024-3.2a).</summary>
    public DateOnly CountingCutoff => new(Year, 12, 31);
}

/// <summary>A title by series, specialty and level — applied for, or applied for elsewhere.</summary>
public sealed record TitleTarget(string Series, string Specialty, TitleLevel Level);

/// <summary>申报人.</summary>
public sealed record Applicant
{
    public required IdentityNumber IdNumber { get; init; }
    public required string Name { get; init; }

    /// <summary>在职在岗 (N2024-3.1a).</summary>
    public required bool InService { get; init; }
    public required EmploymentType EmploymentType { get; init; }
    public required Channel Channel { get; init; }

    /// <summary>参加工作时间; work years are counted from it (I-1).</summary>
    public required DateOnly WorkStartDate { get; init; }

    /// <summary>现从事专业技术岗位; required except for route initial.</summary>
    public CurrentPost? CurrentPost { get; init; }

    /// <summary>现职称; absent for route initial.</summary>
    public HeldTitle? CurrentTitle { get; init; }

    public IReadOnlyList<EducationRecord> Education { get; init; } = [];
    public IReadOnlyList<Achievement> Achievements { get; init; } = [];
    public IReadOnlyList<AnnualAssessment> Assessments { get; init; } = [];
    public IReadOnlyList<IntegrityRecord> Integrity { get; init; } = [];
}

/// <summary>现岗位: the series and specialty of the work the applicant does now, since a date.</summary>
public sealed record CurrentPost(string Series, string Specialty, DateOnly Since);

/// <summary>
/// 现职称. <see cref="ObtainedOn"/> is when this level was first obtained; a 转评 keeps it
/// (N2024-3.4: 同级职称任职时间连续计算) and records <see cref="TransferredOn"/>.
/// </summary>
public sealed record HeldTitle(string Series, string Specialty, TitleLevel Level, DateOnly ObtainedOn, DateOnly? TransferredOn = null);

/// <summary>学历.</summary>
public sealed record EducationRecord(Degree Degree, bool FullTime, DateOnly ObtainedOn);

/// <summary>业绩成果.</summary>
public sealed record Achievement(string Title, DateOnly ObtainedOn);

/// <summary>年度考核 for one calendar year.</summary>
public sealed record AnnualAssessment(int Year, AssessmentGrade Grade);

/// <summary>诚信档案 entry about the applicant (N2024-4.4).</summary>
public sealed record IntegrityRecord(IntegrityKind Kind, DateOnly DecidedOn);
