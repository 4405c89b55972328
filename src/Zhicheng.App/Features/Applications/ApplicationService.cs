using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// 申报 — the applicant's side: open an application (the applicant, or the unit holding their record on their behalf),
/// check it against the stored record, submit it into its review chain (N2024-3.1c), resubmit it after a return, and
/// withdraw it until the committee office accepts it. Every change is one transaction with its timeline entry and audit.
/// </summary>
public sealed class ApplicationService(AppDbContext db, ApplicationRules rules, EligibilityService eligibility, TimeProvider time)
{
    internal static readonly Problem Stale = new("version", "该申报已被他人处理或修改，您的操作未执行；请刷新后查看最新状态", ClauseIds.Channels);

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The application with its chain, timeline, materials and objections, if the viewer may see it.</summary>
    public Task<TitleApplication?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default) =>
        ApplicationAccess.Visible(db, jurisdiction)
            .Include(a => a.Person).ThenInclude(p => p!.Unit)
            .Include(a => a.Committee).Include(a => a.Unit)
            .Include(a => a.Steps.OrderBy(s => s.Order)).ThenInclude(s => s.Organisation)
            .Include(a => a.Events.OrderBy(e => e.Id))
            .Include(a => a.Materials.OrderBy(m => m.Id))
            .Include(a => a.Objections.OrderBy(o => o.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<Outcome<TitleApplication>> CreateAsync(Jurisdiction jurisdiction, ApplicationRequest request, CancellationToken cancellationToken = default)
    {
        var person = await jurisdiction.People(db).Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken);
        if (person is null)
        {
            return Outcome<TitleApplication>.NotFound;
        }
        var viewer = jurisdiction.Viewer;
        var onBehalf = viewer.OrganisationId == person.UnitId && (viewer.Role == AccountRole.EmployerHr || viewer.IsBureau);
        if (viewer.PersonId != person.Id && !onBehalf)
        {
            return Outcome<TitleApplication>.Refused(new Problem("personId", "申报由本人或其所在单位（无单位的由当地人社部门）代为提出", ClauseIds.Channels));
        }
        var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == request.CommitteeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<TitleApplication>.Refused(new Problem("committeeId", "所选评委会不存在", ClauseIds.FilingContents));
        }
        var plan = await PlanAsync(committee.Id, cancellationToken);
        var problems = await rules.CheckAsync(person, committee, plan, request, null, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<TitleApplication>.Refused(problems);
        }
        var now = time.GetUtcNow();
        var application = new TitleApplication
        {
            PersonId = person.Id, CommitteeId = committee.Id, Year = plan!.Year, Route = request.Route, Series = request.Series.Trim(),
            Specialty = request.Specialty.Trim(), Level = request.Level, Channel = OrganisationCodes.ChannelOf(person.Unit!.Kind),
            UnitId = person.UnitId, CreatedBy = Actor(jurisdiction), CreatedAt = now, UpdatedAt = now,
        };
        application.Events.Add(Event(jurisdiction, ApplicationAction.Created, ApplicationStage.Draft, ApplicationStage.Draft, null));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        application.Number = $"SB{application.Year}-{application.Id:D6}";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<TitleApplication>.Done(application);
    }

    /// <summary>The self-check: the engine's decision on the stored record as it stands, with the plan's D.</summary>
    public async Task<CheckOutcome> CheckAsync(TitleApplication application, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
            .Include(p => p.Education).Include(p => p.Achievements).SingleAsync(p => p.Id == application.PersonId, cancellationToken);
        var plan = await ApprovedPlanAsync(application.CommitteeId, application.Year, cancellationToken);
        if (plan?.MaterialDeadline is not { } deadline)
        {
            return CheckOutcome.Rejected(application.Number, [new InputError("committeeId", $"评委会没有已批准的{application.Year}年度工作方案，无法确定材料截止日期")]);
        }
        var records = await rules.ActiveRecordsAsync(person.IdNumber, deadline, cancellationToken);
        var others = await rules.OthersThisYearAsync(person.IdNumber, application.Year, application.Id, cancellationToken);
        return eligibility.Check(ApplicationCheck.Input(person, ApplicationCheck.RequestOf(application), application.Year, deadline, records, others));
    }

    /// <summary>
    /// Submits a draft into its chain, or resubmits a returned application to the step that returned it. The rules are
    /// checked again and the self-check must pass; the chain is fixed from the unit and committee at first submission.
    /// </summary>
    public async Task<Outcome<TitleApplication>> SubmitAsync(Jurisdiction jurisdiction, int id, int version, CancellationToken cancellationToken = default)
    {
        var application = await FindAsync(jurisdiction, id, cancellationToken);
        if (application is null)
        {
            return Outcome<TitleApplication>.NotFound;
        }
        if (!ApplicationAccess.ApplicantSide(jurisdiction.Viewer, application))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", "只有申报人本人或其所在单位可以提交申报", ClauseIds.Channels));
        }
        if (application.Stage is not (ApplicationStage.Draft or ApplicationStage.Returned))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报当前为“{ApplicationStages.Label(application.Stage)}”，不能提交", ClauseIds.Channels));
        }
        if (application.Version != version)
        {
            return Outcome<TitleApplication>.Refused(Stale);
        }
        var plan = await PlanAsync(application.CommitteeId, cancellationToken);
        var problems = await rules.CheckAsync(application.Person!, application.Committee!, plan, ApplicationCheck.RequestOf(application), application.Id, cancellationToken,
            resubmission: application.Stage == ApplicationStage.Returned);
        if (problems.Count > 0)
        {
            return Outcome<TitleApplication>.Refused(problems);
        }
        var check = await CheckAsync(application, cancellationToken);
        if (check.Decision is not { Eligible: true } decision)
        {
            return Outcome<TitleApplication>.Refused(ApplicationCheck.Problems(check));
        }
        var from = application.Stage;
        if (from == ApplicationStage.Draft)
        {
            var chain = ReviewChain.Build(await ChainFactsAsync(application, cancellationToken));
            application.Steps.AddRange(chain.Select((s, i) => new ApplicationStep { Order = i + 1, Kind = s.Kind, OrganisationId = s.OrganisationId }));
            application.StepIndex = 1;
            application.SubmittedAt = time.GetUtcNow();
        }
        var step = application.Steps.Single(s => s.Order == application.StepIndex);
        application.Stage = ApplicationStage.InReview;
        application.ReviewerOrganisationId = step.OrganisationId;
        application.StepKind = step.Kind;
        Touch(application);
        application.Events.Add(Event(jurisdiction, from == ApplicationStage.Draft ? ApplicationAction.Submitted : ApplicationAction.Resubmitted, from, ApplicationStage.InReview, step.Kind));
        try
        {
            return await db.SaveVersionedAsync(application, Stale, cancellationToken);
        }
        catch (DbUpdateException) when (from == ApplicationStage.Draft)
        {
            // Two first submissions at once: the other one's chain may be written before this one's version check runs,
            // and then this one fails on the chain's unique step order instead. Either way the other won.
            if (!await db.Applications.AsNoTracking().AnyAsync(a => a.Id == application.Id && a.Version != version, cancellationToken))
            {
                throw;
            }
            return Outcome<TitleApplication>.Refused(Stale);
        }
    }

    /// <summary>Withdraws an application not yet accepted (the applicant's side), with an optional reason.</summary>
    public async Task<Outcome<TitleApplication>> WithdrawAsync(Jurisdiction jurisdiction, int id, int version, string? reason, CancellationToken cancellationToken = default)
    {
        var application = await FindAsync(jurisdiction, id, cancellationToken);
        if (application is null)
        {
            return Outcome<TitleApplication>.NotFound;
        }
        if (!ApplicationAccess.ApplicantSide(jurisdiction.Viewer, application))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", "只有申报人本人或其所在单位可以撤回申报", ClauseIds.Channels));
        }
        if (application.Stage is not (ApplicationStage.Draft or ApplicationStage.InReview or ApplicationStage.Returned))
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报当前为“{ApplicationStages.Label(application.Stage)}”，不能撤回（评委会受理后不能撤回）", ClauseIds.Channels));
        }
        if (application.Version != version)
        {
            return Outcome<TitleApplication>.Refused(Stale);
        }
        var from = application.Stage;
        application.Stage = ApplicationStage.Withdrawn;
        application.ReviewerOrganisationId = null;
        Touch(application);
        application.Events.Add(Event(jurisdiction, ApplicationAction.Withdrawn, from, ApplicationStage.Withdrawn, application.StepKind, reason));
        return await db.SaveVersionedAsync(application, Stale, cancellationToken);
    }

    /// <summary>The committee's approved plan for this year: the one applications are opened and submitted under.</summary>
    internal Task<WorkPlan?> PlanAsync(int committeeId, CancellationToken cancellationToken) =>
        ApprovedPlanAsync(committeeId, Today.Year, cancellationToken);

    /// <summary>The approved plan of a committee for a year (N2024-4.6b), whose D every check of its applications uses.</summary>
    internal Task<WorkPlan?> ApprovedPlanAsync(int committeeId, int year, CancellationToken cancellationToken) =>
        db.WorkPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == committeeId && p.Year == year && p.Status == PlanStatus.Approved, cancellationToken);

    private async Task<ChainFacts> ChainFactsAsync(TitleApplication application, CancellationToken cancellationToken)
    {
        var unit = application.Person!.Unit!;
        var bureau = application.Person.BureauId is { } b ? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == b, cancellationToken) : null;
        var supervisor = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == application.Committee!.SupervisingBureauId, cancellationToken);
        return new ChainFacts(unit.Id, unit.IsBureau, unit.CompetentDepartmentId,
            bureau is { Kind: OrganisationKind.CountyBureau } ? bureau.Id : null,
            supervisor.Kind == OrganisationKind.CityBureau, application.Committee!.FoundingUnitId);
    }

    internal void Touch(TitleApplication application)
    {
        application.UpdatedAt = time.GetUtcNow();
        application.Version++;
    }

    internal static string Actor(Jurisdiction jurisdiction) =>
        jurisdiction.Home is { } home ? $"{jurisdiction.Viewer.Name}（{home.Name}）" : jurisdiction.Viewer.Name;

    internal ApplicationEvent Event(Jurisdiction jurisdiction, ApplicationAction action, ApplicationStage from, ApplicationStage to, ReviewStepKind? step,
        string? note = null, string? items = null) => new()
    {
        At = time.GetUtcNow(), Actor = Actor(jurisdiction), ActorAccountId = jurisdiction.Viewer.AccountId, Action = action,
        FromStage = from, ToStage = to, StepKind = step, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), Items = items,
    };
}
