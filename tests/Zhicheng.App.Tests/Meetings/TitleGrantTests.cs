using System.Buffers.Text;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.People;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Titles;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// 授予职称与电子证书 (MOHRSS-40-certificate): the bureau's confirmation puts the title on the record of every candidate
/// who passed (and was not withheld), and issues each a certificate numbered in sequence within the committee's year —
/// continued by the committee's next meeting — whose signed token opens with the signer and shows the masked identity
/// number only; a title granted so can be revoked by the supervising bureau (N2024-4.3c).
/// </summary>
public sealed class TitleGrantTests : MeetingServiceTest
{
    /// <summary>The fourth candidate gets no yes at all: three pass.</summary>
    private static readonly string[] ThreePass = ["YYYYYYYYYYYY", "YYYYYYYYNNNN", "YYYYYYYYYYYA", "NNNNNNNNNNNN"];

    [Fact]
    public async Task Confirm_ThreePassed_GrantsEachTheTitleOnTheirRecord()
    {
        var meeting = await ConfirmedAsync(await PublicisedAsync(await ClosedAsync(rows: ThreePass)));

        meeting.Status.ShouldBe(MeetingStatus.Confirmed);
        var titles = await GrantedAsync();
        titles.Select(t => t.ApplicationId).ShouldBe(Accepted.Take(3).Select(a => (int?)a.Id));
        foreach (var (title, application) in titles.Zip(Accepted))
        {
            title.PersonId.ShouldBe(application.PersonId);
            title.Series.ShouldBe(TestYear.Series);
            title.Specialty.ShouldBe(TestYear.Specialty);
            title.Level.ShouldBe(TitleLevel.AssociateSenior);
            title.Source.ShouldBe(TitleSource.Evaluation);
            title.ObtainedOn.ShouldBe(ConfirmDay);
            title.CommitteeId.ShouldBe(Setup.Committee.Id);
            title.GrantedBy.ShouldBe(TestYear.CommitteeName);
            title.DocumentNumber.ShouldBe(DocumentNumber);
            title.RevokedOn.ShouldBeNull();
        }
        await using var db = Read();
        (await db.Titles.AnyAsync(t => t.PersonId == Accepted[3].PersonId && t.Level == TitleLevel.AssociateSenior)).ShouldBeFalse();
    }

    [Fact]
    public async Task Confirm_ThreePassed_IssuesWellFormedCertificatesInSequence()
    {
        await ConfirmedAsync(await PublicisedAsync(await ClosedAsync(rows: ThreePass)));

        var certificates = await CertificatesAsync();
        certificates.Count.ShouldBe(3);
        certificates.Select(c => c.Number).ShouldBe(Enumerable.Range(1, 3).Select(Number));
        certificates.ShouldAllBe(c => CertificateNumber.IsWellFormed(c.Number));
        certificates.Select(c => c.Number).Distinct().Count().ShouldBe(3);
        certificates.ShouldAllBe(c => c.IssuedOn == ConfirmDay && c.Algorithm == Signer.Algorithm && c.Title!.CertificateNumber == c.Number);
        certificates.Select(c => c.Title!.ApplicationId).ShouldBe(Accepted.Take(3).Select(a => (int?)a.Id));
    }

    [Fact]
    public async Task Confirm_SecondMeetingOfTheCommittee_ContinuesTheSequence()
    {
        var first = await ClosedAsync(applicationIds: [Accepted[0].Id, Accepted[1].Id]);
        await ConfirmedAsync(await PublicisedAsync(first));
        var second = await ClosedAsync(applicationIds: [Accepted[2].Id, Accepted[3].Id], day: DeadlineDay);
        second = await PublicisedAsync(second, new DateOnly(2025, 12, 1));

        await ConfirmedAsync(second, new DateOnly(2025, 12, 8));

        var certificates = await CertificatesAsync();
        certificates.Select(c => c.Number).ShouldBe(Enumerable.Range(1, 4).Select(Number));
        certificates.Select(c => c.Title!.ApplicationId).ShouldBe(Accepted.Select(a => (int?)a.Id));
        certificates.Skip(2).ShouldAllBe(c => c.IssuedOn == new DateOnly(2025, 12, 8));
    }

