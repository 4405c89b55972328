using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// What every check of one application reads, worked out once: the cut-offs, the assessment history,
/// counted tenure and work years, and which education and achievements count before D.
/// </summary>
public sealed class EligibilityFacts
{
    public EligibilityFacts(EligibilityApplication application, Requirements requirements, PolicyVersion policy)
    {
        Application = application;
        Requirements = requirements;
        Policy = policy;
        var settings = policy.Settings;
        var applicant = application.Applicant;
        CountingCutoff = settings.CountingCutoff.In(application.Year);
        ItemCutoff = application.Route == Route.Initial
            ? application.DeterminedOn ?? application.MaterialDeadline
            : application.MaterialDeadline;
        Assessments = new AssessmentHistory(
            applicant.Assessments, application.Year, settings.AssessmentExemptTypes.Contains(applicant.EmploymentType), settings);
        WorkYears = YearCounter.WorkYears(applicant.WorkStartDate, application.Year, settings);
        if (application.Route != Route.Initial && applicant.CurrentTitle is { } title)
        {
            Tenure = YearCounter.Tenure(title.ObtainedOn, application.Year, Assessments, settings);
        }
        SortItems(applicant);
    }

    public EligibilityApplication Application { get; }
    public Applicant Applicant => Application.Applicant;
    public Requirements Requirements { get; }
    public PolicyVersion Policy { get; }
    public PolicySettings Settings => Policy.Settings;

    /// <summary>C: 12-31 of Y (N2024-3.2a).</summary>
    public DateOnly CountingCutoff { get; }

    /// <summary>The day items must be obtained by: D, or for route initial the 初定 date (N2024-3.2b, I-5).</summary>
    public DateOnly? ItemCutoff { get; }

    public AssessmentHistory Assessments { get; }

    /// <summary>Counted tenure at the current level (I-1); null for route initial.</summary>
    public TenureCount? Tenure { get; }

    public int WorkYears { get; }

    /// <summary>Education obtained by the item cut-off.</summary>
    public IReadOnlyList<EducationRecord> CountedEducation { get; private set; } = [];

    /// <summary>How many achievements were obtained by the item cut-off.</summary>
    public int CountedAchievements { get; private set; }

    /// <summary>Education and achievements obtained after the cut-off, left out under N2024-3.2b.</summary>
    public IReadOnlyList<ExcludedItem> ExcludedItems { get; private set; } = [];

    public int ExcludedEducation { get; private set; }

    public int ExcludedAchievements { get; private set; }

    /// <summary>The item cut-off as messages write it.</summary>
    public string ItemCutoffText => _itemCutoffText ??= ItemCutoff is { } d ? Wording.Date(d).ToString() : "截止日";

    private string? _itemCutoffText;

    /// <summary>I-5: on or before D counts (or strictly before, if the setting says so).</summary>
    public bool CountsByCutoff(DateOnly obtainedOn) => ItemCutoff is not { } cutoff
        || obtainedOn < cutoff
        || (obtainedOn == cutoff && Settings.ItemsObtainedOnDeadlineCount);

    private void SortItems(Applicant applicant)
    {
        List<ExcludedItem>? excluded = null;
        var education = applicant.Education;
        if (education.Count > 0)
        {
            List<EducationRecord>? counted = null;
            for (var i = 0; i < education.Count; i++)
            {
                var item = education[i];
                if (CountsByCutoff(item.ObtainedOn))
                {
                    counted?.Add(item);
                    continue;
                }
                // The first item left out: from here on the counted ones need a list of their own.
                counted ??= [.. education.Take(i)];
                (excluded ??= []).Add(new ExcludedItem("education", Codes.Degree.Label(item.Degree), item.ObtainedOn, ClauseIds.ItemsBeforeDeadline));
                ExcludedEducation++;
            }
            CountedEducation = counted ?? education;
        }
        var achievements = 0;
        foreach (var item in applicant.Achievements)
        {
            if (CountsByCutoff(item.ObtainedOn))
            {
                achievements++;
            }
            else
            {
                (excluded ??= []).Add(new ExcludedItem("achievement", item.Title, item.ObtainedOn, ClauseIds.ItemsBeforeDeadline));
                ExcludedAchievements++;
            }
        }
        CountedAchievements = achievements;
        if (excluded is not null)
        {
            ExcludedItems = excluded;
        }
    }
}

/// <summary>An education or achievement item left out of the decision, and the clause that left it out.</summary>
public sealed record ExcludedItem(string Kind, string Title, DateOnly ObtainedOn, string Clause);
