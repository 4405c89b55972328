using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Integrity;

/// <summary>
/// 单位监督 (N2024-4.3b): a bureau orders a unit in its area that failed its review duty (an employer, a forwarding unit or a
/// competent department) to rectify by a deadline; the unit reports what it rectified; a unit that has not rectified
/// by the deadline gets a notice of criticism (通报批评). The unit and everyone supervising it see both.
/// </summary>
public sealed class UnitSupervision(AppDbContext db, TimeProvider time)
{
    private static readonly Problem Stale = new("version", "该记录已被他人处理，请刷新后查看", ClauseIds.UnitSupervision);

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The actions on units the viewer sees: its own organisation's, and those of every unit in its jurisdiction.</summary>
    public IQueryable<UnitAction> List(Jurisdiction jurisdiction)
    {
        var units = jurisdiction.Organisations(db).Select(o => o.Id);
        return db.UnitActions.AsNoTracking().Include(a => a.Organisation).Include(a => a.IssuedBy)
            .Where(a => units.Contains(a.OrganisationId)).OrderByDescending(a => a.Id);
    }

    public async Task<Outcome<UnitAction>> OrderAsync(Jurisdiction jurisdiction, int organisationId, string? reason, DateOnly? rectifyBy, int? applicationId,
        CancellationToken cancellationToken = default)
    {
        var unit = await Supervised(jurisdiction, organisationId, cancellationToken);
        if (unit is null)
        {
            return Outcome<UnitAction>.NotFound;
        }
        var problems = new List<Problem>();
        if (!jurisdiction.Viewer.IsBureau)
        {
            problems.Add(new Problem("", "责令整改由人社部门作出", ClauseIds.UnitSupervision));
        }
        if (unit.Kind is OrganisationKind.CityBureau or OrganisationKind.CountyBureau)
        {
            problems.Add(new Problem("organisationId", "责令整改的对象是未履行审核职责的用人单位或主管部门", ClauseIds.UnitSupervision));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new Problem("reason", "请写明未履行审核职责的事实", ClauseIds.UnitSupervision));
        }
        if (rectifyBy is not { } deadline || deadline <= Today)
        {
            problems.Add(new Problem("rectifyBy", $"整改期限须晚于今天（{Today:yyyy-MM-dd}）", ClauseIds.UnitSupervision));
        }
        if (problems.Count > 0)
        {
            return Outcome<UnitAction>.Refused(problems);
        }
        var order = Issue(jurisdiction, unit.Id, UnitActionKind.RectificationOrder, reason!, rectifyBy, applicationId, null);
        db.UnitActions.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<UnitAction>.Done(order);
    }

    /// <summary>The unit reports what it rectified (its own accounts only), before or after the deadline.</summary>
    public async Task<Outcome<UnitAction>> ReportAsync(Jurisdiction jurisdiction, int orderId, int version, string? report, CancellationToken cancellationToken = default)
    {
        var order = await db.UnitActions.SingleOrDefaultAsync(a => a.Id == orderId && a.Kind == UnitActionKind.RectificationOrder, cancellationToken);
        if (order is null || jurisdiction.Viewer.OrganisationId != order.OrganisationId)
        {
            return Outcome<UnitAction>.NotFound;
        }
        if (jurisdiction.Viewer.Role is not (AccountRole.EmployerHr or AccountRole.DepartmentReviewer))
        {
            return Outcome<UnitAction>.Refused(new Problem("", "整改情况由被责令整改单位的审核人员（人事或审核部门）报告", ClauseIds.UnitSupervision));
        }
        if (string.IsNullOrWhiteSpace(report))
        {
            return Outcome<UnitAction>.Refused(new Problem("report", "请填写整改情况", ClauseIds.UnitSupervision));
        }
        if (order.RectifiedOn is { } done)
        {
            return Outcome<UnitAction>.Refused(new Problem("", $"已于 {done:yyyy-MM-dd} 报告整改", ClauseIds.UnitSupervision));
        }
        if (order.Version != version)
        {
            return Outcome<UnitAction>.Refused(Stale);
        }
        order.RectificationReport = report.Trim();
        order.RectifiedOn = Today;
        order.Version++;
        return await db.SaveVersionedAsync(order, Stale, cancellationToken);
    }

    /// <summary>A notice of criticism for an order not rectified by its deadline.</summary>
    public async Task<Outcome<UnitAction>> CriticiseAsync(Jurisdiction jurisdiction, int orderId, string? reason, CancellationToken cancellationToken = default)
    {
        var order = await db.UnitActions.SingleOrDefaultAsync(a => a.Id == orderId && a.Kind == UnitActionKind.RectificationOrder, cancellationToken);
        if (order is null || await Supervised(jurisdiction, order.OrganisationId, cancellationToken) is null)
        {
            return Outcome<UnitAction>.NotFound;
        }
        Problem? refusal = !jurisdiction.Viewer.IsBureau ? new Problem("", "通报批评由人社部门作出", ClauseIds.UnitSupervision)
            : order.RectifiedOn is { } done ? new Problem("", $"该单位已于 {done:yyyy-MM-dd} 报告整改，不予通报批评", ClauseIds.UnitSupervision)
            : order.RectifyBy >= Today ? new Problem("", $"整改期限至 {order.RectifyBy:yyyy-MM-dd}，期满未整改方可通报批评", ClauseIds.UnitSupervision)
            : await db.UnitActions.AnyAsync(a => a.OrderId == order.Id, cancellationToken) ? new Problem("", "已就该整改通知作出通报批评", ClauseIds.UnitSupervision)
            : string.IsNullOrWhiteSpace(reason) ? new Problem("reason", "请填写通报批评的内容", ClauseIds.UnitSupervision)
            : null;
        if (refusal is not null)
        {
            return Outcome<UnitAction>.Refused(refusal);
        }
        var notice = Issue(jurisdiction, order.OrganisationId, UnitActionKind.CriticismNotice, reason!, null, order.ApplicationId, order.Id);
        db.UnitActions.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<UnitAction>.Done(notice);
    }

    private Task<Organisations.Organisation?> Supervised(Jurisdiction jurisdiction, int organisationId, CancellationToken cancellationToken) =>
        jurisdiction.Organisations(db).SingleOrDefaultAsync(o => o.Id == organisationId && o.Id != jurisdiction.Viewer.OrganisationId, cancellationToken);

    private UnitAction Issue(Jurisdiction jurisdiction, int unit, UnitActionKind kind, string reason, DateOnly? rectifyBy, int? applicationId, int? orderId) => new()
    {
        OrganisationId = unit, Kind = kind, Reason = reason.Trim(), RectifyBy = rectifyBy, ApplicationId = applicationId, OrderId = orderId,
        IssuedById = jurisdiction.Viewer.OrganisationId!.Value, IssuedOn = Today, IssuedByAccount = jurisdiction.Viewer.Name,
    };
}
