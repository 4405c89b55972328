using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 评议组 — the office divides the present panel into review groups of at least the set size and gives each its share
/// of the list (MOHRSS-40-review-group); an expert of a group scores each of its candidates on the standard's five
/// dimensions and writes the group's opinion (N2024-1.1), before the ballot opens.
/// </summary>
public sealed class GroupReview(AppDbContext db, PolicyVersion policy)
{
    public const int MaxScore = 100;

    /// <summary>Replaces the meeting's groups (and clears any scores given under the old ones).</summary>
    public async Task<Outcome<EvaluationMeeting>> FormAsync(Jurisdiction jurisdiction, int id, int version, IReadOnlyList<GroupForm> groups, CancellationToken cancellationToken = default)
    {
        var found = await MeetingAccess.ActOnAsync(db, jurisdiction, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }
        var meeting = found.Value!;
        if (meeting.Status != MeetingStatus.PanelDrawn)
        {
            return Outcome<EvaluationMeeting>.Refused(new Problem("", $"会议{MeetingStatuses.Label(meeting.Status)}，不能再调整评议组", ClauseIds.NationalReviewGroup));
        }
        var problems = Check(meeting, groups, policy.Settings.MinReviewGroupSize);
        if (problems.Count > 0)
        {
            return Outcome<EvaluationMeeting>.Refused(problems);
        }
        foreach (var seat in meeting.Seats)
        {
            seat.GroupId = null;
        }
        foreach (var candidate in meeting.Candidates)
        {
            candidate.GroupId = null;
            candidate.MoralCharacter = candidate.ProfessionalEthics = candidate.ProfessionalAbility = candidate.TechnicalLevel = candidate.AcademicInfluence = null;
            candidate.Opinion = null;
            candidate.ScoredBy = null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        meeting.Version++;
        var saved = await db.SaveVersionedAsync(meeting, MeetingAccess.Stale, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }
        db.ReviewGroups.RemoveRange(meeting.Groups);
        var formed = groups.Select(g => (Group: new ReviewGroup { MeetingId = meeting.Id, Name = g.Name!.Trim() }, Form: g)).ToList();
        db.ReviewGroups.AddRange(formed.Select(f => f.Group));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (group, form) in formed)
        {
            foreach (var seat in meeting.Seats.Where(s => form.SeatIds.Contains(s.Id)))
            {
                seat.GroupId = group.Id;
            }
            foreach (var candidate in meeting.Candidates.Where(c => form.CandidateIds.Contains(c.Id)))
            {
                candidate.GroupId = group.Id;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<EvaluationMeeting>.Done(meeting);
    }

    /// <summary>An expert records their group's scores and opinion on one candidate of the group's share.</summary>
    public async Task<Outcome<MeetingCandidate>> ScoreAsync(Jurisdiction jurisdiction, int meetingId, int candidateId, ScoreForm form, CancellationToken cancellationToken = default)
    {
        var seat = await MeetingAccess.Seats(db, jurisdiction.Viewer).SingleOrDefaultAsync(s => s.MeetingId == meetingId, cancellationToken);
        var candidate = seat is null ? null : await db.MeetingCandidates.SingleOrDefaultAsync(c => c.Id == candidateId && c.MeetingId == meetingId, cancellationToken);
        if (seat is null || candidate is null)
        {
            return Outcome<MeetingCandidate>.NotFound;
        }
        var status = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Status).SingleAsync(cancellationToken);
        if (status != MeetingStatus.PanelDrawn)
        {
            return Outcome<MeetingCandidate>.Refused(new Problem("", $"会议{MeetingStatuses.Label(status)}，评议打分须在投票开始前完成", ClauseIds.NationalReviewGroup));
        }
        if (!seat.Present || seat.GroupId is null || seat.GroupId != candidate.GroupId)
        {
            return Outcome<MeetingCandidate>.Refused(new Problem("", "只有出席的、负责该申报人的评议组专家才能评议打分", ClauseIds.NationalReviewGroup));
        }
        var problems = new List<Problem>();
        int Score(int? value, string field, string label)
        {
            if (value is not { } v || v < 0 || v > MaxScore)
            {
                problems.Add(new Problem(field, $"请填写{label}得分（0–{MaxScore}）", ClauseIds.StandardDimensions));
                return 0;
            }
            return v;
        }
        var scores = new[]
        {
            Score(form.MoralCharacter, "moralCharacter", "思想品德"), Score(form.ProfessionalEthics, "professionalEthics", "职业道德"),
            Score(form.ProfessionalAbility, "professionalAbility", "专业能力"), Score(form.TechnicalLevel, "technicalLevel", "技术水平"),
            Score(form.AcademicInfluence, "academicInfluence", "学术影响力"),
        };
        if (string.IsNullOrWhiteSpace(form.Opinion))
        {
            problems.Add(new Problem("opinion", "请填写评议意见", ClauseIds.NationalReviewGroup));
        }
        else if (form.Opinion.Trim().Length > 2000)
        {
            problems.Add(new Problem("opinion", "评议意见不能超过 2000 字", ClauseIds.NationalReviewGroup));
        }
        if (problems.Count > 0)
        {
            return Outcome<MeetingCandidate>.Refused(problems);
        }
        (candidate.MoralCharacter, candidate.ProfessionalEthics, candidate.ProfessionalAbility, candidate.TechnicalLevel, candidate.AcademicInfluence) =
            (scores[0], scores[1], scores[2], scores[3], scores[4]);
        candidate.Opinion = form.Opinion!.Trim();
        candidate.ScoredBy = jurisdiction.Viewer.Name;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MeetingCandidate>.Done(candidate);
    }

    /// <summary>Whether a candidate carries all five scores and an opinion.</summary>
    public static bool IsScored(MeetingCandidate c) =>
        c.MoralCharacter is not null && c.ProfessionalEthics is not null && c.ProfessionalAbility is not null
        && c.TechnicalLevel is not null && c.AcademicInfluence is not null && !string.IsNullOrWhiteSpace(c.Opinion);

    private static List<Problem> Check(EvaluationMeeting meeting, IReadOnlyList<GroupForm> groups, int minSize)
    {
        var problems = new List<Problem>();
        if (groups.Count == 0)
        {
            problems.Add(new Problem("groups", "请至少设一个评议组", ClauseIds.NationalReviewGroup));
        }
        var seats = new HashSet<int>();
        var candidates = new HashSet<int>();
        var names = new HashSet<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (string.IsNullOrWhiteSpace(g.Name) || g.Name.Trim().Length > 50 || !names.Add(g.Name.Trim()))
            {
                problems.Add(new Problem($"groups[{i}].name", "请填写评议组名称（不超过50字，不可重名）", ClauseIds.NationalReviewGroup));
            }
            foreach (var seatId in g.SeatIds)
            {
                var seat = meeting.Seats.SingleOrDefault(s => s.Id == seatId);
                if (seat is null || !seat.Present)
                {
                    problems.Add(new Problem($"groups[{i}].seatIds", $"评委 {seatId} 不是本次会议出席的评委", ClauseIds.NationalReviewGroup));
                }
                else if (!seats.Add(seatId))
                {
                    problems.Add(new Problem($"groups[{i}].seatIds", $"评委 {seatId} 已在另一个评议组", ClauseIds.NationalReviewGroup));
                }
            }
            if (g.SeatIds.Distinct().Count() < minSize)
            {
                problems.Add(new Problem($"groups[{i}].seatIds", $"每个评议组不少于 {minSize} 名专家", ClauseIds.NationalReviewGroup));
            }
            foreach (var candidateId in g.CandidateIds)
            {
                if (meeting.Candidates.All(c => c.Id != candidateId))
                {
                    problems.Add(new Problem($"groups[{i}].candidateIds", $"申报人 {candidateId} 不在本次评审名单中", ClauseIds.NationalReviewGroup));
                }
                else if (!candidates.Add(candidateId))
                {
                    problems.Add(new Problem($"groups[{i}].candidateIds", $"申报人 {candidateId} 已分到另一个评议组", ClauseIds.NationalReviewGroup));
                }
            }
        }
        var unassigned = meeting.Candidates.Count(c => !candidates.Contains(c.Id));
        if (groups.Count > 0 && unassigned > 0)
        {
            problems.Add(new Problem("groups", $"还有 {unassigned} 名申报人未分到评议组", ClauseIds.NationalReviewGroup));
        }
        return problems;
    }
}
