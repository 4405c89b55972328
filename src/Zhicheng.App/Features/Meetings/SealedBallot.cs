namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// What one expert voted, sealed (<see cref="BallotSeal"/>): the meeting and an unreadable blob, nothing of who — that is
/// the <see cref="BallotReceipt"/> written in the same transaction. Opened only when the ballot closes, to count.
/// </summary>
public sealed class SealedBallot
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public byte[] Sealed { get; set; } = [];
}
