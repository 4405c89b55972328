using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Meetings;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// The steps of a meeting as the office, the experts and the city bureau take them through the services, each step
/// refused throwing (so a broken setup never passes for the test's own failure) and returning the meeting as stored.
/// </summary>
public abstract partial class MeetingServiceTest
{
    /// <summary>What the office fills in to schedule a meeting of the committee (every open accepted application when no ids).</summary>
    protected MeetingForm Form(DateOnly? day = null, int? panelSize = null, IReadOnlyList<int>? applicationIds = null) =>
        new(Setup.Committee.Id, day ?? MeetingDay, Place, panelSize ?? RosterSize, TestYear.Specialty, applicationIds);

    protected async Task<EvaluationMeeting> ScheduledAsync(int? panelSize = null, IReadOnlyList<int>? applicationIds = null, DateOnly? day = null)
    {
        await using var office = await Meet(Office);
        return (await office.Schedule.ScheduleAsync(office.Jurisdiction, Form(day, panelSize, applicationIds))).ShouldSucceed();
    }

    protected async Task<EvaluationMeeting> DrawnAsync(int? panelSize = null, IReadOnlyList<int>? applicationIds = null, DateOnly? day = null)
    {
        var meeting = await ScheduledAsync(panelSize, applicationIds, day);
        await using var office = await Meet(Office);
        return (await office.Draw.DrawAsync(office.Jurisdiction, meeting.Id, meeting.Version)).ShouldSucceed();
    }

