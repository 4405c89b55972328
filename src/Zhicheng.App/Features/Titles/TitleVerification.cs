using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Titles;

namespace Zhicheng.App.Features.Titles;

/// <summary>
/// 职称证书公开核验 (MOHRSS-40-certificate: 证书编号全系统唯一，可公开核验) — anyone, without signing in, asks whether a
/// certificate is genuine: by its number together with the holder's name, or by the signed token its QR code carries.
/// <list type="bullet">
/// <item>Number and name are both required — never a search by name alone, so the service cannot be used to find out who
/// holds titles. Both are matched exactly (the number after <see cref="CertificateNumber.Normalise"/>; the name after
/// trimming, ordinal): no prefix, no LIKE, nothing fuzzy.</item>
/// <item>A number that exists with another name answers <see cref="VerificationStatus.Unknown"/>, word for word as an
/// unknown number does, so the service does not tell whether a number was issued.</item>
/// <item>A malformed number (<see cref="CertificateNumber.IsWellFormed"/>) is a field error before the database is read.</item>
/// <item>A token is opened with <see cref="CertificateSigner"/>: a bad signature is <see cref="VerificationStatus.Forged"/>;
/// a good one is looked up by its number, and status and details come from the database (a title revoked after the
/// certificate was issued reads revoked from that day on); a genuine token whose number is not stored is unknown.</item>
/// </list>
/// Each lookup is one indexed query by <c>certificates.number</c> (the unique index), read-only, prepared on a connection kept
/// for these lookups (<see cref="CertificateLookup"/>).
/// </summary>
public sealed class TitleVerification(CertificateLookup lookup, CertificateSigner signer)
{
    /// <summary>The longest token looked at; the column holds 4,000 characters, so anything longer was not issued.</summary>
    public const int MaxTokenLength = 4000;

    /// <summary>The longest name looked up; longer input cannot be a stored name (the column is shorter).</summary>
    public const int MaxNameLength = 100;

    public async Task<Outcome<Verification>> ByNumberAsync(string? number, string? name, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        var normalised = string.IsNullOrWhiteSpace(number) ? null : CertificateNumber.Normalise(number);
        var trimmedName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (normalised is null)
        {
            problems.Add(new Problem("number", "请输入证书编号"));
        }
        else if (!CertificateNumber.IsWellFormed(normalised))
        {
            problems.Add(new Problem("number", $"证书编号应为{CertificateNumber.Length}位：18位数字和1位校验码（数字或X），请核对后重新输入"));
        }
        if (trimmedName is null)
        {
            problems.Add(new Problem("name", "请输入持证人姓名（证书编号和姓名须同时填写）"));
        }
        if (problems.Count > 0)
        {
            return Outcome<Verification>.Refused(problems);
        }
        if (trimmedName!.Length > MaxNameLength)
        {
            return Outcome<Verification>.Done(Verification.Unknown);
        }
        var row = await lookup.FindAsync(normalised!, cancellationToken);
        // The same answer for a wrong name as for an unknown number: nothing of the stored certificate leaves here.
        return Outcome<Verification>.Done(row is not null && string.Equals(row.Name, trimmedName, StringComparison.Ordinal)
            ? Verification.Of(Shown(row))
            : Verification.Unknown);
    }

    public async Task<Verification> ByTokenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || signer.Open(token) is not { } opened)
        {
            return Verification.Forged;
        }
        var row = await lookup.FindAsync(opened.Facts.CertificateNumber, cancellationToken);
        return row is null ? Verification.Unknown : Verification.Of(Shown(row));
    }

    private static VerifiedCertificate Shown(CertificateRecord c) => new(
        c.Number, c.Name, IdNumbers.Mask(c.IdNumber), c.Series, c.Specialty, c.Level, c.ObtainedOn, c.GrantedBy, c.DocumentNumber, c.IssuedOn, c.RevokedOn);
}
