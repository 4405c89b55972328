using Microsoft.EntityFrameworkCore;

namespace Zhicheng.App.Features.Standards;

/// <summary>The table of evaluation standard versions.</summary>
internal static class StandardModel
{
    public static void Configure(ModelBuilder builder) =>
        builder.Entity<EvaluationStandard>(s =>
        {
            s.Property(x => x.Title).HasMaxLength(200);
            s.Property(x => x.Series).HasMaxLength(50);
            s.Property(x => x.Specialty).HasMaxLength(50);
            s.Property(x => x.PublishedBy).HasMaxLength(200);
            s.Ignore(x => x.IsPublished);
            s.HasIndex(x => new { x.Series, x.Specialty, x.Level, x.Version }).IsUnique();
            s.HasOne(x => x.OwnerUnit).WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        });
}
