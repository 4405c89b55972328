namespace Zhicheng.Domain.Eligibility;

/// <summary>申报类型 — the route an application takes.</summary>
public enum Route
{
    /// <summary>晋升: the next level, after the standard tenure.</summary>
    Promotion,
    /// <summary>破格: the next level before the standard tenure, on exceptional achievements.</summary>
    Exceptional,
    /// <summary>转评: the same level in the series/specialty of a new post (N2024-3.4).</summary>
    Transfer,
    /// <summary>初定: a new full-time graduate's first title, determined by the employer (N2024-3.5b).</summary>
    Initial,
}

/// <summary>职称层级, lowest first; 员级 and 助理级 together are 初级.</summary>
public enum TitleLevel
{
    Clerk = 1,
    Assistant = 2,
    Intermediate = 3,
    AssociateSenior = 4,
    Senior = 5,
}

/// <summary>单位性质 — what kind of employer (if any) the applicant works for.</summary>
public enum EmploymentType
{
    PublicInstitution,
    StateOwnedEnterprise,
    GovernmentAgency,
    NonPublic,
    IndividualBusiness,
    Flexible,
    Freelancer,
}

/// <summary>报送渠道 — who forwards the application towards the committee (N2024-3.1c).</summary>
public enum Channel
{
    Employer,
    LaborDispatch,
    CompetentDepartment,
    TalentService,
    HrBureau,
}

/// <summary>学历, lowest first.</summary>
public enum Degree
{
    Secondary = 1,
    Associate = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

/// <summary>年度考核等次.</summary>
public enum AssessmentGrade
{
    Excellent,
    Qualified,
    BasicallyQualified,
    Unqualified,
    Undetermined,
}

/// <summary>失信行为类别 in the integrity archive (诚信档案库, N2024-4.4).</summary>
public enum IntegrityKind
{
    /// <summary>弄虚作假: false materials, forged documents (N2024-4.3c); blocks an application under I-6.</summary>
    Falsification,
    /// <summary>学术不端: plagiarism and other academic misconduct.</summary>
    AcademicMisconduct,
    /// <summary>违反评审纪律: breaches of evaluation discipline.</summary>
    DisciplineViolation,
    /// <summary>其他失信行为.</summary>
    Other,
}

public static class AssessmentGradeExtensions
{
    /// <summary>合格及以上 — the grades that count toward tenure (N2024-3.3a).</summary>
    public static bool IsQualifiedOrBetter(this AssessmentGrade grade) =>
        grade is AssessmentGrade.Excellent or AssessmentGrade.Qualified;
}
