using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Titles;

namespace Zhicheng.App.Features.Meetings;

/// <summary>Tables of meetings, their lists, panels, groups, ballot receipts, result objections, declared relations and certificates.</summary>
internal static class MeetingModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<EvaluationMeeting>(m =>
        {
            m.Property(x => x.Number).HasMaxLength(20);
            m.Property(x => x.Place).HasMaxLength(200);
            m.Property(x => x.Specialties).HasMaxLength(500);
            m.Property(x => x.OverrideReason).HasMaxLength(1000);
            m.Property(x => x.OverrideBy).HasMaxLength(200);
            m.Property(x => x.DrawSeed).HasMaxLength(64);
            m.Property(x => x.DrawnBy).HasMaxLength(200);
            m.Property(x => x.MinutesSha256).HasMaxLength(64);
            m.Property(x => x.ConfirmedBy).HasMaxLength(200);
            m.Property(x => x.DocumentNumber).HasMaxLength(100);
            m.Property(x => x.ConfirmOverrideReason).HasMaxLength(1000);
            m.Property(x => x.CreatedBy).HasMaxLength(200);
            m.Property(x => x.Version).IsConcurrencyToken();
            m.HasIndex(x => new { x.CommitteeId, x.Year });
            m.HasIndex(x => x.Status);
            m.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
            m.HasMany(x => x.Candidates).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            m.HasMany(x => x.Seats).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            m.HasMany(x => x.Groups).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MeetingCandidate>(c =>
        {
            c.Property(x => x.Opinion).HasMaxLength(2000);
            c.Property(x => x.ScoredBy).HasMaxLength(200);
            c.HasIndex(x => x.MeetingId);
            // An application is evaluated at one meeting: of two offices listing it at once, the second is refused.
            c.HasIndex(x => x.ApplicationId).IsUnique();
            c.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            c.HasOne<ReviewGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PanelSeat>(s =>
        {
            s.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
            s.HasIndex(x => x.MemberId);
            s.HasOne(x => x.Member).WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<ReviewGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ReviewGroup>(g => g.Property(x => x.Name).HasMaxLength(50));
        builder.Entity<BallotReceipt>(r =>
        {
            // One ballot per seat: the second of two at once fails on this index and is refused.
            r.HasIndex(x => new { x.MeetingId, x.SeatId }).IsUnique();
            r.HasOne<EvaluationMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<PanelSeat>().WithMany().HasForeignKey(x => x.SeatId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SealedBallot>(b =>
        {
            b.HasIndex(x => x.MeetingId);
            b.HasOne<EvaluationMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ResultObjection>(o =>
        {
            o.Property(x => x.RaisedBy).HasMaxLength(100);
            o.Property(x => x.Content).HasMaxLength(2000);
            o.Property(x => x.RecordedBy).HasMaxLength(200);
            o.Property(x => x.Resolution).HasMaxLength(2000);
            o.Property(x => x.ResolvedBy).HasMaxLength(200);
            o.HasIndex(x => x.MeetingId);
            o.HasOne<EvaluationMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            o.HasOne<MeetingCandidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ExpertRelation>(r =>
        {
            r.Property(x => x.Relation).HasMaxLength(200);
            r.Property(x => x.DeclaredBy).HasMaxLength(200);
            r.HasIndex(x => new { x.MemberId, x.PersonId }).IsUnique();
            r.HasOne<CommitteeMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<TitleCertificate>(c =>
        {
            c.Property(x => x.Number).HasMaxLength(32);
            c.Property(x => x.Algorithm).HasMaxLength(16);
            c.Property(x => x.Token).HasMaxLength(4000);
            c.HasIndex(x => x.Number).IsUnique();
            c.HasIndex(x => x.TitleId).IsUnique();
            c.HasOne(x => x.Title).WithMany().HasForeignKey(x => x.TitleId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
