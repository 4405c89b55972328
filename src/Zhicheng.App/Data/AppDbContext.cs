using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;

namespace Zhicheng.App.Data;

/// <summary>
/// The system's database: SQLite by default (a file under ./data), PostgreSQL in production; one model, a
/// subclass per provider so each has its own migrations. Every SaveChanges that changes something also
/// appends the audit entries for those changes, in the same transaction (<see cref="AuditEntry"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AuditActor actor, TimeProvider time)
    : IdentityUserContext<Account, int>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<TitleHeld> Titles => Set<TitleHeld>();

    public DbSet<PersonAssessment> Assessments => Set<PersonAssessment>();

    public DbSet<PersonEducation> Education => Set<PersonEducation>();

    public DbSet<PersonAchievement> Achievements => Set<PersonAchievement>();

    public DbSet<Committee> Committees => Set<Committee>();

    public DbSet<CommitteeFiling> CommitteeFilings => Set<CommitteeFiling>();

    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();

    public DbSet<WorkPlan> WorkPlans => Set<WorkPlan>();

    public DbSet<EvaluationStandard> Standards => Set<EvaluationStandard>();

    public DbSet<TitleApplication> Applications => Set<TitleApplication>();

    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();

    public DbSet<ApplicationMaterial> Materials => Set<ApplicationMaterial>();

    public DbSet<MaterialContent> MaterialContents => Set<MaterialContent>();

    public DbSet<PublicityObjection> Objections => Set<PublicityObjection>();

    public DbSet<IntegrityEntry> IntegrityEntries => Set<IntegrityEntry>();

    public DbSet<UnitAction> UnitActions => Set<UnitAction>();

    public DbSet<Features.Meetings.EvaluationMeeting> Meetings => Set<Features.Meetings.EvaluationMeeting>();

    public DbSet<Features.Meetings.MeetingCandidate> MeetingCandidates => Set<Features.Meetings.MeetingCandidate>();

    public DbSet<Features.Meetings.PanelSeat> PanelSeats => Set<Features.Meetings.PanelSeat>();

    public DbSet<Features.Meetings.ReviewGroup> ReviewGroups => Set<Features.Meetings.ReviewGroup>();

    public DbSet<Features.Meetings.BallotReceipt> BallotReceipts => Set<Features.Meetings.BallotReceipt>();

    public DbSet<Features.Meetings.SealedBallot> SealedBallots => Set<Features.Meetings.SealedBallot>();

    public DbSet<Features.Meetings.ResultObjection> ResultObjections => Set<Features.Meetings.ResultObjection>();

    public DbSet<Features.Meetings.ExpertRelation> ExpertRelations => Set<Features.Meetings.ExpertRelation>();

    public DbSet<Features.Titles.TitleCertificate> Certificates => Set<Features.Titles.TitleCertificate>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();

    public AuditActor Actor => actor;

    public TimeProvider Time => time;

    public abstract DatabaseProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ModelConventions.Apply(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModelConfiguration.Apply(builder, Provider);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var capture = AuditCapture.Of(ChangeTracker);
        if (capture.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var unitsNotYetSaved = await PersonBureaus.AssignBeforeAsync(this, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await PersonBureaus.AssignAfterAsync(this, unitsNotYetSaved, cancellationToken);
            await AppendAsync(capture.Entries(actor.Name, AuditChain.Stamp(time.GetUtcNow())), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Appends an entry for something that is not a row change (a sign-in refused, an import finished).</summary>
    public async Task RecordAsync(string action, string entityType, string entityId, string summary, CancellationToken cancellationToken = default)
    {
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            await AppendAsync(
            [
                new AuditEntry
                {
                    At = AuditChain.Stamp(time.GetUtcNow()), Actor = actor.Name, Action = action, EntityType = entityType,
                    EntityId = entityId, Subject = $"{entityType}:{entityId}", Summary = summary, PreviousHash = "", Hash = "",
                },
            ], cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Serialises writers of the chain until the transaction ends. SQLite: Microsoft.Data.Sqlite begins
    /// transactions IMMEDIATE, which already holds the database's write lock. PostgreSQL: an advisory lock.
    /// </summary>
    protected abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    private Task AppendAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken) =>
        AuditAppender.AppendAsync(this, entries, cancellationToken);
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The SQLite flavour (default; migrations in Data/Migrations/Sqlite).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditActor actor, TimeProvider time)
    : AppDbContext(options, actor, time)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The PostgreSQL flavour (migrations in Data/Migrations/PostgreSql).</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options, AuditActor actor, TimeProvider time)
    : AppDbContext(options, actor, time)
{
    /// <summary>The advisory-lock key of the audit chain ("ZHCAUDIT" as a number).</summary>
    private const long AuditLockKey = 0x5A48434155444954;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);
}

/// <summary>A named system-wide value (for example that the database holds demo data).</summary>
public sealed class SystemSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
