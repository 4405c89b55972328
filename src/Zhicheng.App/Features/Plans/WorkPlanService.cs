using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Plans;

/// <summary>
/// 年度工作方案 (N2024-4.6b): drafted by whoever manages the committee, approved or returned by the city bureau,
/// checked against the year's timeline (N2024-4.6a) with a supervisor's recorded override as the only way past
/// it. Saves carry the version the editor started from; a stale copy is refused and nothing is overwritten.
/// </summary>
public sealed class WorkPlanService(AppDbContext db, CommitteeService committees, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static readonly Problem StaleCopy = new("version", "该工作方案已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");

    public IQueryable<WorkPlan> List(Jurisdiction jurisdiction, int? year = null, PlanStatus? status = null)
    {
        var visible = jurisdiction.Committees(db).Select(c => c.Id);
        var plans = db.WorkPlans.AsNoTracking().Include(p => p.Committee).Where(p => visible.Contains(p.CommitteeId));
        if (year is { } y)
        {
            plans = plans.Where(p => p.Year == y);
        }
        if (status is { } s)
        {
            plans = plans.Where(p => p.Status == s);
        }
        return plans.OrderByDescending(p => p.Year).ThenBy(p => p.CommitteeId);
    }

    public Task<WorkPlan?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default)
    {
        var visible = jurisdiction.Committees(db).Select(c => c.Id);
        return db.WorkPlans.Include(p => p.Committee).Where(p => visible.Contains(p.CommitteeId)).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>The approved plan of a committee for a year, whose D and meeting dates everything else uses.</summary>
    public Task<WorkPlan?> ApprovedAsync(int committeeId, int year, CancellationToken cancellationToken = default) =>
        db.WorkPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == committeeId && p.Year == year && p.Status == PlanStatus.Approved, cancellationToken);

    public async Task<Outcome<WorkPlan>> CreateAsync(Jurisdiction jurisdiction, int committeeId, int year, CancellationToken cancellationToken = default)
    {
        var committee = await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<WorkPlan>.NotFound;
        }
        if (year < Today.Year)
        {
            return Outcome<WorkPlan>.Refused(new Problem("year", $"{year}年度已结束，不能再制定该年度的工作方案", ClauseIds.AnnualTimeline));
        }
        if (await db.WorkPlans.AnyAsync(p => p.CommitteeId == committeeId && p.Year == year, cancellationToken))
        {
            return Outcome<WorkPlan>.Refused(new Problem("year", $"“{committee.Name}”已有{year}年度工作方案", ClauseIds.WorkPlan));
        }
        var plan = new WorkPlan { CommitteeId = committeeId, Year = year };
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<WorkPlan>.Done(plan);
    }

    /// <summary>Saves a draft or returned plan from the version the editor started from.</summary>
    public async Task<Outcome<WorkPlan>> SaveAsync(Jurisdiction jurisdiction, int planId, PlanForm form, int version, CancellationToken cancellationToken = default)
    {
        var editable = await EditableAsync(jurisdiction, planId, cancellationToken);
        if (!editable.Succeeded)
        {
            return editable;
        }
        var plan = editable.Value!;
        if (plan.Version != version)
        {
            return Outcome<WorkPlan>.Refused(StaleCopy);
        }
        form.ApplyTo(plan);
        plan.Version++;
        return await db.SaveVersionedAsync(plan, StaleCopy, cancellationToken);
    }

    /// <summary>
    /// Submits a plan to the city bureau: the schedule must hold together and keep the year's deadlines (or carry
    /// a recorded override), and it must name a published standard of the committee's series.
    /// </summary>
    public async Task<Outcome<WorkPlan>> SubmitAsync(Jurisdiction jurisdiction, int planId, CancellationToken cancellationToken = default)
    {
        var editable = await EditableAsync(jurisdiction, planId, cancellationToken);
        if (!editable.Succeeded)
        {
            return editable;
        }
        var plan = editable.Value!;
        var problems = await ProblemsAsync(plan, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<WorkPlan>.Refused(problems);
        }
        plan.Status = PlanStatus.Submitted;
        plan.SubmittedAt = time.GetUtcNow();
        plan.Version++;
        return await db.SaveVersionedAsync(plan, StaleCopy, cancellationToken);
    }

    /// <summary>Every problem that would stop the plan being submitted or approved, all at once.</summary>
    public async Task<List<Problem>> ProblemsAsync(WorkPlan plan, CancellationToken cancellationToken = default)
    {
        var form = PlanForm.From(plan);
        var schedule = new WorkPlanSchedule(form.ApplicationOpens, form.ApplicationCloses, form.MaterialDeadline, form.ReviewStart, form.ReviewEnd,
            form.Meetings, form.PublicityStart, form.PublicityEnd, form.ResultsPublication);
        var overriding = plan.OverrideReason is { Length: > 0 } reason ? new TimelineOverride(reason, plan.OverrideBy ?? "") : null;
        var problems = ScheduleRules.Check(plan.Year, schedule, Today, overriding, Settings).Problems
            .Select(p => new Problem(p.Path, p.Message, p.ClauseId)).ToList();
        if (string.IsNullOrWhiteSpace(plan.RecommendationProcedure))
        {
            problems.Add(new Problem("recommendationProcedure", "请填写推荐程序", ClauseIds.WorkPlan));
        }
        if (string.IsNullOrWhiteSpace(plan.WorkDiscipline))
        {
            problems.Add(new Problem("workDiscipline", "请填写工作纪律", ClauseIds.WorkPlan));
        }
        if (plan.StandardId is not { } standardId)
        {
            problems.Add(new Problem("standardId", "请选择本年度适用的评价标准版本", ClauseIds.WorkPlan));
        }
        else
        {
            var committee = plan.Committee ?? await db.Committees.AsNoTracking().SingleAsync(c => c.Id == plan.CommitteeId, cancellationToken);
            var standard = await db.Standards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == standardId, cancellationToken);
            if (standard is null || standard.PublishedAt is null)
            {
                problems.Add(new Problem("standardId", "所选评价标准不存在或尚未发布", ClauseIds.StandardPublication));
            }
            else if (!Names.SameSeries(standard.Series, committee.Series))
            {
                problems.Add(new Problem("standardId", $"所选标准属于“{standard.Series}”，与评委会的“{committee.Series}”不符", ClauseIds.StandardPublication));
            }
            else if (CommitteeLevels.For(standard.Level) != committee.Level)
            {
                problems.Add(new Problem("standardId", $"所选标准适用于{Codes.Level.Label(standard.Level)}，不在{CommitteeLevels.Label(committee.Level)}评委会的评审范围内", ClauseIds.StandardPublication));
            }
            else if (standard.InForceFrom > plan.Year)
            {
                problems.Add(new Problem("standardId", $"所选标准自{standard.InForceFrom}年起施行，不适用于{plan.Year}年度", ClauseIds.StandardPublication));
            }
        }
        return problems;
    }

    /// <summary>The city bureau approves or returns (with comments) a submitted plan.</summary>
    public async Task<Outcome<WorkPlan>> DecideAsync(Jurisdiction jurisdiction, int planId, bool approve, string? comments, CancellationToken cancellationToken = default)
    {
        var plan = await FindAsync(jurisdiction, planId, cancellationToken);
        if (plan is null)
        {
            return Outcome<WorkPlan>.NotFound;
        }
        if (!jurisdiction.IsWholeCity)
        {
            return Outcome<WorkPlan>.Refused(new Problem("", "年度工作方案须报市人社局审批", ClauseIds.WorkPlan));
        }
        if (plan.Status != PlanStatus.Submitted)
        {
            return Outcome<WorkPlan>.Refused(new Problem("", $"该方案当前为“{FilingLabels.Plan(plan.Status)}”，不能审批", ClauseIds.WorkPlan));
        }
        if (!approve && string.IsNullOrWhiteSpace(comments))
        {
            return Outcome<WorkPlan>.Refused(new Problem("comments", "退回修改须写明意见", ClauseIds.WorkPlan));
        }
        if (approve)
        {
            var problems = await ProblemsAsync(plan, cancellationToken);
            if (problems.Count > 0)
            {
                return Outcome<WorkPlan>.Refused(problems);
            }
        }
        plan.Status = approve ? PlanStatus.Approved : PlanStatus.Returned;
        plan.Comments = comments?.Trim();
        plan.DecidedAt = time.GetUtcNow();
        plan.DecidedBy = jurisdiction.Viewer.Name;
        plan.Version++;
        return await db.SaveVersionedAsync(plan, StaleCopy, cancellationToken);
    }

    /// <summary>
    /// A supervisor (the city bureau) records why this plan may schedule meetings after the evaluation deadline or
    /// publish results after the results deadline (N2024-4.6a); the reason and its author are kept on the plan.
    /// </summary>
    public async Task<Outcome<WorkPlan>> OverrideAsync(Jurisdiction jurisdiction, int planId, string? reason, CancellationToken cancellationToken = default)
    {
        var plan = await FindAsync(jurisdiction, planId, cancellationToken);
        if (plan is null)
        {
            return Outcome<WorkPlan>.NotFound;
        }
        if (!jurisdiction.IsWholeCity)
        {
            return Outcome<WorkPlan>.Refused(new Problem("", "只有市人社局可以批准突破年度时限", ClauseIds.AnnualTimeline));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<WorkPlan>.Refused(new Problem("reason", "请写明突破时限的理由", ClauseIds.AnnualTimeline));
        }
        plan.OverrideReason = reason.Trim();
        plan.OverrideBy = jurisdiction.Viewer.Name;
        plan.Version++;
        return await db.SaveVersionedAsync(plan, StaleCopy, cancellationToken);
    }

    /// <summary>
    /// 开始受理申报: the committee office opens applications under an approved plan — refused, naming the reason and
    /// its clause, when the committee is unfiled, expired, suspended or revoked, or the plan is not approved.
    /// </summary>
    public async Task<Outcome<WorkPlan>> OpenApplicationsAsync(Jurisdiction jurisdiction, int committeeId, int year, CancellationToken cancellationToken = default)
    {
        var committee = await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<WorkPlan>.NotFound;
        }
        var refusal = await committees.GateAsync(committee, CommitteeAction.OpenApplications, year, cancellationToken);
        if (refusal is not null)
        {
            return Outcome<WorkPlan>.Refused(Problem.Of(refusal));
        }
        var plan = await db.WorkPlans.SingleAsync(p => p.CommitteeId == committeeId && p.Year == year && p.Status == PlanStatus.Approved, cancellationToken);
        if (plan.ApplicationsOpenedAt is not null)
        {
            return Outcome<WorkPlan>.Refused(new Problem("", $"{year}年度申报已于 {TimeZoneInfo.ConvertTime(plan.ApplicationsOpenedAt.Value, time.LocalTimeZone):yyyy-MM-dd} 开始受理"));
        }
        plan.ApplicationsOpenedAt = time.GetUtcNow();
        plan.Version++;
        return await db.SaveVersionedAsync(plan, StaleCopy, cancellationToken);
    }

    private async Task<Outcome<WorkPlan>> EditableAsync(Jurisdiction jurisdiction, int planId, CancellationToken cancellationToken)
    {
        var plan = await FindAsync(jurisdiction, planId, cancellationToken);
        if (plan is null || await committees.ManagedAsync(jurisdiction, plan.CommitteeId, cancellationToken) is null)
        {
            return Outcome<WorkPlan>.NotFound;
        }
        return plan.Status is PlanStatus.Draft or PlanStatus.Returned
            ? Outcome<WorkPlan>.Done(plan)
            : Outcome<WorkPlan>.Refused(new Problem("", $"该方案当前为“{FilingLabels.Plan(plan.Status)}”，不能修改", ClauseIds.WorkPlan));
    }

}
