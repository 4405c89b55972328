using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Applications;

/// <summary>What an application is made of before it is stored: who, to which committee, how and for what.</summary>
public sealed record ApplicationRequest(int PersonId, int CommitteeId, Route Route, string Series, string Specialty, TitleLevel Level);

/// <summary>
/// The rules an application must meet to be opened and submitted, all reported at once, each citing its clause: the
/// committee takes applications this year (filed, active, approved plan, opened, inside its window — N2024-2.2,
/// N2024-4.3a, N2024-4.6b); the target is in its filed series, specialties and level and the applicant's unit in its
/// scope (N2024-2.3); the channel fits the employment type (N2024-3.1c); no active falsification record (N2024-4.4, I-6);
/// no other application this year for the same level, in any committee (N2024-3.5c). A resubmission after a return is
/// not held to the application window: the corrections go back to the step that asked for them.
/// </summary>
public sealed class ApplicationRules(AppDbContext db, PolicyVersion policy, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<List<Problem>> CheckAsync(Person person, Committee committee, WorkPlan? plan, ApplicationRequest request, int? applicationId, CancellationToken cancellationToken, bool resubmission = false)
    {
        var problems = new List<Problem>();
        if (request.Route == Route.Initial)
        {
            problems.Add(new Problem("route", "初定由用人单位（无单位的由人社部门）直接认定并记录，不需申报评审", ClauseIds.InitialDetermination));
            return problems;
        }
        var year = plan?.Year ?? Today.Year;
        var refusal = CommitteeGate.Check(CommitteeService.Snapshot(committee, plan is not null), Domain.Committees.CommitteeAction.OpenApplications, year, Today, policy.Settings);
        if (refusal is not null)
        {
            problems.Add(Problem.Of(refusal, "committeeId"));
        }
        else if (resubmission)
        {
            // A return's corrections come back to the step that asked for them, inside or after the window.
        }
        else if (plan!.ApplicationsOpenedAt is null)
        {
            problems.Add(new Problem("committeeId", $"“{committee.Name}”尚未开始受理{year}年度申报", ClauseIds.WorkPlan));
        }
        else if (plan.ApplicationOpens > Today || plan.ApplicationCloses < Today)
        {
            problems.Add(new Problem("committeeId", $"“{committee.Name}”{year}年度申报时间为 {plan.ApplicationOpens:yyyy-MM-dd} 至 {plan.ApplicationCloses:yyyy-MM-dd}，今天（{Today:yyyy-MM-dd}）不在其内", ClauseIds.WorkPlan));
        }
        problems.AddRange(Target(committee, request));
        problems.AddRange(await ScopeAsync(person, committee, cancellationToken));
        var type = person.Unit?.EmploymentType ?? person.EmploymentType;
        var channel = Domain.Organisations.OrganisationCodes.ChannelOf(person.Unit!.Kind);
        if (type is null)
        {
            problems.Add(new Problem("personId", $"“{person.Unit.Name}”未登记单位性质，无法确定申报渠道", ClauseIds.Channels));
        }
        else if (!ChannelTable.N2024.Allows(type.Value, channel))
        {
            problems.Add(new Problem("personId", $"{Codes.EmploymentType.Label(type.Value)}人员不能经{Codes.Channel.Label(channel)}申报；可用渠道：{string.Join("、", ChannelTable.N2024.AllowedFor(type.Value).Select(Codes.Channel.Label))}", ClauseIds.Channels));
        }
        if (await FalsificationAsync(person.IdNumber, cancellationToken) is { } record && policy.Settings.Falsification == FalsificationHandling.Block)
        {
            problems.Add(new Problem("personId",
                $"申报人有弄虚作假的诚信记录（{record.DecidedOn:yyyy-MM-dd} 由{record.Authority?.Name}认定），记录期内（至 {IntegrityPeriod.EndsOn(record.DecidedOn, policy.Settings.IntegrityRecordYears).AddDays(-1):yyyy-MM-dd}）不得申报",
                ClauseIds.IntegrityArchive));
        }
        problems.AddRange(await ConflictsAsync(person, year, request, applicationId, cancellationToken));
        return problems;
    }

    /// <summary>The active records of a person (by identity number) on a day: what every reviewer is shown.</summary>
    public Task<List<IntegrityEntry>> ActiveRecordsAsync(string idNumber, DateOnly on, CancellationToken cancellationToken)
    {
        return db.IntegrityEntries.AsNoTracking().Include(r => r.Authority)
            .Where(r => r.IdNumber == idNumber).ActiveOn(on, policy.Settings.IntegrityRecordYears)
            .OrderByDescending(r => r.DecidedOn).ToListAsync(cancellationToken);
    }

    /// <summary>The other applications of the person this year that still count (N2024-3.5c), across all committees.</summary>
    public Task<List<TitleApplication>> OthersThisYearAsync(string idNumber, int year, int? except, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Include(a => a.Committee)
            .Where(a => a.Person!.IdNumber == idNumber && a.Year == year && a.Id != (except ?? 0)).StillCounting()
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);

    private async Task<IntegrityEntry?> FalsificationAsync(string idNumber, CancellationToken cancellationToken) =>
        (await ActiveRecordsAsync(idNumber, Today, cancellationToken)).FirstOrDefault(r => r.Kind == IntegrityKind.Falsification);

    private static IEnumerable<Problem> Target(Committee committee, ApplicationRequest request)
    {
        if (!Names.SameSeries(committee.Series, request.Series))
        {
            yield return new Problem("series", $"“{committee.Name}”评审{committee.Series}，不评审{request.Series}", ClauseIds.FilingContents);
        }
        var specialties = committee.Specialties.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (specialties.Length > 0 && !specialties.Any(s => Names.SameSpecialty(s, request.Specialty)))
        {
            yield return new Problem("specialty", $"“{committee.Name}”评审的专业为{committee.Specialties}，不含“{request.Specialty}”", ClauseIds.FilingContents);
        }
        if (CommitteeLevels.For(request.Level) != committee.Level)
        {
            yield return new Problem("level", $"“{committee.Name}”是{CommitteeLevels.Label(committee.Level)}评委会，不评审{Codes.Level.Label(request.Level)}职称", ClauseIds.FilingContents);
        }
    }

    private async Task<IEnumerable<Problem>> ScopeAsync(Person person, Committee committee, CancellationToken cancellationToken)
    {
        var scope = await db.Set<CommitteeScopeUnit>().Where(s => s.CommitteeId == committee.Id).Select(s => s.OrganisationId).ToListAsync(cancellationToken);
        var path = person.Unit!.SubtreePrefix;
        return scope.Any(id => path.Contains($"/{id}/", StringComparison.Ordinal))
            ? []
            : [new Problem("committeeId", $"“{person.Unit.Name}”不在“{committee.Name}”的评审范围内", ClauseIds.FilingContents)];
    }

    private async Task<IEnumerable<Problem>> ConflictsAsync(Person person, int year, ApplicationRequest request, int? applicationId, CancellationToken cancellationToken, bool resubmission = false)
    {
        var problems = new List<Problem>();
        foreach (var other in await OthersThisYearAsync(person.IdNumber, year, applicationId, cancellationToken))
        {
            if (other.Level != request.Level)
            {
                continue;
            }
            var what = $"{other.Series}{other.Specialty}{Codes.Level.Label(other.Level)}（申报编号 {other.Number}，{other.Committee?.Name}）";
            problems.Add(Names.SameField(other.Series, other.Specialty, request.Series, request.Specialty)
                ? new Problem("level", $"{year}年度已申报{what}，不能重复申报", ClauseIds.SameYearSameLevel)
                : new Problem("level", $"{year}年度已申报{what}，同一年度不得申报不同系列或专业的同级职称", ClauseIds.SameYearSameLevel));
        }
        return problems;
    }
}
