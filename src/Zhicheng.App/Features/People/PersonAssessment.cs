using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.People;

/// <summary>年度考核 — one year's assessment; a person has at most one per year.</summary>
public sealed class PersonAssessment
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public int Year { get; set; }

    public AssessmentGrade Grade { get; set; }
}
