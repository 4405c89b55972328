namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// That an expert voted, and nothing of how: one row per seat and meeting (unique), written in the same transaction that
/// adds the ballot to <see cref="MeetingCandidate"/>'s counts. Without a time, so that no order of rows or clock can
/// pair a receipt with a change of the counts.
/// </summary>
public sealed class BallotReceipt
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int SeatId { get; set; }
}
