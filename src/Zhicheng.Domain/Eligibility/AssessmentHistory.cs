using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// An applicant's annual assessments (年度考核) read against one application year Y: which years count
/// toward tenure (N2024-3.3a/b, I-2), or, for the employment types of N2024-3.3e, that every year does.
/// </summary>
public sealed class AssessmentHistory
{
    private readonly IReadOnlyList<AnnualAssessment> _assessments;
    private readonly PolicySettings _settings;

    public AssessmentHistory(IReadOnlyList<AnnualAssessment> assessments, int applicationYear, bool exempt, PolicySettings settings)
    {
        _assessments = assessments;
        ApplicationYear = applicationYear;
        Exempt = exempt;
        _settings = settings;
    }

    public int ApplicationYear { get; }

    /// <summary>N2024-3.3e: the applicant may omit assessments; every year counts and 3.3a–d do not apply.</summary>
    public bool Exempt { get; }

    public AssessmentGrade? GradeOf(int year)
    {
        foreach (var assessment in _assessments)
        {
            if (assessment.Year == year)
            {
                return assessment.Grade;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="year"/> counts toward tenure. A graded year counts when graded 合格 or 优秀
    /// (N2024-3.3a/b). An ungraded year before Y does not count (I-2); Y itself counts until it is graded.
    /// Years after Y are presumed to count (used only for the earliest eligible year).
    /// </summary>
    public YearStanding Standing(int year)
    {
        if (Exempt || year > ApplicationYear)
        {
            return YearStanding.Counts;
        }
        var grade = GradeOf(year);
        if (grade is { } g)
        {
            return g.IsQualifiedOrBetter() ? YearStanding.Counts : YearStanding.NonCountingGrade;
        }
        if (year == ApplicationYear && _settings.ApplicationYearCountsUntilGraded)
        {
            return YearStanding.Counts;
        }
        return _settings.MissingAssessmentYearCounts ? YearStanding.Counts : YearStanding.NoRecord;
    }
}

/// <summary>How one calendar year stands toward tenure.</summary>
public enum YearStanding
{
    Counts,
    /// <summary>基本合格、不合格 or 不确定等次 (N2024-3.3b).</summary>
    NonCountingGrade,
    /// <summary>No assessment record for a year that needs one (I-2).</summary>
    NoRecord,
}
