using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.People;

/// <summary>学历 — one degree; identified within a person by degree and date obtained.</summary>
public sealed class PersonEducation
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Degree Degree { get; set; }

    public bool FullTime { get; set; }

    public DateOnly ObtainedOn { get; set; }

    public string? School { get; set; }

    public string? Major { get; set; }
}
