using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;

namespace Zhicheng.App.Features.Demo;

/// <summary>
/// The demo year's applications: the engineering committee (the one with an approved plan) opened applications, and
/// engineers in post holding 助理级 applied for 中级 through their units (one without a recorded achievement gets the project they apply on) — some still at their unit (a few in publicity), some at
/// their department or county bureau, some at the committee office (the city bureau's, whose office is the
/// committee.office account), some accepted, one returned with its list, one withdrawn — each with its chain and
/// timeline. One applicant at the office carries an active integrity record that warns; one rectification order stands.
/// </summary>
internal static class DemoApplications
{
    private const int Count = 160; // at most; the demo city has about 110 engineers in post at 助理级

    public static async Task<int> CreateAsync(AppDbContext db, DemoOrganisations organisations, DateOnly today, CancellationToken cancellationToken)
    {
        var committee = await db.Committees.SingleAsync(c => c.Name == DemoCommittees.Engineering, cancellationToken);
        var plan = await db.WorkPlans.SingleAsync(p => p.CommitteeId == committee.Id && p.Year == today.Year && p.Status == PlanStatus.Approved, cancellationToken);
        plan.ApplicationsOpenedAt = At(plan.ApplicationOpens!.Value, 9);
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Titles.Any(t => t.Series == "工程" && t.Level == TitleLevel.Assistant && t.RevokedOn == null)
                && !p.Titles.Any(t => t.Level > TitleLevel.Assistant)
                && p.InService && p.PostSeries == "工程")
            .OrderBy(p => p.Id).Take(Count)
            .Select(p => new
            {
                p.Id, p.Name, p.IdNumber, p.UnitId, p.BureauId, HasAchievement = p.Achievements.Any(),
                Title = p.Titles.First(t => t.Series == "工程" && t.Level == TitleLevel.Assistant),
            })
            .ToListAsync(cancellationToken);
        var units = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var applications = new List<TitleApplication>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var unit = units[c.UnitId];
            var county = c.BureauId is { } b && units[b].Kind == OrganisationKind.CountyBureau ? b : (int?)null;
            var chain = ReviewChain.Build(new ChainFacts(unit.Id, unit.IsBureau, unit.CompetentDepartmentId, county, true, committee.FoundingUnitId));
            applications.Add(Application(committee.Id, today, i, c.Id, c.Title.Specialty, unit, chain));
        }
        // Who applies has something to show for it: an engineer without a recorded achievement gets the project they apply on.
        db.Achievements.AddRange(candidates.Where(c => !c.HasAchievement).Select(c => new PersonAchievement
        {
            PersonId = c.Id, Title = $"{c.Title.Specialty}项目技术负责人（项目验收合格）", ObtainedOn = today.AddYears(-1).AddMonths(-3),
        }));
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var application in applications)
        {
            application.Number = $"SB{application.Year}-{application.Id:D6}";
        }
        var warned = applications.FirstOrDefault(a => a.StepKind == ReviewStepKind.CommitteeOffice);
        if (warned is not null)
        {
            var person = candidates.Single(c => c.Id == warned.PersonId);
            db.IntegrityEntries.Add(new IntegrityEntry
            {
                IdNumber = person.IdNumber, Name = person.Name, Subject = IntegritySubject.Applicant, Kind = IntegrityKind.AcademicMisconduct,
                Description = "2023年发表的论文存在不当署名，经单位学术委员会认定", Evidence = "单位学术委员会调查结论（2023年第4号）",
                AuthorityId = organisations.CityBureau.Id, DecidedOn = today.AddYears(-1).AddMonths(-2), RecordedBy = "王建军（运城市人力资源和社会保障局）",
                RecordedAt = At(today.AddYears(-1).AddMonths(-2), 10),
            });
        }
        var returned = applications.FirstOrDefault(a => a.Stage == ApplicationStage.Returned);
        if (returned is not null)
        {
            db.UnitActions.Add(new UnitAction
            {
                OrganisationId = returned.UnitId, Kind = UnitActionKind.RectificationOrder,
                Reason = "推荐材料审核把关不严：申报人业绩材料未经单位核实即推荐", RectifyBy = today.AddDays(20), ApplicationId = returned.Id,
                IssuedById = organisations.CityBureau.Id, IssuedOn = today.AddDays(-3), IssuedByAccount = "王建军",
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return applications.Count;
    }

    /// <summary>The i-th application, at the stage its position gives, with the timeline that led there.</summary>
    private static TitleApplication Application(int committeeId, DateOnly today, int i, int personId, string specialty, Organisation unit, IReadOnlyList<ReviewStep> chain)
    {
        var slot = i % 20;
        // How many steps it has passed: 0 at the unit, up to the whole chain when accepted.
        var passed = slot switch
        {
            < 6 => 0,
            < 9 => Math.Min(1, chain.Count - 1),
            < 12 => Math.Min(2, chain.Count - 1),
            < 16 => chain.Count - 1,
            < 18 => chain.Count,
            _ => 0,
        };
        var start = today.AddDays(-30 + (i % 7));
        var application = new TitleApplication
        {
            PersonId = personId, CommitteeId = committeeId, Year = today.Year, Route = Route.Promotion, Series = "工程", Specialty = specialty,
            Level = TitleLevel.Intermediate, Channel = OrganisationCodes.ChannelOf(unit.Kind), UnitId = unit.Id, CreatedBy = "申报人本人",
            CreatedAt = At(start, 9), SubmittedAt = At(start, 10), UpdatedAt = At(start.AddDays(passed * 3 + 1), 16),
        };
        application.Steps.AddRange(chain.Select((s, n) => new ApplicationStep
        {
            Order = n + 1, Kind = s.Kind, OrganisationId = s.OrganisationId,
            ApprovedAt = n < passed ? At(start.AddDays(n * 3 + 8), 15) : null, ApprovedBy = n < passed ? "审核人" : null,
        }));
        application.Events.Add(Event(start, 9, ApplicationAction.Created, ApplicationStage.Draft, ApplicationStage.Draft, null, null));
        application.Events.Add(Event(start, 10, ApplicationAction.Submitted, ApplicationStage.Draft, ApplicationStage.InReview, ReviewStepKind.Unit, null));
        if (passed > 0 || slot is 1 or 2)
        {
            application.PublicityStart = start.AddDays(1);
            application.PublicityEnd = start.AddDays(7);
            application.Events.Add(Event(start.AddDays(1), 9, ApplicationAction.PublicityStarted, ApplicationStage.InReview, ApplicationStage.InReview, ReviewStepKind.Unit,
                $"公示期 {start.AddDays(1):yyyy-MM-dd} 至 {start.AddDays(7):yyyy-MM-dd}"));
        }
        for (var n = 0; n < passed; n++)
        {
            var accepted = n == chain.Count - 1;
            application.Events.Add(Event(start.AddDays(n * 3 + 8), 15, accepted ? ApplicationAction.Accepted : ApplicationAction.Approved, ApplicationStage.InReview,
                accepted ? ApplicationStage.Accepted : ApplicationStage.InReview, chain[n].Kind, accepted ? "资格审查通过，予以受理" : "同意"));
        }
        if (passed == chain.Count)
        {
            application.Stage = ApplicationStage.Accepted;
            application.StepIndex = chain.Count;
            application.QualificationCheckedAt = At(start.AddDays(passed * 3 + 4), 11);
            application.QualificationPassed = true;
            application.QualificationSummary = "符合申报条件";
            return application;
        }
        application.StepIndex = passed + 1;
        application.StepKind = chain[passed].Kind;
        if (slot == 18)
        {
            application.Stage = ApplicationStage.Returned;
            application.Events.Add(Event(start.AddDays(2), 11, ApplicationAction.Returned, ApplicationStage.InReview, ApplicationStage.Returned, ReviewStepKind.Unit,
                "请补正后重新提交", "业绩成果缺少单位证明\n年度考核表未加盖公章"));
            return application;
        }
        if (slot == 19)
        {
            application.Stage = ApplicationStage.Withdrawn;
            application.Events.Add(Event(start.AddDays(2), 11, ApplicationAction.Withdrawn, ApplicationStage.InReview, ApplicationStage.Withdrawn, ReviewStepKind.Unit, "本人申请撤回"));
            return application;
        }
        application.Stage = ApplicationStage.InReview;
        application.ReviewerOrganisationId = chain[passed].OrganisationId;
        return application;
    }

    private static ApplicationEvent Event(DateOnly day, int hour, ApplicationAction action, ApplicationStage from, ApplicationStage to, ReviewStepKind? step, string? note, string? items = null) => new()
    {
        At = At(day, hour), Actor = action is ApplicationAction.Created or ApplicationAction.Submitted or ApplicationAction.Withdrawn ? "申报人本人" : "审核人",
        Action = action, FromStage = from, ToStage = to, StepKind = step, Note = note, Items = items,
    };

    private static DateTimeOffset At(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