    /// <summary>The meeting as stored now, with its list (by application), seats and groups (by id).</summary>
    protected async Task<EvaluationMeeting> StoredMeetingAsync(int id)
    {
        await using var db = Read();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Candidates).Include(m => m.Seats).Include(m => m.Groups)
            .AsSplitQuery().SingleAsync(m => m.Id == id);
        meeting.Candidates = [.. meeting.Candidates.OrderBy(c => c.ApplicationId)];
        meeting.Seats = [.. meeting.Seats.OrderBy(s => s.Id)];
        meeting.Groups = [.. meeting.Groups.OrderBy(g => g.Id)];
        return meeting;
    }

    /// <summary>The first <paramref name="present"/> seats (by id) signed in as present.</summary>
    protected async Task<EvaluationMeeting> PresentAsync(EvaluationMeeting meeting, int present)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        await using var office = await Meet(Office);
        (await office.Schedule.AttendanceAsync(office.Jurisdiction, stored.Id, stored.Version, [.. stored.Seats.Take(present).Select(s => s.Id)])).ShouldSucceed();
        return await StoredMeetingAsync(meeting.Id);
    }

    /// <summary>
    /// The present seats in <paramref name="count"/> groups of consecutive seats, the list dealt out to them in turn.
    /// </summary>
    protected static List<GroupForm> Groups(EvaluationMeeting meeting, int count)
    {
        var present = meeting.Seats.Where(s => s.Present).ToList();
        var per = present.Count / count;
        return [.. Enumerable.Range(0, count).Select(g => new GroupForm(
            $"第{g + 1}评议组",
            [.. present.Skip(g * per).Take(g == count - 1 ? present.Count - g * per : per).Select(s => s.Id)],
            [.. meeting.Candidates.Where((_, i) => i % count == g).Select(c => c.Id)]))];
    }

    protected async Task<EvaluationMeeting> GroupedAsync(EvaluationMeeting meeting, int count)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        await using var office = await Meet(Office);
        (await office.Groups.FormAsync(office.Jurisdiction, stored.Id, stored.Version, Groups(stored, count))).ShouldSucceed();
        return await StoredMeetingAsync(meeting.Id);
    }

    public static ScoreForm Scores(int score = 85) => new(score, score, score, score, score, "临床能力扎实，技术创新有实效，同意提交表决。");

    /// <summary>Each candidate scored by the first present expert of its group.</summary>
    protected async Task<EvaluationMeeting> ScoredAsync(EvaluationMeeting meeting)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        foreach (var candidate in stored.Candidates)
        {
            var seat = stored.Seats.First(s => s.Present && s.GroupId == candidate.GroupId);
            await using var expert = await Meet(ExpertOf(seat).Viewer);
            (await expert.Groups.ScoreAsync(expert.Jurisdiction, stored.Id, candidate.Id, Scores())).ShouldSucceed();
        }
        return await StoredMeetingAsync(meeting.Id);
    }

    /// <summary>
    /// Drawn (panel <paramref name="panelSize"/>, the whole roster by default), <paramref name="present"/> present (all by
    /// default), in two groups (one when fewer than six are present), every candidate scored: ready to open the ballot.
    /// </summary>
    protected async Task<EvaluationMeeting> ReadyAsync(int? present = null, int? panelSize = null, IReadOnlyList<int>? applicationIds = null, DateOnly? day = null)
    {
        var meeting = await DrawnAsync(panelSize, applicationIds, day);
        meeting = await PresentAsync(meeting, present ?? meeting.Seats.Count);
        meeting = await GroupedAsync(meeting, meeting.Seats.Count(s => s.Present) >= 6 ? 2 : 1);
        return await ScoredAsync(meeting);
    }

    /// <summary><see cref="ReadyAsync"/>, the clock on the meeting day, the ballot opened by the office.</summary>
    protected async Task<EvaluationMeeting> VotingAsync(int? present = null, int? panelSize = null, IReadOnlyList<int>? applicationIds = null, DateOnly? day = null)
    {
        var meeting = await ReadyAsync(present, panelSize, applicationIds, day);
        Clock.Today = meeting.HeldOn;
        await using (var office = await Meet(Office))
        {
            (await office.Ballot.OpenAsync(office.Jurisdiction, meeting.Id, meeting.Version)).ShouldSucceed();
        }
        return await StoredMeetingAsync(meeting.Id);
    }

    /// <summary>The same choice for every candidate on the list.</summary>
    protected static Dictionary<int, VoteChoice> Every(EvaluationMeeting meeting, VoteChoice choice) =>
        meeting.Candidates.ToDictionary(c => c.Id, _ => choice);

    protected async Task<Features.Outcome<int>> CastAsync(Expert expert, int meetingId, IReadOnlyDictionary<int, VoteChoice>? choices)
    {
        await using var desk = await Meet(expert.Viewer);
        return await desk.Ballot.CastAsync(desk.Jurisdiction, meetingId, choices);
    }

    /// <summary>
    /// The present experts vote by a table: one row per candidate (in application order), one column per present seat (in
    /// seat order); Y 同意, N 不同意, A 弃权, '-' in every row for an expert who does not vote.
    /// </summary>
    protected async Task VoteAsync(EvaluationMeeting meeting, params string[] rows)
    {
        rows.Length.ShouldBe(meeting.Candidates.Count);
        var present = meeting.Seats.Where(s => s.Present).ToList();
        for (var v = 0; v < present.Count; v++)
        {
            if (rows[0][v] == '-')
            {
                continue;
            }
            var choices = meeting.Candidates.Select((c, i) => (c.Id, Choice: rows[i][v] switch
            {
                'Y' => VoteChoice.Yes,
                'N' => VoteChoice.No,
                _ => VoteChoice.Abstain,
            })).ToDictionary(x => x.Id, x => x.Choice);
            (await CastAsync(ExpertOf(present[v]), meeting.Id, choices)).ShouldSucceed();
        }
    }

    protected async Task<EvaluationMeeting> CloseAsync(EvaluationMeeting meeting)
    {
        var stored = await StoredMeetingAsync(meeting.Id);
        await using (var office = await Meet(Office))
        {
            (await office.Ballot.CloseAsync(office.Jurisdiction, stored.Id, stored.Version)).ShouldSucceed();
        }
        return await StoredMeetingAsync(meeting.Id);
    }

    /// <summary>The ballot held on the meeting day by <paramref name="rows"/> (everyone present votes yes when none) and closed.</summary>
    protected async Task<EvaluationMeeting> ClosedAsync(IReadOnlyList<int>? applicationIds = null, DateOnly? day = null, params string[] rows)
    {
        var meeting = await VotingAsync(applicationIds: applicationIds, day: day);
        await VoteAsync(meeting, rows.Length > 0 ? rows : [.. meeting.Candidates.Select(_ => new string('Y', meeting.Seats.Count(s => s.Present)))]);
        return await CloseAsync(meeting);
    }

    /// <summary>The results publicised from <paramref name="start"/> (the clock moved there; <see cref="PublicityDay"/> by default).</summary>
    protected async Task<EvaluationMeeting> PublicisedAsync(EvaluationMeeting meeting, DateOnly? start = null)
    {
        Clock.Today = start ?? PublicityDay;
        var stored = await StoredMeetingAsync(meeting.Id);
        await using (var office = await Meet(Office))
        {
            (await office.Results.PublishAsync(office.Jurisdiction, stored.Id, stored.Version, null)).ShouldSucceed();
        }
        return await StoredMeetingAsync(meeting.Id);
    }

    /// <summary>Confirmed by the city bureau (the committee's supervisor) on <paramref name="on"/> (<see cref="ConfirmDay"/> by default).</summary>
    protected async Task<EvaluationMeeting> ConfirmedAsync(EvaluationMeeting meeting, DateOnly? on = null)
    {
        Clock.Today = on ?? ConfirmDay;
        var stored = await StoredMeetingAsync(meeting.Id);
        await using (var city = await Meet(CityAdmin))
        {
            (await city.Results.ConfirmAsync(city.Jurisdiction, stored.Id, stored.Version, DocumentNumber, null)).ShouldSucceed();
        }
        return await StoredMeetingAsync(meeting.Id);
    }
}
