using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 无记名: nothing stored links an expert to a choice, and nothing stored while the ballot is open tells a choice at all.
/// Who voted is a receipt of (meeting, seat) and nothing else; what was voted is a sealed ballot of (meeting, blob) that
/// only the key outside the database opens; the counts exist only from the close, and the audit trail records the
/// receipts, never a sealed ballot, and the counts only as the close sets them.
/// </summary>
public sealed class BallotSecrecyTests : MeetingServiceTest
{
    [Fact]
    public async Task Receipts_InModelAndDatabase_HoldOnlyIdMeetingAndSeat()
    {
        await using var db = Read();
        var receipt = db.Model.FindEntityType(typeof(BallotReceipt)).ShouldNotBeNull();
        receipt.GetProperties().Select(p => p.Name).Order().ShouldBe(["Id", "MeetingId", "SeatId"]);

        (await ColumnsAsync(db, receipt.GetTableName().ShouldNotBeNull())).Order().ShouldBe(["id", "meeting_id", "seat_id"]);
    }

    [Fact]
    public async Task SealedBallots_InModelAndDatabase_HoldOnlyIdMeetingAndBlob()
    {
        await using var db = Read();
        var ballot = db.Model.FindEntityType(typeof(SealedBallot)).ShouldNotBeNull();
        ballot.GetProperties().Select(p => p.Name).Order().ShouldBe(["Id", "MeetingId", "Sealed"]);

        (await ColumnsAsync(db, ballot.GetTableName().ShouldNotBeNull())).Order().ShouldBe(["id", "meeting_id", "sealed"]);
    }

    [Fact]
    public async Task OpenBallot_StoredRows_TellNoChoice()
    {
        var meeting = await VotingAsync();
        // Experts 0 and 1 vote alike, expert 2 the opposite: equal ballots must not look equal, and no blob holds the list in clear.
        await VoteAsync(meeting,
            "YYN---------",
            "YYN---------",
            "NNY---------",
            "AAY---------");

        await using var db = Read();
        (await db.MeetingCandidates.Where(c => c.MeetingId == meeting.Id).ToListAsync()).ShouldAllBe(c => c.Yes == 0 && c.No == 0 && c.Abstain == 0 && c.Passed == null);
        var blobs = await db.SealedBallots.Where(b => b.MeetingId == meeting.Id).Select(b => b.Sealed).ToListAsync();
        blobs.Count.ShouldBe(3);
        blobs.Select(b => b.Length).Distinct().Count().ShouldBe(1, "每张选票一样长");
        blobs.Select(Convert.ToHexString).Distinct().Count().ShouldBe(3, "两张相同的选票存下来也不相同");
        foreach (var blob in blobs)
        {
            foreach (var candidate in meeting.Candidates)
            {
                var id = new byte[4];
                System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(id, candidate.Id);
                blob.AsSpan().IndexOf(id).ShouldBe(-1);
            }
        }
    }

    [Fact]
    public async Task Model_NoTableHoldsAChoiceBesideASeatOrMember()
    {
        await using var db = Read();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            entity.GetProperties().ShouldNotContain(p => p.ClrType == typeof(VoteChoice) || p.ClrType == typeof(VoteChoice?), entity.Name);
        }
        var counted = db.Model.GetEntityTypes().Where(e => e.FindProperty("Yes") is not null).Select(e => e.ClrType).ToList();
        counted.ShouldBe([typeof(MeetingCandidate)]);
        db.Model.FindEntityType(typeof(MeetingCandidate))!.GetProperties().Select(p => p.Name)
            .ShouldNotContain(n => n.Contains("Seat") || n.Contains("Member") || n.Contains("Account") || n.Contains("Receipt"));
    }

    [Fact]
    public async Task Ballot_AuditTrail_OnlyReceiptsWhileOpen_TheCountsOnceAtTheClose()
    {
        var meeting = await VotingAsync();
        long last;
        await using (var db = Read())
        {
            last = await db.AuditEntries.MaxAsync(e => e.Id);
        }

        await VoteAsync(meeting,
            "YYYYYYYYNNNN",
            "NNNNYYYYAAAA",
            "AAAAAAAAAAAA",
            "YYYYYYYYYYYY");
        long voted;
        await using (var db = Read())
        {
            voted = await db.AuditEntries.MaxAsync(e => e.Id);
        }
        await CloseAsync(meeting);

        await using (var db = Read())
        {
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Id > last).OrderBy(e => e.Id).ToListAsync();
            entries.ShouldNotContain(e => e.EntityType == nameof(SealedBallot));
            var whileOpen = entries.Where(e => e.Id <= voted).ToList();
            whileOpen.Count.ShouldBe(12);
            whileOpen.ShouldAllBe(e => e.EntityType == nameof(BallotReceipt) && e.Action == "created" && !e.Summary.Contains("Choice") && !e.Summary.Contains("Sealed"));
            var counted = entries.Where(e => e.EntityType == nameof(MeetingCandidate)
                && (e.Summary.Contains("\"Yes\"") || e.Summary.Contains("\"No\"") || e.Summary.Contains("\"Abstain\""))).ToList();
            counted.Select(e => e.EntityId).Order().ShouldBe(meeting.Candidates.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());
            counted.ShouldAllBe(e => e.Id > voted);
        }
        var stored = await StoredMeetingAsync(meeting.Id);
        stored.Candidates.Select(c => (c.Yes, c.No, c.Abstain)).ShouldBe([(8, 4, 0), (4, 4, 4), (0, 0, 12), (12, 0, 0)]);
    }

    [Fact]
    public async Task ExpertView_AfterVoting_ShowsOnlyThatTheyVoted()
    {
        var meeting = await VotingAsync();
        var expert = ExpertOf(meeting.Seats[0]);
        (await CastAsync(expert, meeting.Id, Every(meeting, VoteChoice.No))).ShouldSucceed();
        await using var desk = await Meet(expert.Viewer);

        var view = (await desk.Queries.ForSeatAsync(expert.Viewer, meeting.Id)).ShouldNotBeNull();
        view.Voted.ShouldBeTrue();
        (await desk.Queries.ForExpertAsync(expert.Viewer)).Single().Voted.ShouldBeTrue();
        var other = ExpertOf(meeting.Seats[1]);
        (await desk.Queries.ForSeatAsync(other.Viewer, meeting.Id)).ShouldNotBeNull().Voted.ShouldBeFalse();
    }

    /// <summary>The columns the database itself has for <paramref name="table"/>.</summary>
    private static Task<List<string>> ColumnsAsync(Data.AppDbContext db, string table) =>
        db.Database.SqlQueryRaw<string>(TestDatabase.Provider == Data.DatabaseProvider.PostgreSql
            ? $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'"
            : $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')").ToListAsync();
}
