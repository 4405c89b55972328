using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Titles;

namespace Zhicheng.App.Features.Titles;

/// <summary>Settings of the titles this system grants ("Titles" section).</summary>
public sealed class TitleOptions
{
    /// <summary>The 4-digit area prefix of certificate numbers (<see cref="CertificateNumber"/>); 运城 is 1408.</summary>
    public string CertificatePrefix { get; set; } = "1408";
}

/// <summary>
/// 授予职称 — on the bureau's confirmation, each candidate of the meeting who passed and was not withheld gets the title on
/// their record (series, specialty, level, the confirmation day, the committee, the document number) and an electronic
/// certificate: the next number of the committee's year (<see cref="CertificateNumber"/>) and the signed token of its QR.
/// The caller saves, in the transaction of the confirmation.
/// </summary>
public sealed class TitleGrant(AppDbContext db, CertificateSigner signer, TitleOptions options)
{
    /// <summary>The titles and certificates to add, or the problems that stop the confirmation (nothing added then).</summary>
    public async Task<Outcome<IReadOnlyList<TitleCertificate>>> GrantAsync(EvaluationMeeting meeting, DateOnly on, string documentNumber, CancellationToken cancellationToken)
    {
        var granted = meeting.Candidates.Where(c => c.Passed == true && !c.Withheld).Select(c => c.ApplicationId).ToList();
        var applications = await db.Applications.Include(a => a.Person).Where(a => granted.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var personIds = applications.Select(a => a.PersonId).ToList();
        var held = await db.Titles.AsNoTracking().Where(t => personIds.Contains(t.PersonId))
            .Select(t => new { t.PersonId, t.Series, t.Specialty, t.Level }).ToListAsync(cancellationToken);
        var problems = applications
            .Where(a => held.Any(t => t.PersonId == a.PersonId && t.Series == a.Series && t.Specialty == a.Specialty && t.Level == a.Level))
            .Select(a => new Problem("", $"{a.Person!.Name}（{a.Number}）的记录中已有{a.Series}{a.Specialty}{Codes.Level.Label(a.Level)}，请先核实", Domain.Policy.ClauseIds.NationalCertificate))
            .ToList();
        if (problems.Count > 0)
        {
            return Outcome<IReadOnlyList<TitleCertificate>>.Refused(problems);
        }
        var sequence = await LastSequenceAsync(meeting.CommitteeId, meeting.Year, cancellationToken);
        var committee = meeting.Committee!.Name;
        var certificates = new List<TitleCertificate>();
        foreach (var application in applications)
        {
            var title = new TitleHeld
            {
                PersonId = application.PersonId, Series = application.Series, Specialty = application.Specialty, Level = application.Level,
                ObtainedOn = on, Source = TitleSource.Evaluation, GrantedBy = committee, CommitteeId = meeting.CommitteeId,
                ApplicationId = application.Id, DocumentNumber = documentNumber,
            };
            var number = CertificateNumber.Compose(options.CertificatePrefix, meeting.Year, application.Level, meeting.CommitteeId, ++sequence);
            title.CertificateNumber = number;
            var facts = Facts(number, application.Person!, title, on);
            var certificate = new TitleCertificate { Title = title, Number = number, IssuedOn = on, Algorithm = signer.Algorithm, Token = signer.Sign(facts) };
            db.Titles.Add(title);
            db.Certificates.Add(certificate);
            certificates.Add(certificate);
        }
        return Outcome<IReadOnlyList<TitleCertificate>>.Done(certificates);
    }

    /// <summary>What a certificate shows and signs, from the title and its holder (identity number masked).</summary>
    public static CertificateFacts Facts(string number, Person holder, TitleHeld title, DateOnly issuedOn) =>
        new(number, holder.Name, IdNumbers.Mask(holder.IdNumber), title.Series, title.Specialty, title.Level, title.ObtainedOn,
            title.GrantedBy ?? "", title.DocumentNumber ?? "", issuedOn);

    /// <summary>The highest sequence used by the committee's certificates of the year (0 for none).</summary>
    private async Task<int> LastSequenceAsync(int committeeId, int year, CancellationToken cancellationToken)
    {
        // Number = prefix(4) year(4) level(1) committee(4) sequence(5) check(1): the level digit is any, so a LIKE with "_".
        var pattern = $"{options.CertificatePrefix}{year:D4}_{committeeId:D4}%";
        var last = await db.Certificates.Where(c => EF.Functions.Like(c.Number, pattern))
            .Select(c => c.Number.Substring(13, 5)).MaxAsync(s => (string?)s, cancellationToken);
        return last is null ? 0 : int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
    }
}
