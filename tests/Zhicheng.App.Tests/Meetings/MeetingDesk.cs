using System.Security.Cryptography;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Features.Titles;
using Zhicheng.Domain.Calendar;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// A <see cref="Desk"/> with the meeting services beside the year's and the applications' ones, over the same context
/// and built as <c>AddMeetings</c> and <c>AddCertificates</c> build them: one viewer at work on meetings.
/// </summary>
public sealed class MeetingDesk : IAsyncDisposable
{
    /// <summary>The seal of every desk in the test run unless a test gives its own: a random key of the process's, in no file.</summary>
    public static readonly BallotSeal Seal = new(new BallotOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

    private MeetingDesk(Desk desk, CertificateSigner signer, PolicyVersion policy, BallotSeal seal)
    {
        Desk = desk;
        var db = desk.Db;
        Pool = new ExpertPool(db, desk.Committees);
        Queries = new MeetingQueries(db);
        Schedule = new MeetingSchedule(db, desk.Committees, policy, desk.Time);
        Draw = new PanelDraw(db, desk.Committees, policy, desk.Time);
        Groups = new GroupReview(db, policy);
        Minutes = new MeetingMinutesArchive(db, desk.Time);
        Ballot = new SecretBallot(db, desk.Committees, Minutes, seal, policy, desk.Time);
        Grant = new TitleGrant(db, signer, new TitleOptions());
        Results = new MeetingResults(db, desk.Committees, Grant, policy, WorkingDayCalendar.China, desk.Time);
    }

    /// <summary>The year's and the applications' services of the same viewer, on the same context.</summary>
    public Desk Desk { get; }

    public AppDbContext Db => Desk.Db;

    public Jurisdiction Jurisdiction => Desk.Jurisdiction;

    public ExpertPool Pool { get; }

    public MeetingQueries Queries { get; }

    public MeetingSchedule Schedule { get; }

    public PanelDraw Draw { get; }

    public GroupReview Groups { get; }

    public MeetingMinutesArchive Minutes { get; }

    public SecretBallot Ballot { get; }

    public TitleGrant Grant { get; }

    public MeetingResults Results { get; }

    public static async Task<MeetingDesk> OpenAsync(TestDatabase database, Viewer viewer, TimeProvider time, CertificateSigner signer,
        PublishedStandards? published = null, PolicyVersion? policy = null, BallotSeal? seal = null)
    {
        var version = policy ?? PolicyVersion.N2024;
        return new MeetingDesk(await Desk.OpenAsync(database, viewer, time, published, version), signer, version, seal ?? Seal);
    }

    public ValueTask DisposeAsync() => Desk.DisposeAsync();
}
