using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Plans;

namespace Zhicheng.App.Features.People;

/// <summary>The plan whose D a record check used.</summary>
public sealed record PlanUsed(int CommitteeId, string Committee, int Year, DateOnly MaterialDeadline);

/// <summary>A record check's decision (or its input errors) and the plan it took D from.</summary>
public sealed record RecordCheck(CheckOutcome Outcome, PlanUsed? Plan);

/// <summary>
/// The eligibility engine on a stored record, with what the year's setup supplies: the requirements of the
/// standard in force for the year and series (the engine's source; the decision names the version), and D from
/// the approved work plan of the committee applied to (N2024-4.6b) unless the request gives one.
/// </summary>
public sealed class RecordEligibility(AppDbContext db, EligibilityService service)
{
    public async Task<RecordCheck> CheckAsync(Person person, RecordRequest request, CancellationToken cancellationToken = default)
    {
        PlanUsed? plan = null;
        if (string.IsNullOrWhiteSpace(request.MaterialDeadline) && request.ApplicationYear is { } year && request.Route != "initial")
        {
            var found = await PlanForAsync(person, request, year, cancellationToken);
            if (found.Error is { } error)
            {
                return new RecordCheck(CheckOutcome.Rejected($"P-{person.Id}", [error]), null);
            }
            plan = found.Plan;
        }
        var asked = plan is null ? request : Copy(request, plan.MaterialDeadline);
        return new RecordCheck(service.Check(RecordApplication.Build(person, asked)), plan);
    }

    private async Task<(PlanUsed? Plan, InputError? Error)> PlanForAsync(Person person, RecordRequest request, int year, CancellationToken cancellationToken)
    {
        var plans = db.WorkPlans.AsNoTracking().Include(p => p.Committee).Where(p => p.Year == year && p.Status == PlanStatus.Approved);
        if (request.CommitteeId is { } committeeId)
        {
            var plan = await plans.SingleOrDefaultAsync(p => p.CommitteeId == committeeId, cancellationToken);
            return plan is null
                ? (null, new InputError("committeeId", $"所选评委会没有已批准的{year}年度工作方案，无法确定材料截止日期 D；请填写 materialDeadline"))
                : (Used(plan), null);
        }
        if (request.Target is not { Series: { } series } target || !Codes.Level.TryParse(target.Level, out var level))
        {
            return (null, null);
        }
        var grade = CommitteeLevels.For(level);
        var unitPath = person.Unit is { } unit ? unit.SubtreePrefix : "";
        var candidates = (await plans.Where(p => p.Committee!.Level == grade && p.Committee.Standing == CommitteeStanding.Active)
                .Select(p => new { Plan = p, Scope = db.Set<CommitteeScopeUnit>().Where(s => s.CommitteeId == p.CommitteeId).Select(s => s.OrganisationId).ToList() })
                .ToListAsync(cancellationToken))
            .Where(c => Names.SameSeries(c.Plan.Committee!.Series, series))
            .Where(c => c.Scope.Any(id => unitPath.Contains($"/{id}/", StringComparison.Ordinal)))
            .OrderBy(c => c.Plan.Committee!.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.Count switch
        {
            1 => (Used(candidates[0].Plan), null),
            0 => (null, new InputError("materialDeadline", $"没有找到受理{series}{Codes.Level.Label(level)}、评审范围包含该单位并已批准{year}年度工作方案的评委会；请选择评委会或填写材料截止日期 D")),
            _ => (null, new InputError("committeeId", $"有 {candidates.Count} 个评委会可受理：{string.Join("、", candidates.Select(c => c.Plan.Committee!.Name))}；请选择其一")),
        };
    }

    private static PlanUsed Used(Plans.WorkPlan plan) =>
        new(plan.CommitteeId, plan.Committee!.Name, plan.Year, plan.MaterialDeadline ?? throw new InvalidOperationException("已批准的工作方案必有材料截止日期"));

    private static RecordRequest Copy(RecordRequest request, DateOnly deadline) => new()
    {
        Route = request.Route, Target = request.Target, ApplicationYear = request.ApplicationYear, DeterminedOn = request.DeterminedOn,
        CommitteeId = request.CommitteeId, Requirements = request.Requirements,
        MaterialDeadline = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
