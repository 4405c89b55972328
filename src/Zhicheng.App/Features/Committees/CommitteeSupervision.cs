using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Committees;

/// <summary>What a supervising bureau does to a committee (N2024-4.3a).</summary>
public enum SupervisionKind
{
    /// <summary>暂停评审，限期整改.</summary>
    Suspend = 1,
    /// <summary>整改到位，恢复评审.</summary>
    Lift = 2,
    /// <summary>收回评审权.</summary>
    Revoke = 3,
}

/// <summary>
/// 评委会监管 — suspend a committee with a rectification deadline, lift the suspension, or revoke its power
/// (N2024-4.3a), each with a reason; the committee's row change is the audit entry, reason included. Only a
/// bureau whose jurisdiction holds the committee's supervising bureau may act.
/// </summary>
public sealed class CommitteeSupervision(AppDbContext db, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<Committee>> ActAsync(Jurisdiction jurisdiction, int committeeId, SupervisionKind kind, string? reason, DateOnly? rectifyBy, CancellationToken cancellationToken = default)
    {
        var committee = await jurisdiction.Committees(db).SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<Committee>.NotFound;
        }
        if (!jurisdiction.Viewer.IsBureau || !await jurisdiction.Organisations(db).AnyAsync(o => o.Id == committee.SupervisingBureauId, cancellationToken))
        {
            return Outcome<Committee>.Refused(new Problem("", "只有监管该评委会的人社部门可以暂停、恢复或收回评审权", ClauseIds.CommitteeSuspension));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<Committee>.Refused(new Problem("reason", "请写明理由", ClauseIds.CommitteeSuspension));
        }
        var refusal = kind switch
        {
            SupervisionKind.Suspend => Supervision.Suspend(committee.Standing, rectifyBy, Today),
            SupervisionKind.Lift => Supervision.Lift(committee.Standing),
            _ => Supervision.Revoke(committee.Standing),
        };
        if (refusal is not null)
        {
            return Outcome<Committee>.Refused(Problem.Of(refusal, kind == SupervisionKind.Suspend ? "rectifyBy" : ""));
        }
        (committee.Standing, committee.RectifyBy) = kind switch
        {
            SupervisionKind.Suspend => (CommitteeStanding.Suspended, rectifyBy),
            SupervisionKind.Lift => (CommitteeStanding.Active, (DateOnly?)null),
            _ => (CommitteeStanding.Revoked, (DateOnly?)null),
        };
        committee.StandingReason = reason.Trim();
        committee.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Committee>.Done(committee);
    }
}
