using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Policy;

/// <summary>
/// Every number and choice of a policy version that a notice, a national rule or an interpretation
/// could change. The defaults are N2024's; a later notice makes a new instance, never edits this one.
/// </summary>
public sealed record PolicySettings
{
    /// <summary>N2024-3.2a: work years and tenure are counted to this day of the application year.</summary>
    public MonthDay CountingCutoff { get; init; } = new(12, 31);

    /// <summary>N2024-3.5b: an 初定 must be decided on or before this day of its year.</summary>
    public MonthDay InitialDeterminationCutoff { get; init; } = new(11, 30);

    /// <summary>
    /// N2024-3.5b: the first year whose 初定 the cut-off governs wherever one is recorded (the notice's own year); an
    /// 初定 of an earlier year was made under the rules of its time and is recorded as it happened.
    /// </summary>
    public int InitialDeterminationCutoffFrom { get; init; } = 2024;

    /// <summary>N2024-4.4: years an integrity record stays active after its decision date.</summary>
    public int IntegrityRecordYears { get; init; } = 3;

    /// <summary>N2024-3.3e: employment types that may omit annual assessments; for them every year counts.</summary>
    public IReadOnlySet<EmploymentType> AssessmentExemptTypes { get; init; } = new HashSet<EmploymentType>
    {
        EmploymentType.NonPublic, EmploymentType.IndividualBusiness, EmploymentType.Flexible, EmploymentType.Freelancer,
    };

    /// <summary>I-1: a level obtained on 01-01 of a counting year counts that whole year.</summary>
    public bool JanuaryFirstCountsWholeYear { get; init; } = true;

    /// <summary>I-2: a year before Y with no assessment record counts (default: it does not).</summary>
    public bool MissingAssessmentYearCounts { get; init; }

    /// <summary>I-2: year Y counts unless it already has a non-counting grade.</summary>
    public bool ApplicationYearCountsUntilGraded { get; init; } = true;

    /// <summary>I-3: with no grade for Y, the grade of Y−1 decides N2024-3.3c.</summary>
    public bool LatestAssessmentFallsBackToPreviousYear { get; init; } = true;

    /// <summary>I-4: how many years before Y the 优秀 of N2024-3.3d may come from.</summary>
    public int ExcellentWindowYears { get; init; } = 3;

    /// <summary>I-4: an 优秀 already given for Y itself also meets N2024-3.3d.</summary>
    public bool ExcellentWindowIncludesGradedApplicationYear { get; init; } = true;

    /// <summary>I-5: an item obtained on D itself counts as "before D".</summary>
    public bool ItemsObtainedOnDeadlineCount { get; init; } = true;

    /// <summary>I-6: what an active falsification record does to an application.</summary>
    public FalsificationHandling Falsification { get; init; } = FalsificationHandling.Block;

    /// <summary>MOHRSS-40-filing-term: years a committee's filing stays valid (the national cap is 3).</summary>
    public int FilingValidityYears { get; init; } = 3;

    /// <summary>N2024-4.2: the dashboard flags a filing that ends within this many days.</summary>
    public int FilingExpiryWarningDays { get; init; } = 90;

    /// <summary>MOHRSS-40-committee-size: least experts on a senior committee formed by series.</summary>
    public int MinSeniorCommitteeBySeries { get; init; } = 25;

    /// <summary>MOHRSS-40-committee-size: least experts on a senior committee formed by specialty.</summary>
    public int MinSeniorCommitteeBySpecialty { get; init; } = 11;

    /// <summary>
    /// MOHRSS-40-committee-size: least experts on an intermediate or junior committee. The national rule sets numbers
    /// only for senior committees and leaves these to the province, so the default is null = no minimum.
    /// </summary>
    public int? MinOtherCommittee { get; init; }

    /// <summary>MOHRSS-40-expert-term: the longest term of an expert on a committee, in years.</summary>
    public int ExpertTermYears { get; init; } = 3;

    /// <summary>MOHRSS-40-unit-review: working days an application is publicised inside the unit before it is recommended.</summary>
    public int UnitPublicityWorkingDays { get; init; } = 5;

    /// <summary>N2024-4.6a: committees finish evaluation by this day of the year (no meeting after it).</summary>
    public MonthDay EvaluationDeadline { get; init; } = new(11, 30);

    /// <summary>N2024-4.6a: results are reviewed and published by this day of the year.</summary>
    public MonthDay ResultsDeadline { get; init; } = new(12, 31);

    /// <summary>N2024-4.6b: the dashboard flags a year's work plan not approved by this day.</summary>
    public MonthDay PlanApprovalDue { get; init; } = new(7, 31);

    /// <summary>MOHRSS-40-quorum: the share of the panel that must be present (numerator).</summary>
    public int QuorumNumerator { get; init; } = 2;

    /// <summary>MOHRSS-40-quorum: the share of the panel that must be present (denominator).</summary>
    public int QuorumDenominator { get; init; } = 3;

    /// <summary>MOHRSS-40-ballot: the share of present experts whose yes votes pass an applicant (numerator).</summary>
    public int PassNumerator { get; init; } = 2;

    /// <summary>MOHRSS-40-ballot: the share of present experts whose yes votes pass an applicant (denominator).</summary>
    public int PassDenominator { get; init; } = 3;

    /// <summary>MOHRSS-40-review-group: least experts in a review group (评议组).</summary>
    public int MinReviewGroupSize { get; init; } = 3;

    /// <summary>MOHRSS-40-results-publicity: working days the results are publicised before confirmation.</summary>
    public int ResultsPublicityWorkingDays { get; init; } = 5;
}

/// <summary>I-6: block the application, or let it through with a warning reviewers must acknowledge.</summary>
public enum FalsificationHandling
{
    Block,
    Warn,
}
