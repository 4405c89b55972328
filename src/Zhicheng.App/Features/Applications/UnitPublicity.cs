using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>
/// 单位公示 (MOHRSS-40-unit-review): before recommending, the forwarding unit publicises the application inside the unit for
/// at least <see cref="PolicySettings.UnitPublicityWorkingDays"/> working days — the end date from the working-day
/// calendar — and records every objection raised meanwhile; it recommends only after the period, with each objection
/// resolved.
/// </summary>
public sealed class UnitPublicity(AppDbContext db, ApplicationService applications, ApplicationReview review, PolicyVersion policy,
    WorkingDayCalendar calendar, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>Starts the publicity on <paramref name="start"/> (today at the earliest); once per application.</summary>
    public async Task<Outcome<TitleApplication>> StartAsync(Jurisdiction jurisdiction, int id, int version, DateOnly? start, CancellationToken cancellationToken = default)
    {
        var found = await review.AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        var first = start ?? Today;
        var days = policy.Settings.UnitPublicityWorkingDays;
        if (application.StepKind != ReviewStepKind.Unit)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", "单位公示由推荐单位在推荐前进行", ClauseIds.NationalUnitReview));
        }
        if (application.PublicityStart is { } started)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", $"该申报已于 {started:yyyy-MM-dd} 开始公示（至 {application.PublicityEnd:yyyy-MM-dd}）", ClauseIds.NationalUnitReview));
        }
        if (first < Today)
        {
            return Outcome<TitleApplication>.Refused(new Problem("start", $"公示开始日期不能早于今天（{Today:yyyy-MM-dd}）", ClauseIds.NationalUnitReview));
        }
        if (!calendar.TryPublicityEnd(first, days, out var end))
        {
            return Outcome<TitleApplication>.Refused(new Problem("start", $"工作日历尚未收录 {first.Year} 年（或次年）的节假日安排，无法计算公示期", ClauseIds.NationalUnitReview));
        }
        application.PublicityStart = first;
        application.PublicityEnd = end;
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.PublicityStarted, ApplicationStage.InReview, ApplicationStage.InReview,
            ReviewStepKind.Unit, $"公示期 {first:yyyy-MM-dd} 至 {end:yyyy-MM-dd}（{days} 个工作日）"));
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>Records an objection raised during the publicity period (by the unit, for whoever raised it).</summary>
    public async Task<Outcome<TitleApplication>> RaiseAsync(Jurisdiction jurisdiction, int id, int version, string? raisedBy, string? content, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(content))
        {
            problems.Add(new Problem("content", "请填写异议内容", ClauseIds.NationalUnitReview));
        }
        if (string.IsNullOrWhiteSpace(raisedBy))
        {
            problems.Add(new Problem("raisedBy", "请填写异议人（可填“匿名”）", ClauseIds.NationalUnitReview));
        }
        if (problems.Count > 0)
        {
            return Outcome<TitleApplication>.Refused(problems);
        }
        var found = await review.AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        if (application.PublicityStart is not { } start || start > Today || application.PublicityEnd < Today)
        {
            return Outcome<TitleApplication>.Refused(new Problem("", application.PublicityStart is null ? "该申报尚未公示" : $"公示期为 {application.PublicityStart:yyyy-MM-dd} 至 {application.PublicityEnd:yyyy-MM-dd}，今天不在公示期内", ClauseIds.NationalUnitReview));
        }
        application.Objections.Add(new PublicityObjection
        {
            RaisedOn = Today, RaisedBy = raisedBy!.Trim(), Content = content!.Trim(), RecordedBy = ApplicationService.Actor(jurisdiction),
        });
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.ObjectionRaised, ApplicationStage.InReview, ApplicationStage.InReview, ReviewStepKind.Unit, content));
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>Records how an objection was resolved (checked, and found unfounded or dealt with).</summary>
    public async Task<Outcome<TitleApplication>> ResolveAsync(Jurisdiction jurisdiction, int id, int version, int objectionId, string? resolution, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(resolution))
        {
            return Outcome<TitleApplication>.Refused(new Problem("resolution", "请填写异议的核查处理结果", ClauseIds.NationalUnitReview));
        }
        var found = await review.AtMyStepAsync(jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var application = found.Value!;
        var objection = application.Objections.SingleOrDefault(o => o.Id == objectionId);
        if (objection is null || objection.ResolvedOn is not null)
        {
            return Outcome<TitleApplication>.Refused(new Problem("objectionId", objection is null ? "该异议不存在" : "该异议已处理", ClauseIds.NationalUnitReview));
        }
        objection.ResolvedOn = Today;
        objection.Resolution = resolution.Trim();
        objection.ResolvedBy = ApplicationService.Actor(jurisdiction);
        application.Events.Add(applications.Event(jurisdiction, ApplicationAction.ObjectionResolved, ApplicationStage.InReview, ApplicationStage.InReview, ReviewStepKind.Unit, resolution));
        applications.Touch(application);
        return await db.SaveVersionedAsync(application, ApplicationService.Stale, cancellationToken);
    }

    /// <summary>Why the unit cannot recommend yet: publicity not held, not over, or an objection unresolved.</summary>
    public static IEnumerable<Problem> Problems(TitleApplication application, PolicySettings settings, DateOnly today)
    {
        if (application.PublicityStart is null || application.PublicityEnd is not { } end)
        {
            yield return new Problem("", $"推荐前须在单位内部公示不少于 {settings.UnitPublicityWorkingDays} 个工作日", ClauseIds.NationalUnitReview);
            yield break;
        }
        if (end >= today)
        {
            yield return new Problem("", $"公示期至 {end:yyyy-MM-dd}，期满后方可推荐", ClauseIds.NationalUnitReview);
        }
        var open = application.Objections.Count(o => o.ResolvedOn is null);
        if (open > 0)
        {
            yield return new Problem("", $"还有 {open} 条公示异议未处理，处理完毕后方可推荐", ClauseIds.NationalUnitReview);
        }
    }
}
