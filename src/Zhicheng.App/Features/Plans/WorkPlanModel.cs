using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Standards;

namespace Zhicheng.App.Features.Plans;

/// <summary>The table of annual work plans: one per committee and year.</summary>
internal static class WorkPlanModel
{
    public static void Configure(ModelBuilder builder) =>
        builder.Entity<WorkPlan>(p =>
        {
            p.Property(x => x.MeetingDates).HasMaxLength(400);
            p.Property(x => x.RecommendationProcedure).HasMaxLength(8000);
            p.Property(x => x.WorkDiscipline).HasMaxLength(8000);
            p.Property(x => x.OverrideReason).HasMaxLength(1000);
            p.Property(x => x.OverrideBy).HasMaxLength(200);
            p.Property(x => x.DecidedBy).HasMaxLength(200);
            p.Property(x => x.Comments).HasMaxLength(2000);
            p.Property(x => x.Version).IsConcurrencyToken();
            p.Ignore(x => x.Meetings);
            p.HasIndex(x => new { x.CommitteeId, x.Year }).IsUnique();
            p.HasIndex(x => new { x.Year, x.Status });
            p.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
            p.HasOne<EvaluationStandard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.Restrict);
        });
}
