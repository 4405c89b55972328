using Zhicheng.App.Features.Committees;

namespace Zhicheng.App.Features.Meetings;

/// <summary>评委 — an expert drawn onto a meeting's panel: their review group and whether they are present.</summary>
public sealed class PanelSeat
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int MemberId { get; set; }

    public CommitteeMember? Member { get; set; }

    public int? GroupId { get; set; }

    /// <summary>Signed in as present by the office before the ballot opens; only present experts vote.</summary>
    public bool Present { get; set; }
}
