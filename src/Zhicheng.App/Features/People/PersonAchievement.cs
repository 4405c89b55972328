namespace Zhicheng.App.Features.People;

/// <summary>业绩成果 — a paper, patent, project, award or other achievement, with the date it was obtained.</summary>
public sealed class PersonAchievement
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Title { get; set; }

    public DateOnly ObtainedOn { get; set; }
}
