namespace Zhicheng.App.Features.Meetings;

/// <summary>评议组 — at least the set number of panel experts who score and write opinions on their share of the list.</summary>
public sealed class ReviewGroup
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public required string Name { get; set; }
}
