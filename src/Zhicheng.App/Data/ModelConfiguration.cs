using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Data;

/// <summary>How types are stored: enumerations by name (readable in the tables, stable when members are added), times in UTC.</summary>
internal static class ModelConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<AccountRole>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<TitleSource>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<TitleLevel>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<EmploymentType>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Degree>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<AssessmentGrade>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Sex>().HaveConversion<string>().HaveMaxLength(8);
        builder.Properties<Domain.Committees.CommitteeLevel>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Committees.CommitteeStanding>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Committees.FilingStatus>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Plans.PlanStatus>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Standards.ManagementLevel>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Route>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Channel>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Applications.ApplicationStage>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Applications.ReviewStepKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Applications.MaterialKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Applications.MaterialFormat>().HaveConversion<string>().HaveMaxLength(16);
        builder.Properties<Features.Applications.ApplicationAction>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Integrity.IntegritySubject>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<IntegrityKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<UnitActionKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Domain.Meetings.MeetingStatus>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    /// <summary>Times are written in UTC and read back marked as UTC (SQLite keeps no kind; Npgsql insists on it).</summary>
    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>Keys, indexes and relations; the same for both databases except where a comment says otherwise.</summary>
internal static class ModelConfiguration
{
    public static void Apply(ModelBuilder builder, DatabaseProvider provider)
    {
        builder.Entity<Organisation>(o =>
        {
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.Path).HasMaxLength(200);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.DivisionCode).HasMaxLength(6);
            o.Property(x => x.Contact).HasMaxLength(200);
            o.HasIndex(x => x.Path);
            o.HasIndex(x => x.CreditCode).IsUnique();
            o.HasIndex(x => x.Name);
            o.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            o.HasOne(x => x.CompetentDepartment).WithMany().HasForeignKey(x => x.CompetentDepartmentId).OnDelete(DeleteBehavior.Restrict);
            o.Ignore(x => x.SubtreePrefix);
            o.Ignore(x => x.IsBureau);
        });
        builder.Entity<Person>(p =>
        {
            p.Property(x => x.IdNumber).HasMaxLength(18);
            p.Property(x => x.Name).HasMaxLength(50);
            p.Property(x => x.Phone).HasMaxLength(30);
            p.Property(x => x.Email).HasMaxLength(100);
            p.Property(x => x.PostSeries).HasMaxLength(50);
            p.Property(x => x.PostSpecialty).HasMaxLength(50);
            p.HasIndex(x => x.IdNumber).IsUnique();
            p.HasIndex(x => new { x.Name, x.Id });
            p.HasIndex(x => new { x.UnitId, x.Name });
            p.HasIndex(x => new { x.BureauId, x.Name, x.Id });
            p.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            p.HasMany(x => x.Titles).WithOne().HasForeignKey(x => x.PersonId);
            p.HasMany(x => x.Assessments).WithOne().HasForeignKey(x => x.PersonId);
            p.HasMany(x => x.Education).WithOne().HasForeignKey(x => x.PersonId);
            p.HasMany(x => x.Achievements).WithOne().HasForeignKey(x => x.PersonId);
            if (provider == DatabaseProvider.PostgreSql)
            {
                // Byte order, so that a name or number prefix is an index range whatever the cluster's locale.
                p.Property(x => x.Name).UseCollation("C");
                p.Property(x => x.IdNumber).UseCollation("C");
            }
        });
        builder.Entity<TitleHeld>(t =>
        {
            t.Property(x => x.Series).HasMaxLength(50);
            t.Property(x => x.Specialty).HasMaxLength(50);
            t.Property(x => x.CertificateNumber).HasMaxLength(50);
            t.Property(x => x.GrantedBy).HasMaxLength(200);
            t.Property(x => x.DocumentNumber).HasMaxLength(100);
            t.HasIndex(x => x.ApplicationId);
            t.HasIndex(x => new { x.PersonId, x.Series, x.Specialty, x.Level }).IsUnique();
            // Revoked once: of two revocations at once, the second finds the row changed and is refused.
            t.Property(x => x.RevokedOn).IsConcurrencyToken();
        });
        builder.Entity<PersonAssessment>().HasIndex(x => new { x.PersonId, x.Year }).IsUnique();
        builder.Entity<PersonEducation>(e =>
        {
            e.Property(x => x.School).HasMaxLength(200);
            e.Property(x => x.Major).HasMaxLength(100);
            e.HasIndex(x => new { x.PersonId, x.Degree, x.ObtainedOn }).IsUnique();
        });
        builder.Entity<PersonAchievement>(a =>
        {
            a.Property(x => x.Title).HasMaxLength(300);
            a.HasIndex(x => x.PersonId);
        });
        builder.Entity<Account>(a =>
        {
            a.ToTable("accounts");
            a.Property(x => x.DisplayName).HasMaxLength(100);
            a.Property(x => x.ApiTokenHash).HasMaxLength(64);
            a.HasIndex(x => x.ApiTokenHash).IsUnique();
            a.HasIndex(x => x.OrganisationId);
            a.HasIndex(x => x.PersonId);
            a.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<int>>().ToTable("account_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<int>>().ToTable("account_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<int>>().ToTable("account_tokens");
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.EntityType).HasMaxLength(64);
            e.Property(x => x.EntityId).HasMaxLength(64);
            e.Property(x => x.Subject).HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.Subject, x.Id });
        });
        builder.Entity<AuditHead>(h =>
        {
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.LastHash).HasMaxLength(64);
        });
        builder.Entity<SystemSetting>(s =>
        {
            s.HasKey(x => x.Key);
            s.Property(x => x.Key).HasMaxLength(64);
            s.Property(x => x.Value).HasMaxLength(400);
        });
        Features.Committees.CommitteeModel.Configure(builder);
        Features.Plans.WorkPlanModel.Configure(builder);
        Features.Standards.StandardModel.Configure(builder);
        Features.Applications.ApplicationModel.Configure(builder);
        Features.Meetings.MeetingModel.Configure(builder);
    }
}
