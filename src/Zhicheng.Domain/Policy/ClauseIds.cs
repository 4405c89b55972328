namespace Zhicheng.Domain.Policy;

/// <summary>The clause ids that code refers to by name, so a typo is a compile error.</summary>
public static class ClauseIds
{
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
    public const string IntegrityArchive = "N2024-4.4";
}
