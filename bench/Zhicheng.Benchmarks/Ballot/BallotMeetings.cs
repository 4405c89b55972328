using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// One meeting taken to 投票中 as the committee office takes it, each step in a context of its own as each would be a
/// request of its own: <c>MeetingSchedule.ScheduleAsync</c> (today, with the given applications), <c>PanelDraw.DrawAsync</c>,
/// <c>MeetingSchedule.AttendanceAsync</c> (every seat present), <c>GroupReview.FormAsync</c> (the seats in order into equal
/// groups, the list dealt out in turn), then the groups' scores and opinions — <b>written by one direct UPDATE</b> of the five
/// score columns, the opinion and the scorer (the benchmark is the ballot; <c>GroupReview.ScoreAsync</c> would be 300 calls
/// per meeting) — and <c>SecretBallot.OpenAsync</c>.
/// </summary>
internal static class BallotMeetings
{
    public const string Place = "运城市人社局三楼评审室";

    public static async Task<BallotMeeting> OpenAsync(string connection, Viewer office, int committeeId, DateOnly today, IReadOnlyList<int> applicationIds,
        int panel, int groups, PolicyVersion policy, TimeProvider time)
    {
        var meeting = await Step(connection, office, time, policy, (db, j, c) =>
            new MeetingSchedule(db, c, policy, time).ScheduleAsync(j, new MeetingForm(committeeId, today, Place, panel, BallotDb.Specialty, applicationIds)), "安排评审会议");
        var (id, number) = (meeting.Id, meeting.Number);
        meeting = await Step(connection, office, time, policy, (db, j, c) => new PanelDraw(db, c, policy, time).DrawAsync(j, id, meeting.Version), "抽取评委");
        var seats = meeting.Seats.Select(s => s.Id).Order().ToList();
        meeting = await Step(connection, office, time, policy, (db, j, c) => new MeetingSchedule(db, c, policy, time).AttendanceAsync(j, id, meeting.Version, seats), "出席登记");
        var candidates = meeting.Candidates.OrderBy(c => c.ApplicationId).Select(c => c.Id).ToList();
        var per = seats.Count / groups;
        var forms = Enumerable.Range(0, groups).Select(g => new GroupForm($"第{g + 1}评议组",
            [.. seats.Skip(g * per).Take(g == groups - 1 ? seats.Count - g * per : per)],
            [.. candidates.Where((_, i) => i % groups == g)])).ToList();
        meeting = await Step(connection, office, time, policy, (db, j, c) => new GroupReview(db, policy).FormAsync(j, id, meeting.Version, forms), "设置评议组");
        await using (var db = Database.Open(connection, office.AuditName, time))
        {
            await db.MeetingCandidates.Where(c => c.MeetingId == id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.MoralCharacter, c => (int?)(75 + c.Id % 21))
                .SetProperty(c => c.ProfessionalEthics, c => (int?)(78 + c.Id % 19))
                .SetProperty(c => c.ProfessionalAbility, c => (int?)(70 + c.Id % 26))
                .SetProperty(c => c.TechnicalLevel, c => (int?)(68 + c.Id % 28))
                .SetProperty(c => c.AcademicInfluence, c => (int?)(65 + c.Id % 31))
                .SetProperty(c => c.Opinion, "临床能力扎实，技术创新有实效，同意提交表决。")
                .SetProperty(c => c.ScoredBy, "基准测试（评议组打分直接写入）"));
        }
        meeting = await Step(connection, office, time, policy, (db, j, c) =>
            // Opening reads no key: the seal given here is never used (the served app seals and counts the ballots).
            new SecretBallot(db, c, new MeetingMinutesArchive(db, time), new BallotSeal(new BallotOptions()), policy, time).OpenAsync(j, id, meeting.Version), "开始投票");
        return new BallotMeeting(id, number, candidates);
    }

    private static async Task<EvaluationMeeting> Step(string connection, Viewer office, TimeProvider time, PolicyVersion policy,
        Func<AppDbContext, Jurisdiction, CommitteeService, Task<Outcome<EvaluationMeeting>>> act, string what)
    {
        await using var db = Database.Open(connection, office.AuditName, time);
        var j = await Jurisdiction.ForAsync(db, office);
        return BallotDb.Must(await act(db, j, new CommitteeService(db, policy, time)), what);
    }
}
