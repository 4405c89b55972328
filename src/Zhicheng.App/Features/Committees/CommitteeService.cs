using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Committees;

/// <summary>
/// 评委会 — finding the committees and filings a viewer may see, who manages them, and whether a committee may act
/// this year (N2024-2.2, 4.3a, 4.6b). Filing them is <see cref="CommitteeFilings"/>'s, their roster
/// <see cref="CommitteeRoster"/>'s. Every method starts from the viewer's jurisdiction; a committee outside it is not found.
/// </summary>
public sealed class CommitteeService(AppDbContext db, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The committees the viewer may see, optionally filtered by a name fragment, level and standing.</summary>
    public IQueryable<Committee> List(Jurisdiction jurisdiction, string? query = null, CommitteeLevel? level = null, CommitteeStanding? standing = null)
    {
        var committees = jurisdiction.Committees(db).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            committees = committees.Where(c => c.Name.Contains(q) || c.Series.Contains(q));
        }
        if (level is { } l)
        {
            committees = committees.Where(c => c.Level == l);
        }
        if (standing is { } s)
        {
            committees = committees.Where(c => c.Standing == s);
        }
        return committees.OrderBy(c => c.Id);
    }

    public Task<Committee?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default) =>
        jurisdiction.Committees(db)
            .Include(c => c.FoundingUnit).Include(c => c.SupervisingBureau)
            .Include(c => c.Members.OrderBy(m => m.Specialty).ThenBy(m => m.Name))
            .Include(c => c.Scope).ThenInclude(s => s.Organisation)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>A filing (with its committee) of a committee the viewer may see; null outside the jurisdiction.</summary>
    public Task<CommitteeFiling?> FindFilingAsync(Jurisdiction jurisdiction, int filingId, CancellationToken cancellationToken = default) =>
        db.CommitteeFilings.AsNoTracking().Include(f => f.Committee)
            .Where(f => jurisdiction.Committees(db).Any(c => c.Id == f.CommitteeId))
            .SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken);

    /// <summary>Whether the viewer's role manages committees: founds them, keeps their filings, roster and plans.</summary>
    public static bool Manages(Viewer viewer) => ManagesCommittees(viewer);

    /// <summary>
    /// Whether the viewer is the committee's supervising bureau or a bureau above it: the one that approves its
    /// filings (N2024-2.2) and may suspend, lift or revoke it (N2024-4.3a).
    /// </summary>
    public async Task<bool> SupervisesAsync(Jurisdiction jurisdiction, Committee committee, CancellationToken cancellationToken = default) =>
        jurisdiction.Viewer.IsBureau && jurisdiction.Home is not null
        && await jurisdiction.Organisations(db).AnyAsync(o => o.Id == committee.SupervisingBureauId, cancellationToken);

    /// <summary>The committee's filings, newest first.</summary>
    public Task<List<CommitteeFiling>> FilingsAsync(int committeeId, CancellationToken cancellationToken = default) =>
        db.CommitteeFilings.AsNoTracking().Where(f => f.CommitteeId == committeeId).OrderByDescending(f => f.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// The filings awaiting the viewer's decision: submitted, of committees the viewer's bureau supervises; oldest
    /// filing first (by id: SQLite cannot order by a DateTimeOffset column).
    /// </summary>
    public IQueryable<CommitteeFiling> PendingDecisions(Jurisdiction jurisdiction) =>
        db.CommitteeFilings.AsNoTracking().Include(f => f.Committee)
            .Where(f => f.Status == FilingStatus.Submitted)
            .Where(f => jurisdiction.Committees(db).Any(c => c.Id == f.CommitteeId))
            .OrderBy(f => f.Id);

    /// <summary>Whether the committee may do <paramref name="action"/> for <paramref name="year"/> today (N2024-2.2, 4.3a, 4.6b).</summary>
    public async Task<Refusal?> GateAsync(Committee committee, CommitteeAction action, int year, CancellationToken cancellationToken = default)
    {
        var planApproved = await db.WorkPlans.AnyAsync(p => p.CommitteeId == committee.Id && p.Year == year && p.Status == Domain.Plans.PlanStatus.Approved, cancellationToken);
        return CommitteeGate.Check(Snapshot(committee, planApproved), action, year, Today, Settings);
    }

    public static CommitteeSnapshot Snapshot(Committee committee, bool planApproved) =>
        new(committee.Standing, committee.RectifyBy, committee.CurrentFilingId is not null, committee.FilingValidUntil, planApproved);

    internal static bool ManagesCommittees(Viewer viewer) => viewer.Role is AccountRole.CityAdmin or AccountRole.CountyStaff
        or AccountRole.DepartmentReviewer or AccountRole.EmployerHr or AccountRole.CommitteeOffice;

    /// <summary>A committee the viewer may manage: in the jurisdiction, and the viewer's role manages committees.</summary>
    internal async Task<Committee?> ManagedAsync(Jurisdiction jurisdiction, int committeeId, CancellationToken cancellationToken) =>
        ManagesCommittees(jurisdiction.Viewer)
            ? await jurisdiction.Committees(db).Include(c => c.FoundingUnit).SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken)
            : null;
}
