using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;

namespace Zhicheng.App.Features.Committees;

/// <summary>Tables of committees, their filings, scope and members.</summary>
internal static class CommitteeModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Committee>(c =>
        {
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Series).HasMaxLength(50);
            c.Property(x => x.Specialties).HasMaxLength(500);
            c.Property(x => x.StandingReason).HasMaxLength(1000);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => x.Name).IsUnique();
            c.HasIndex(x => x.SupervisingBureauId);
            c.HasOne(x => x.FoundingUnit).WithMany().HasForeignKey(x => x.FoundingUnitId).OnDelete(DeleteBehavior.Restrict);
            c.HasOne(x => x.SupervisingBureau).WithMany().HasForeignKey(x => x.SupervisingBureauId).OnDelete(DeleteBehavior.Restrict);
            c.HasOne<CommitteeFiling>().WithMany().HasForeignKey(x => x.CurrentFilingId).OnDelete(DeleteBehavior.Restrict);
            c.HasMany(x => x.Scope).WithOne().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CommitteeScopeUnit>(s =>
        {
            s.HasIndex(x => new { x.CommitteeId, x.OrganisationId }).IsUnique();
            s.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<CommitteeFiling>(f =>
        {
            f.Property(x => x.Reasons).HasMaxLength(100);
            f.Property(x => x.Name).HasMaxLength(200);
            f.Property(x => x.Series).HasMaxLength(50);
            f.Property(x => x.Specialties).HasMaxLength(500);
            f.Property(x => x.ScopeUnitIds).HasMaxLength(2000);
            f.Property(x => x.ScopeText).HasMaxLength(2000);
            f.Property(x => x.Conditions).HasMaxLength(8000);
            f.Property(x => x.Rules).HasMaxLength(8000);
            f.Property(x => x.Office).HasMaxLength(500);
            f.Property(x => x.SubmittedBy).HasMaxLength(200);
            f.Property(x => x.DecidedBy).HasMaxLength(200);
            f.Property(x => x.Comments).HasMaxLength(2000);
            f.Property(x => x.Version).IsConcurrencyToken();
            f.HasIndex(x => new { x.CommitteeId, x.Id });
            f.HasIndex(x => x.Status);
            f.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<CommitteeMember>(m =>
        {
            m.Property(x => x.Name).HasMaxLength(50);
            m.Property(x => x.Employer).HasMaxLength(200);
            m.Property(x => x.Specialty).HasMaxLength(50);
            m.HasIndex(x => new { x.CommitteeId, x.Specialty });
            m.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            m.HasIndex(x => x.AccountId);
            m.HasOne<Accounts.Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
