using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Tests.Support;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Audit;

/// <summary>Tampering as someone with the database would do it: drop the guard triggers, then edit rows with SQL.</summary>
public sealed class AuditVerifierTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    private async Task<AppDbContext> FiveEntries()
    {
        var db = _database.Open();
        var employer = await Records.Add(db, Records.Employer());
        for (var i = 0; i < 4; i++)
        {
            db.People.Add(Records.Person(employer.Id, $"人员{i}"));
            await db.SaveChangesAsync();
        }
        await db.Database.ExecuteSqlRawAsync(TestDatabase.Provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;"
            : "DROP TRIGGER audit_entries_append_only ON audit_entries;");
        return db;
    }

    [Fact]
    public async Task Verify_Untouched_IsIntact()
    {
        await using var db = await FiveEntries();
        var result = await AuditVerifier.VerifyAsync(db);
        result.Intact.ShouldBeTrue();
        result.Entries.ShouldBe(5);
        result.LastHash.ShouldNotBeNull().Length.ShouldBe(64);
    }

    [Fact]
    public async Task Verify_Empty_IsIntact()
    {
        await using var db = _database.Open();
        (await AuditVerifier.VerifyAsync(db)).ShouldBe(new AuditVerification(true, null, null, 0, AuditChain.Genesis));
    }

    [Fact]
    public async Task Verify_EditedSummary_NamesThatEntry()
    {
        await using var db = await FiveEntries();
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET summary = '{{}}' WHERE id = 3");
        var result = await AuditVerifier.VerifyAsync(db);
        result.Intact.ShouldBeFalse();
        result.FirstBadId.ShouldBe(3);
        result.Problem.ShouldNotBeNull().ShouldContain("被修改");
    }

    [Fact]
    public async Task Verify_EditedAndRehashed_NamesTheNextEntry()
    {
        await using var db = await FiveEntries();
        var third = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == 3);
        third.Actor = "someone else";
        var hash = AuditChain.HashOf(third);
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET actor = 'someone else', hash = {hash} WHERE id = 3");
        var result = await AuditVerifier.VerifyAsync(db);
        result.FirstBadId.ShouldBe(4);
    }

    [Fact]
    public async Task Verify_DeletedInTheMiddle_NamesTheGap()
    {
        await using var db = await FiveEntries();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE id = 2");
        var result = await AuditVerifier.VerifyAsync(db);
        result.FirstBadId.ShouldBe(3);
        result.Problem.ShouldNotBeNull().ShouldContain("第2至2条记录缺失");
    }

    [Fact]
    public async Task Verify_DeletedAtTheEnd_SaysTheTailIsMissing()
    {
        await using var db = await FiveEntries();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE id = 5");
        var result = await AuditVerifier.VerifyAsync(db);
        result.Intact.ShouldBeFalse();
        result.FirstBadId.ShouldBe(5);
        result.Problem.ShouldNotBeNull().ShouldContain("末尾");
    }

    [Fact]
    public async Task Verify_TwoEntriesSwapped_NamesTheFirstOfThem()
    {
        await using var db = await FiveEntries();
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET id = 100 WHERE id = 2");
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET id = 2 WHERE id = 3");
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET id = 3 WHERE id = 100");
        var result = await AuditVerifier.VerifyAsync(db);
        result.FirstBadId.ShouldBe(2);
    }
}