    [Fact]
    public async Task Certificate_Token_OpensWithTheSignerAndShowsTheTitleWithMaskedId()
    {
        await ConfirmedAsync(await PublicisedAsync(await ClosedAsync(rows: ThreePass)));

        var certificates = await CertificatesAsync();
        await using var db = Read();
        foreach (var certificate in certificates)
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == certificate.Title!.PersonId);
            var opened = Signer.Open(certificate.Token).ShouldNotBeNull();
            opened.Algorithm.ShouldBe(Signer.Algorithm);
            opened.Facts.ShouldBe(new CertificateFacts(certificate.Number, person.Name, IdNumbers.Mask(person.IdNumber), TestYear.Series,
                TestYear.Specialty, TitleLevel.AssociateSenior, ConfirmDay, TestYear.CommitteeName, DocumentNumber, ConfirmDay));
            opened.Facts.MaskedIdNumber.ShouldBe(person.IdNumber[..6] + "**********" + person.IdNumber[16..]);
            var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(certificate.Token.AsSpan(0, certificate.Token.IndexOf('.'))));
            payload.ShouldNotContain(person.IdNumber);
            payload.ShouldNotContain(person.IdNumber[6..14]);
        }
    }

    [Fact]
    public async Task Certificate_TokenAltered_DoesNotOpen()
    {
        await ConfirmedAsync(await PublicisedAsync(await ClosedAsync(rows: ThreePass)));
        var token = (await CertificatesAsync())[0].Token;
        var dot = token.IndexOf('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace("副高级", "正高级"))) + token[dot..];

        Signer.Open(forged).ShouldBeNull();
        Signer.Open(token).ShouldNotBeNull();
    }

    [Fact]
    public async Task RevokeTitle_GrantedTitleBySupervisingBureau_SetsRevokedOn()
    {
        await ConfirmedAsync(await PublicisedAsync(await ClosedAsync(rows: ThreePass)));
        var title = (await GrantedAsync())[1];
        Clock.Today = new DateOnly(2026, 3, 2);
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Falsification.RevokeTitleAsync(city.Jurisdiction, title.Id, "申报业绩系伪造", "医院出具的核查说明")).ShouldSucceed();
        }

        await using var db = Read();
        var stored = await db.Titles.AsNoTracking().SingleAsync(t => t.Id == title.Id);
        stored.RevokedOn.ShouldBe(new DateOnly(2026, 3, 2));
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == title.PersonId);
        (await db.IntegrityEntries.CountAsync(e => e.IdNumber == person.IdNumber && e.DecidedOn == new DateOnly(2026, 3, 2))).ShouldBe(1);
        (await db.Certificates.CountAsync(c => c.TitleId == title.Id)).ShouldBe(1);
        (await db.Titles.CountAsync(t => t.CommitteeId == Setup.Committee.Id && t.RevokedOn == null)).ShouldBe(2);
    }

    /// <summary>The certificate number of the committee's <paramref name="sequence"/>-th 副高级 certificate of 2025.</summary>
    private string Number(int sequence) => CertificateNumber.Compose("1408", Year, TitleLevel.AssociateSenior, Setup.Committee.Id, sequence);

    private async Task<List<TitleHeld>> GrantedAsync()
    {
        await using var db = Read();
        return await db.Titles.AsNoTracking().Where(t => t.CommitteeId == Setup.Committee.Id).OrderBy(t => t.ApplicationId).ToListAsync();
    }

    private async Task<List<Features.Titles.TitleCertificate>> CertificatesAsync()
    {
        await using var db = Read();
        return await db.Certificates.AsNoTracking().Include(c => c.Title).OrderBy(c => c.Number).ToListAsync();
    }
}
