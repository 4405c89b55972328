using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 无记名: nothing stored links an expert to a choice. Who voted is a receipt of (meeting, seat) and nothing else; what
/// was voted is only counts on the candidates, added by updates the audit trail does not record — so no audit entry
/// written while the ballot is open or at its close carries a count.
/// </summary>
public sealed class BallotSecrecyTests : MeetingServiceTest
{
    [Fact]
    public async Task Receipts_InModelAndDatabase_HoldOnlyIdMeetingAndSeat()
    {
        await using var db = Read();
        var receipt = db.Model.FindEntityType(typeof(BallotReceipt)).ShouldNotBeNull();
        receipt.GetProperties().Select(p => p.Name).Order().ShouldBe(["Id", "MeetingId", "SeatId"]);

        var table = receipt.GetTableName().ShouldNotBeNull();
        var sql = TestDatabase.Provider == Data.DatabaseProvider.PostgreSql
            ? $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'"
            : $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')";
        var columns = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        columns.Order().ShouldBe(["id", "meeting_id", "seat_id"]);
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
    public async Task Ballot_AuditTrailFromOpenToClose_CarriesNoCountOrChoice()
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
        await CloseAsync(meeting);

        await using (var db = Read())
        {
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Id > last).OrderBy(e => e.Id).ToListAsync();
            entries.Where(e => e.EntityType == nameof(BallotReceipt)).Count().ShouldBe(12);
            entries.Where(e => e.EntityType == nameof(BallotReceipt)).ShouldAllBe(e => e.Action == "created" && !e.Summary.Contains("Choice"));
            entries.ShouldNotContain(e => e.EntityType == nameof(MeetingCandidate) && e.Summary.Contains("Yes"));
            entries.ShouldNotContain(e => e.Summary.Contains("\"Yes\"") || e.Summary.Contains("\"No\"") || e.Summary.Contains("\"Abstain\"") || e.Summary.Contains("BallotsCast"));
            // While the ballot was open only receipts were audited: nothing that changes with a choice.
            entries.TakeWhile(e => e.EntityType == nameof(BallotReceipt)).Count().ShouldBe(12);
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
}
