using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.People;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Titles;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// One meeting through every step, on a world made wholly through the services (the applications submitted by the
/// hospital's HR and taken through the review chain to acceptance, the experts linked by the office): scheduled, drawn
/// and re-run by the bureau, attended, reviewed in groups, voted, closed, publicised with an objection dismissed,
/// confirmed — and every candidate who passed holds the title with a certificate that verifies.
/// </summary>
public sealed class MeetingJourneyTests : MeetingServiceTest
{
    protected override bool ThroughServices => true;

    [Fact]
    public async Task Meeting_FromAcceptedApplicationsToCertificates_ThroughEveryStep()
    {
        Accepted.ShouldAllBe(a => a.Stage == ApplicationStage.Accepted && a.CommitteeId == Setup.Committee.Id);

        var meeting = await DrawnAsync();
        meeting.Candidates.Select(c => c.ApplicationId).Order().ShouldBe(Accepted.Select(a => a.Id));
        await using (var city = await Meet(CityAdmin))
        {
            (await city.Draw.ReplayAsync(city.Jurisdiction, meeting.Id)).ShouldSucceed().Same.ShouldBeTrue();
        }
        meeting = await ScoredAsync(await GroupedAsync(await PresentAsync(meeting, RosterSize - 1), 2));
        Clock.Today = MeetingDay;
        await using (var office = await Meet(Office))
        {
            (await office.Ballot.OpenAsync(office.Jurisdiction, meeting.Id, meeting.Version)).ShouldSucceed();
        }
        await VoteAsync(meeting,
            "YYYYYYYYYYY",
            "YYYYYYYYNNN",
            "YYYYYYYNNNA",
            "YYYYYYYYAAA");
        meeting = await CloseAsync(meeting);
        meeting.Candidates.Select(c => c.Passed).ShouldBe([true, true, false, true]);

        meeting = await PublicisedAsync(meeting);
        await using (var office = await Meet(Office))
        {
            var objection = (await office.Results.RaiseAsync(office.Jurisdiction, meeting.Id, meeting.Candidates[0].Id, "匿名", "反映其业绩材料不实")).ShouldSucceed();
            (await office.Results.ResolveAsync(office.Jurisdiction, meeting.Id, objection.Id, "经核查，业绩材料属实，异议不成立", false)).ShouldSucceed();
            var published = (await office.Queries.PublicAsync(meeting.Id)).ShouldNotBeNull();
            published.Passed.Select(p => p.Name).ShouldBe(new[] { 0, 1, 3 }.Select(i => $"申报人{501 + i}"));
        }
        meeting = await ConfirmedAsync(meeting);

        meeting.Status.ShouldBe(MeetingStatus.Confirmed);
        await using var db = Read();
        var certificates = await db.Certificates.AsNoTracking().Include(c => c.Title).OrderBy(c => c.Number).ToListAsync();
        certificates.Select(c => c.Title!.ApplicationId).ShouldBe(new int?[] { Accepted[0].Id, Accepted[1].Id, Accepted[3].Id });
        foreach (var (certificate, i) in certificates.Select((c, i) => (c, i)))
        {
            certificate.Number.ShouldBe(CertificateNumber.Compose("1408", Year, Domain.Eligibility.TitleLevel.AssociateSenior, Setup.Committee.Id, i + 1));
            var holder = await db.People.AsNoTracking().SingleAsync(p => p.Id == certificate.Title!.PersonId);
            var facts = Signer.Open(certificate.Token).ShouldNotBeNull().Facts;
            (facts.CertificateNumber, facts.Name, facts.MaskedIdNumber).ShouldBe((certificate.Number, holder.Name, IdNumbers.Mask(holder.IdNumber)));
        }
        (await db.Titles.CountAsync(t => t.PersonId == Accepted[2].PersonId && t.ApplicationId != null)).ShouldBe(0);
    }
}
