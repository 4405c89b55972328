namespace Zhicheng.Domain.Policy;

/// <summary>The clause ids that code refers to by name, so a typo is a compile error.</summary>
public static class ClauseIds
{
    public const string StandardDimensions = "N2024-1.1";
    public const string StandardPublication = "N2024-1.2";
    public const string SelfEvaluation = "N2024-2.1";
    public const string FilingTriggers = "N2024-2.2";
    public const string FilingContents = "N2024-2.3";
    public const string InService = "N2024-3.1a";
    public const string SpecialtyMatch = "N2024-3.1b";
    public const string Channels = "N2024-3.1c";
    public const string CountedToYearEnd = "N2024-3.2a";
    public const string ItemsBeforeDeadline = "N2024-3.2b";
    public const string QualifiedYearsCount = "N2024-3.3a";
    public const string LowerGradesExcluded = "N2024-3.3b";
    public const string LatestAssessment = "N2024-3.3c";
    public const string ExceptionalExcellent = "N2024-3.3d";
    public const string AssessmentExempt = "N2024-3.3e";
    public const string Transfer = "N2024-3.4";
    public const string LevelByLevel = "N2024-3.5a";
    public const string InitialDetermination = "N2024-3.5b";
    public const string SameYearSameLevel = "N2024-3.5c";
    public const string Falsification = "N2024-4.3c";
    public const string Supervision = "N2024-4.2";
    public const string CommitteeSuspension = "N2024-4.3a";
    public const string UnitSupervision = "N2024-4.3b";
    public const string IntegrityArchive = "N2024-4.4";
    public const string AnnualTimeline = "N2024-4.6a";
    public const string WorkPlan = "N2024-4.6b";

    /// <summary>职称评审管理暂行规定 (人社部令第40号): a committee's filing is valid for at most 3 years, then refiled.</summary>
    public const string NationalFilingTerm = "MOHRSS-40-filing-term";

    /// <summary>职称评审管理暂行规定: minimum number of experts on a committee (senior by series 25, by specialty 11).</summary>
    public const string NationalCommitteeSize = "MOHRSS-40-committee-size";

    /// <summary>职称评审管理暂行规定: the employer reviews the materials, publicises them inside the unit for at least 5 working days and recommends those without objection.</summary>
    public const string NationalUnitReview = "MOHRSS-40-unit-review";

    /// <summary>职称评审管理暂行规定: materials that do not meet the requirements are returned with every item to correct told at once (一次性告知).</summary>
    public const string NationalOneTimeNotice = "MOHRSS-40-one-time-notice";

    /// <summary>职称评审管理暂行规定: an expert's term on a committee is at most 3 years.</summary>
    public const string NationalExpertTerm = "MOHRSS-40-expert-term";

    /// <summary>职称评审管理暂行规定: an expert with a personal or other interest in an applicant withdraws (回避).</summary>
    public const string NationalRecusal = "MOHRSS-40-recusal";

    /// <summary>职称评审管理暂行规定: a meeting needs at least two thirds of its panel present.</summary>
    public const string NationalQuorum = "MOHRSS-40-quorum";

    /// <summary>职称评审管理暂行规定: secret ballot; passed with yes votes of at least two thirds of the experts present.</summary>
    public const string NationalBallot = "MOHRSS-40-ballot";

    /// <summary>职称评审管理暂行规定: a committee may work in review groups (评议组) of at least 3 experts.</summary>
    public const string NationalReviewGroup = "MOHRSS-40-review-group";

    /// <summary>职称评审管理暂行规定: results are publicised for at least 5 working days, then confirmed (审核确认/备案).</summary>
    public const string NationalResultsPublicity = "MOHRSS-40-results-publicity";

    /// <summary>职称评审管理暂行规定: an expert holds a title at least of the level evaluated.</summary>
    public const string NationalExpertLevel = "MOHRSS-40-expert-level";

    /// <summary>职称评审管理暂行规定: the granting authority issues the certificate; electronic certificates count as paper ones.</summary>
    public const string NationalCertificate = "MOHRSS-40-certificate";
}
