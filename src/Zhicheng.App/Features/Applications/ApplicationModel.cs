using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Organisations;

namespace Zhicheng.App.Features.Applications;

/// <summary>Tables of applications, their chain, timeline, materials and objections; the integrity archive; unit supervision.</summary>
internal static class ApplicationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<TitleApplication>(a =>
        {
            a.Property(x => x.Number).HasMaxLength(20);
            a.Property(x => x.Series).HasMaxLength(50);
            a.Property(x => x.Specialty).HasMaxLength(50);
            a.Property(x => x.QualificationSummary).HasMaxLength(8000);
            a.Property(x => x.IntegrityAcknowledgedBy).HasMaxLength(200);
            a.Property(x => x.CreatedBy).HasMaxLength(200);
            a.Property(x => x.Version).IsConcurrencyToken();
            a.Ignore(x => x.CurrentStep);
            a.HasIndex(x => x.Number);
            // A reviewer's queue: the applications at its organisation's step of its kind, by id — the page and its count
            // are both read from the index.
            a.HasIndex(x => new { x.ReviewerOrganisationId, x.Stage, x.StepKind, x.Id });
            a.HasIndex(x => new { x.CommitteeId, x.Year, x.Stage });
            a.HasIndex(x => new { x.PersonId, x.Year });
            a.HasIndex(x => new { x.UnitId, x.Year });
            a.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ReviewerOrganisationId).OnDelete(DeleteBehavior.Restrict);
            a.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Materials).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Objections).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ApplicationStep>(s =>
        {
            s.Property(x => x.ApprovedBy).HasMaxLength(200);
            s.HasIndex(x => new { x.ApplicationId, x.Order }).IsUnique();
            s.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ApplicationEvent>(e =>
        {
            e.Property(x => x.Actor).HasMaxLength(300);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Items).HasMaxLength(8000);
            e.HasIndex(x => new { x.ApplicationId, x.Id });
        });
        builder.Entity<ApplicationMaterial>(m =>
        {
            m.Property(x => x.FileName).HasMaxLength(200);
            m.Property(x => x.Sha256).HasMaxLength(64);
            m.Property(x => x.UploadedBy).HasMaxLength(200);
            m.HasIndex(x => new { x.ApplicationId, x.Id });
            m.HasIndex(x => x.Sha256);
        });
        builder.Entity<MaterialContent>(c =>
        {
            c.HasKey(x => x.Sha256);
            c.Property(x => x.Sha256).HasMaxLength(64);
        });
        builder.Entity<PublicityObjection>(o =>
        {
            o.Property(x => x.RaisedBy).HasMaxLength(100);
            o.Property(x => x.Content).HasMaxLength(2000);
            o.Property(x => x.RecordedBy).HasMaxLength(200);
            o.Property(x => x.Resolution).HasMaxLength(2000);
            o.Property(x => x.ResolvedBy).HasMaxLength(200);
        });
        builder.Entity<IntegrityEntry>(r =>
        {
            r.Property(x => x.IdNumber).HasMaxLength(18);
            r.Property(x => x.Name).HasMaxLength(50);
            r.Property(x => x.Description).HasMaxLength(2000);
            r.Property(x => x.Evidence).HasMaxLength(2000);
            r.Property(x => x.RecordedBy).HasMaxLength(200);
            r.Property(x => x.CorrectionNote).HasMaxLength(1000);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasIndex(x => new { x.IdNumber, x.DecidedOn });
            r.HasIndex(x => x.DecidedOn);
            r.HasOne(x => x.Authority).WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<TitleApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<UnitAction>(u =>
        {
            u.Property(x => x.Reason).HasMaxLength(2000);
            u.Property(x => x.IssuedByAccount).HasMaxLength(200);
            u.Property(x => x.RectificationReport).HasMaxLength(2000);
            u.Property(x => x.Version).IsConcurrencyToken();
            u.HasIndex(x => new { x.OrganisationId, x.Id });
            u.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            u.HasOne(x => x.IssuedBy).WithMany().HasForeignKey(x => x.IssuedById).OnDelete(DeleteBehavior.Restrict);
            u.HasOne<TitleApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            u.HasOne<UnitAction>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
