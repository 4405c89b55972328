using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.People;
using Zhicheng.App.Tests.Support;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Audit;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Save_CreateUpdateDelete_EachWritesAnEntryWithActorAndFields()
    {
        await using var db = _database.Open("account:1 王科长");
        var employer = await Records.Add(db, Records.Employer());
        var person = Records.Person(employer.Id);
        db.People.Add(person);
        await db.SaveChangesAsync();
        person.Phone = "13800000000";
        await db.SaveChangesAsync();
        person.Assessments.Add(new PersonAssessment { Year = 2023, Grade = AssessmentGrade.Excellent });
        await db.SaveChangesAsync();
        db.Assessments.Remove(person.Assessments[0]);
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => (e.Action, e.EntityType)).ShouldBe(
        [
            ("created", "Organisation"), ("created", "Person"), ("updated", "Person"),
            ("created", "PersonAssessment"), ("deleted", "PersonAssessment"),
        ]);
        entries.ShouldAllBe(e => e.Actor == "account:1 王科长");
        entries[2].Summary.ShouldContain("13800000000");
        entries[2].Summary.ShouldContain("\"before\":{\"Phone\":null}");
        entries[3].Subject.ShouldBe($"Person:{person.Id}");
        (await AuditVerifier.VerifyAsync(db)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Summary_IdentityNumber_IsMasked()
    {
        await using var db = _database.Open();
        var employer = await Records.Add(db, Records.Employer());
        var person = Records.Person(employer.Id);
        db.People.Add(person);
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "Person");
        entry.Summary.ShouldNotContain(person.IdNumber);
        entry.Summary.ShouldContain(person.IdNumber[..6] + "**********" + person.IdNumber[16..]);
    }

    [Fact]
    public async Task Save_Failing_WritesNeitherTheChangeNorItsEntry()
    {
        await using var db = _database.Open();
        var employer = await Records.Add(db, Records.Employer());
        var first = Records.Person(employer.Id);
        db.People.Add(first);
        await db.SaveChangesAsync();
        var before = await db.AuditEntries.CountAsync();

        await using var other = _database.Open();
        var duplicate = Records.Person(employer.Id, "李四");
        duplicate.IdNumber = first.IdNumber;
        other.People.Add(duplicate);
        await Should.ThrowAsync<DbUpdateException>(() => other.SaveChangesAsync());

        await using var check = _database.Open();
        (await check.AuditEntries.CountAsync()).ShouldBe(before);
        (await check.People.CountAsync()).ShouldBe(1);
        (await AuditVerifier.VerifyAsync(check)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Save_FromManyConnectionsAtOnce_KeepsOneUnbrokenChain()
    {
        await using (var db = _database.Open())
        {
            await Records.Add(db, Records.Employer());
        }
        await Parallel.ForAsync(0, 8, async (i, ct) =>
        {
            for (var j = 0; j < 5; j++)
            {
                await using var db = _database.Open($"worker:{i}");
                var unit = await db.Organisations.FirstAsync(ct);
                db.People.Add(Records.Person(unit.Id, $"并发{i}-{j}"));
                await db.SaveChangesAsync(ct);
            }
        });

        await using var verify = _database.Open();
        var result = await AuditVerifier.VerifyAsync(verify);
        result.Intact.ShouldBeTrue(result.Problem);
        result.Entries.ShouldBe(41);
    }

    [Fact]
    public async Task Database_UpdateOrDeleteOfAnEntry_IsRefusedByTheTrigger()
    {
        await using var db = _database.Open();
        await Records.Add(db, Records.Employer());

        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor = 'x'"));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
    }
}
