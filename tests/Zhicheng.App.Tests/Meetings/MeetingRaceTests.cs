using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// Two people doing the same meeting action at the same moment, each on a context of their own, both having read before
/// either writes (<see cref="MeetingWriteGate"/>): an application ends on one meeting only, and one expert's two ballots
/// count once.
/// </summary>
public sealed class MeetingRaceTests : MeetingServiceTest
{
    [Fact]
    public async Task Schedule_SameApplicationByTwoOfficesAtOnce_OnOneMeetingOnly()
    {
        var secondOffice = new Viewer(9_101, "卫生评委会办公室（二）", AccountRole.CommitteeOffice, World.Health.Id, null);
        await using var first = await Meet(Office);
        await using var second = await Meet(secondOffice);

        var outcomes = await MeetingWriteGate.RaceAsync(Database,
            () => first.Schedule.ScheduleAsync(first.Jurisdiction, Form(MeetingDay, applicationIds: [Accepted[1].Id, Accepted[0].Id])),
            () => second.Schedule.ScheduleAsync(second.Jurisdiction, Form(DeadlineDay, applicationIds: [Accepted[1].Id, Accepted[2].Id])));

        await using var db = Read();
        (await db.MeetingCandidates.CountAsync(c => c.ApplicationId == Accepted[1].Id)).ShouldBe(1, "一份申报只能列入一次评审会议");
        outcomes.Count(o => o.Succeeded).ShouldBe(1);
        outcomes.Single(o => !o.Succeeded).IsNotFound.ShouldBeFalse();
    }

    [Fact]
    public async Task Cast_SameExpertTwiceAtOnce_CountedOnce()
    {
        var meeting = await VotingAsync();
        var expert = ExpertOf(meeting.Seats[0]);
        await using var first = await Meet(expert.Viewer);
        await using var second = await Meet(expert.Viewer);

        var outcomes = await MeetingWriteGate.RaceAsync(Database,
            () => first.Ballot.CastAsync(first.Jurisdiction, meeting.Id, Every(meeting, VoteChoice.Yes)),
            () => second.Ballot.CastAsync(second.Jurisdiction, meeting.Id, Every(meeting, VoteChoice.No)));

        outcomes.Count(o => o.Succeeded).ShouldBe(1);
        outcomes.Single(o => !o.Succeeded).ShouldBeRefused("", ClauseIds.NationalBallot).Message.ShouldBe("您已投过票，每位评委只能投一次");
        (await StoredMeetingAsync(meeting.Id)).BallotsCast.ShouldBe(1);
        await using (var db = Read())
        {
            (await db.BallotReceipts.CountAsync(r => r.MeetingId == meeting.Id)).ShouldBe(1);
            (await db.SealedBallots.CountAsync(b => b.MeetingId == meeting.Id)).ShouldBe(1);
        }
        (await CloseAsync(meeting)).Candidates.ShouldAllBe(c => c.Yes + c.No + c.Abstain == 1);
    }
}

/// <summary>
/// Holds every write to the meetings table back until both actions have read (a transaction that took the write lock
/// on SQLite, an EXCLUSIVE lock of <c>meetings</c> on PostgreSQL, which still lets reads through), then lets them race.
/// </summary>
internal static class MeetingWriteGate
{
    private static readonly TimeSpan ReadTime = TimeSpan.FromSeconds(2);

    public static async Task<T[]> RaceAsync<T>(TestDatabase database, Func<Task<T>> first, Func<Task<T>> second)
    {
        await using DbConnection connection = TestDatabase.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = connection is NpgsqlConnection
                ? "LOCK TABLE meetings IN EXCLUSIVE MODE"
                : "UPDATE meetings SET version = version WHERE 0 = 1";
            await command.ExecuteNonQueryAsync();
        }
        var race = Task.WhenAll(Task.Run(first), Task.Run(second));
        await Task.WhenAny(race, Task.Delay(ReadTime));
        race.IsCompleted.ShouldBeFalse("两个操作都应在写入时被挡住");
        await transaction.RollbackAsync();
        return await race;
    }
}
