using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Titles;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 评审结果公示与确认 (MOHRSS-40-results-publicity, N2024-4.6a): the office publicises a closed meeting's results for the
/// set number of working days and records objections and how they were resolved (an upheld one withholds the result);
/// after the period, with every objection resolved, the supervising bureau confirms the results — not after the results
/// deadline of the year unless it records why — and the titles are granted with their certificates, in one transaction.
/// </summary>
public sealed class MeetingResults(AppDbContext db, CommitteeService committees, TitleGrant grant, PolicyVersion policy, WorkingDayCalendar calendar, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<EvaluationMeeting>> PublishAsync(Jurisdiction jurisdiction, int id, int version, DateOnly? start, CancellationToken cancellationToken = default)
    {
        var found = await MeetingAccess.ActOnAsync(db, jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var meeting = found.Value!;
        if (meeting.Status != MeetingStatus.Closed)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", $"会议{MeetingStatuses.Label(meeting.Status)}，不能公示", ClauseIds.NationalResultsPublicity));
        }
        if (await committees.GateAsync(meeting.Committee!, CommitteeAction.PublishResults, meeting.Year, cancellationToken) is { } refusal)
        {
            return Outcome<EvaluationMeeting>.Refused(Problem.Of(refusal));
        }
        var first = start ?? Today;
        if (first < Today)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("start", $"公示开始日期不能早于今天（{Today:yyyy-MM-dd}）", ClauseIds.NationalResultsPublicity));
        }
        if (!calendar.TryPublicityEnd(first, Settings.ResultsPublicityWorkingDays, out var end))
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("start", $"工作日历尚未收录 {first.Year} 年（或次年）的节假日安排，无法计算公示期", ClauseIds.NationalResultsPublicity));
        }
        meeting.PublicityStart = first;
        meeting.PublicityEnd = end;
        meeting.Status = MeetingStatus.Publicised;
        meeting.Version++;
        return await db.SaveVersionedAsync(meeting, MeetingAccess.Stale, cancellationToken);
    }

    /// <summary>Records an objection to one candidate's result, raised during the publicity.</summary>
    public async Task<Outcome<ResultObjection>> RaiseAsync(Jurisdiction jurisdiction, int id, int candidateId, string? raisedBy, string? content, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(content) || content.Trim().Length > 2000)
        {
            problems.Add(new Problem("content", "请填写异议内容（不超过2000字）", ClauseIds.NationalResultsPublicity));
        }
        if (string.IsNullOrWhiteSpace(raisedBy) || raisedBy.Trim().Length > 100)
        {
            problems.Add(new Problem("raisedBy", "请填写异议人（可填“匿名”）", ClauseIds.NationalResultsPublicity));
        }
        var meeting = await MeetingAccess.RunAsync(db, jurisdiction, id, cancellationToken);
        if (meeting is null)
        {
            return Outcome<ResultObjection>.NotFound;
        }
        if (meeting.Candidates.All(c => c.Id != candidateId))
        {
            problems.Add(new Problem("candidateId", "该申报人不在本次会议的评审名单中", ClauseIds.NationalResultsPublicity));
        }
        if (meeting.Status != MeetingStatus.Publicised || meeting.PublicityStart > Today || meeting.PublicityEnd < Today)
        {
            problems.Add(new Problem("", meeting.PublicityStart is null ? "评审结果尚未公示" : $"公示期为 {meeting.PublicityStart:yyyy-MM-dd} 至 {meeting.PublicityEnd:yyyy-MM-dd}，今天不在公示期内", ClauseIds.NationalResultsPublicity));
        }
        if (problems.Count > 0)
        {
            return Outcome<ResultObjection>.Refused(problems);
        }
        var objection = new ResultObjection
        {
            MeetingId = id, CandidateId = candidateId, RaisedOn = Today, RaisedBy = raisedBy!.Trim(), Content = content!.Trim(),
            RecordedBy = ApplicationService.Actor(jurisdiction),
        };
        db.ResultObjections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ResultObjection>.Done(objection);
    }

    /// <summary>Records how an objection was resolved; an upheld one withholds that candidate's result from confirmation.</summary>
    public async Task<Outcome<ResultObjection>> ResolveAsync(Jurisdiction jurisdiction, int id, int objectionId, string? resolution, bool upheld, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingAccess.RunAsync(db, jurisdiction, id, cancellationToken);
        var objection = meeting is null ? null : await db.ResultObjections.SingleOrDefaultAsync(o => o.Id == objectionId && o.MeetingId == id, cancellationToken);
        if (meeting is null || objection is null)
        {
            return Outcome<ResultObjection>.NotFound;
        }
        if (string.IsNullOrWhiteSpace(resolution) || resolution.Trim().Length > 2000)
        {
            return Outcome<ResultObjection>.Refused(new Problem("resolution", "请填写异议的核查处理结果（不超过2000字）", ClauseIds.NationalResultsPublicity));
        }
        if (objection.ResolvedOn is not null || meeting.Status != MeetingStatus.Publicised)
        {
            return Outcome<ResultObjection>.Refused(new Problem("", objection.ResolvedOn is not null ? "该异议已处理" : "结果已确认，不能再处理异议", ClauseIds.NationalResultsPublicity));
        }
        objection.ResolvedOn = Today;
        objection.Resolution = resolution.Trim();
        objection.Upheld = upheld;
        objection.ResolvedBy = ApplicationService.Actor(jurisdiction);
        if (upheld)
        {
            meeting.Candidates.Single(c => c.Id == objection.CandidateId).Withheld = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ResultObjection>.Done(objection);
    }

    /// <summary>
    /// 审核确认 by the bureau that supervises the committee: after the publicity, every objection resolved, not after the
    /// results deadline unless <paramref name="overrideReason"/> records why; grants the titles and issues certificates.
    /// </summary>
    public async Task<Outcome<EvaluationMeeting>> ConfirmAsync(Jurisdiction jurisdiction, int id, int version, string? documentNumber, string? overrideReason, CancellationToken cancellationToken = default)
    {
        var viewer = jurisdiction.Viewer;
        var meeting = viewer.IsBureau
            ? await MeetingAccess.Managed(db, jurisdiction).Include(m => m.Committee).Include(m => m.Candidates).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            : null;
        if (meeting is null)
        {
            return Outcome<EvaluationMeeting>.NotFound;
        }
        if (viewer.OrganisationId != meeting.Committee!.SupervisingBureauId && !jurisdiction.IsWholeCity)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", "评审结果由监管该评委会的人社部门审核确认", ClauseIds.NationalResultsPublicity));
        }
        if (meeting.Version != version)
        {
            return Outcome<EvaluationMeeting>.Refused(MeetingAccess.Stale);
        }
        var problems = new List<Problem>();
        if (meeting.Status != MeetingStatus.Publicised)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", meeting.Status == MeetingStatus.Confirmed ? $"评审结果已于 {meeting.ConfirmedOn:yyyy-MM-dd} 确认" : "评审结果须经公示后才能确认", ClauseIds.NationalResultsPublicity));
        }
        if (meeting.PublicityEnd >= Today)
        {
            problems.Add(new Problem("", $"公示期至 {meeting.PublicityEnd:yyyy-MM-dd}，期满后方可确认", ClauseIds.NationalResultsPublicity));
        }
        var open = await db.ResultObjections.CountAsync(o => o.MeetingId == id && o.ResolvedOn == null, cancellationToken);
        if (open > 0)
        {
            problems.Add(new Problem("", $"还有 {open} 条公示异议未处理，处理完毕后方可确认", ClauseIds.NationalResultsPublicity));
        }
        if (string.IsNullOrWhiteSpace(documentNumber) || documentNumber.Trim().Length > 100)
        {
            problems.Add(new Problem("documentNumber", "请填写确认文件的文号（不超过100字）", ClauseIds.NationalCertificate));
        }
        var deadline = Settings.ResultsDeadline.In(meeting.Year);
        var late = Today > deadline;
        if (late && string.IsNullOrWhiteSpace(overrideReason))
        {
            problems.Add(new Problem("overrideReason", $"评审结果须在 {deadline:yyyy-MM-dd} 前审核确认，不得跨年度；确需延后的，请记录理由", ClauseIds.AnnualTimeline));
        }
        if (await committees.GateAsync(meeting.Committee, CommitteeAction.PublishResults, meeting.Year, cancellationToken) is { } refusal)
        {
            problems.Add(Problem.Of(refusal));
        }
        if (problems.Count > 0)
        {
            return Outcome<EvaluationMeeting>.Refused(problems);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var granted = await grant.GrantAsync(meeting, Today, documentNumber!.Trim(), cancellationToken);
        if (!granted.Succeeded)
        {
            return Outcome<EvaluationMeeting>.Refused(granted.Problems);
        }
        meeting.Status = MeetingStatus.Confirmed;
        meeting.ConfirmedOn = Today;
        meeting.ConfirmedBy = ApplicationService.Actor(jurisdiction);
        meeting.DocumentNumber = documentNumber.Trim();
        meeting.ConfirmOverrideReason = late ? overrideReason!.Trim() : null;
        meeting.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<EvaluationMeeting>.Refused(MeetingAccess.Stale);
        }
        catch (DbUpdateException)
        {
            // Two confirmations of one committee's meetings at once drew the same certificate numbers; the other one won.
            return Outcome<EvaluationMeeting>.Refused(new Problem("", "同一评委会的另一场会议正在确认，证书编号冲突；请稍后重试", ClauseIds.NationalCertificate));
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome<EvaluationMeeting>.Done(meeting);
    }
}
