using System.Security.Cryptography;
using System.Text;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Meetings;

/// <summary>
/// 评委抽取 — draws a meeting's panel from the committee's expert pool, reproducibly. Every candidate gets a draw key,
/// the SHA-256 of <c>"{seed}:{memberId}"</c> in hex; candidates are taken in key order, and each one is either passed
/// over with its reason (out of term, unavailable, level below the highest level evaluated, another specialty, an
/// active integrity record, recusal — <see cref="ClauseIds.NationalRecusal"/>) or seated, until the panel is full.
/// The same seed and candidate list always give the same panel, on any machine, so a supervisor can re-run a
/// recorded draw and compare.
/// </summary>
public static class ExpertDraw
{
    public static DrawResult Run(DrawRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Size, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Seed);
        var units = request.Applicants.Select(a => Normalise(a.Unit)).Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
        var persons = request.Applicants.Select(a => a.PersonId).ToHashSet();
        var seated = new List<int>();
        var order = new List<DrawnCandidate>();
        foreach (var (candidate, key) in request.Candidates
                     .Select(c => (Candidate: c, Key: KeyOf(request.Seed, c.MemberId)))
                     .OrderBy(x => x.Key, StringComparer.Ordinal)
                     .ThenBy(x => x.Candidate.MemberId))
        {
            var (reason, detail) = PassOver(candidate, request, units, persons);
            if (reason is null && seated.Count >= request.Size)
            {
                reason = PassOverReason.NotNeeded;
            }
            if (reason is null)
            {
                seated.Add(candidate.MemberId);
            }
            order.Add(new DrawnCandidate(candidate.MemberId, candidate.Name, order.Count + 1, key, reason, detail));
        }
        return new DrawResult(order, seated, seated.Count == request.Size);
    }

    /// <summary>A candidate's draw key: lower-case hex of SHA-256 over the UTF-8 of <c>"{seed}:{memberId}"</c>.</summary>
    public static string KeyOf(string seed, int memberId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{memberId}")));

    /// <summary>A fresh seed: 128 random bits in hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static (PassOverReason?, string?) PassOver(DrawCandidate c, DrawRequest request, HashSet<string> units, HashSet<int> persons)
    {
        if (c.TermStart > request.HeldOn || request.HeldOn > c.TermEnd)
        {
            return (PassOverReason.OutOfTerm, $"任期 {c.TermStart:yyyy-MM-dd} 至 {c.TermEnd:yyyy-MM-dd}");
        }
        if (!c.Available)
        {
            return (PassOverReason.Unavailable, null);
        }
        if (c.Level < request.Level)
        {
            return (PassOverReason.LevelTooLow, $"{Codes.Level.Label(c.Level)}，低于评审的{Codes.Level.Label(request.Level)}");
        }
        if (request.Specialties.Count > 0 && !request.Specialties.Contains(c.Specialty.Trim(), StringComparer.Ordinal))
        {
            return (PassOverReason.OtherSpecialty, c.Specialty);
        }
        if (c.HasActiveIntegrityRecord)
        {
            return (PassOverReason.IntegrityRecord, null);
        }
        if (c.PersonId is { } self && persons.Contains(self))
        {
            return (PassOverReason.DeclaredRelation, "本人在评审名单中");
        }
        if (units.Contains(Normalise(c.Employer)))
        {
            return (PassOverReason.SameEmployer, c.Employer);
        }
        if (c.RelatedPersonIds.FirstOrDefault(persons.Contains) is var related and not 0)
        {
            return (PassOverReason.DeclaredRelation, request.Applicants.First(a => a.PersonId == related).Name);
        }
        return (null, null);
    }

    private static string Normalise(string unit) => unit.Trim();
}

/// <summary>
/// What a draw needs: the meeting day (terms are checked on it), the specialties drawn from (empty = any), the highest
/// level evaluated, the panel size, the seed, the pool and the applicants on the list.
/// </summary>
public sealed record DrawRequest(
    DateOnly HeldOn, IReadOnlyList<string> Specialties, TitleLevel Level, int Size, string Seed,
    IReadOnlyList<DrawCandidate> Candidates, IReadOnlyList<DrawApplicant> Applicants);

/// <summary>An expert of the pool as the draw sees them; <see cref="RelatedPersonIds"/> are the declared relations.</summary>
public sealed record DrawCandidate(
    int MemberId, string Name, string Specialty, TitleLevel Level, DateOnly TermStart, DateOnly TermEnd, bool Available,
    bool HasActiveIntegrityRecord, string Employer, int? PersonId, IReadOnlyList<int> RelatedPersonIds);

/// <summary>An applicant on the meeting's list: the person and the name of their unit.</summary>
public sealed record DrawApplicant(int PersonId, string Name, string Unit);

/// <summary>One candidate in draw order: seated when <see cref="PassedOver"/> is null.</summary>
public sealed record DrawnCandidate(int MemberId, string Name, int Order, string Key, PassOverReason? PassedOver, string? Detail);

/// <summary>The candidates in draw order and the seated panel; <see cref="Complete"/> when the panel reached its size.</summary>
public sealed record DrawResult(IReadOnlyList<DrawnCandidate> Order, IReadOnlyList<int> Panel, bool Complete);

/// <summary>Why a candidate was not seated.</summary>
public enum PassOverReason
{
    /// <summary>不在任期内.</summary>
    OutOfTerm = 1,
    /// <summary>本次不能参加.</summary>
    Unavailable = 2,
    /// <summary>职称级别低于评审级别.</summary>
    LevelTooLow = 3,
    /// <summary>专业不符.</summary>
    OtherSpecialty = 4,
    /// <summary>有在期诚信记录.</summary>
    IntegrityRecord = 5,
    /// <summary>回避：与申报人同一单位.</summary>
    SameEmployer = 6,
    /// <summary>回避：申报人本人或申报的利害关系人.</summary>
    DeclaredRelation = 7,
    /// <summary>名额已满（备选）.</summary>
    NotNeeded = 8,
}

/// <summary>Chinese labels of the reasons.</summary>
public static class PassOverReasons
{
    public static string Label(PassOverReason reason) => reason switch
    {
        PassOverReason.OutOfTerm => "不在任期内",
        PassOverReason.Unavailable => "本次不能参加",
        PassOverReason.LevelTooLow => "职称级别低于评审级别",
        PassOverReason.OtherSpecialty => "专业不符",
        PassOverReason.IntegrityRecord => "有在期诚信记录",
        PassOverReason.SameEmployer => "回避：与申报人同一单位",
        PassOverReason.DeclaredRelation => "回避：利害关系",
        _ => "名额已满（备选）",
    };
}
