using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Meetings;

/// <summary>
/// Draw requests for tests: a meeting on 2026-06-15 evaluating up to 副高级 in 给排水, one applicant (person 7, 张三 of
/// 运城市水务局); <see cref="Candidate"/> is an expert who would be seated — tests change one thing.
/// </summary>
public static class ADraw
{
    public static readonly DateOnly MeetingDay = D("2026-06-15");

    public static DrawApplicant TheApplicant { get; } = new(7, "张三", "运城市水务局");

    public static DrawCandidate Candidate(int memberId) => new(
        MemberId: memberId, Name: $"专家{memberId}", Specialty: "给排水", Level: TitleLevel.Senior,
        TermStart: D("2025-01-01"), TermEnd: D("2027-12-31"), Available: true, HasActiveIntegrityRecord: false,
        Employer: "运城市住房和城乡建设局", PersonId: null, RelatedPersonIds: []);

    public static DrawCandidate[] Candidates(int count) => [.. Enumerable.Range(1, count).Select(Candidate)];

    public static DrawRequest Request(IReadOnlyList<DrawCandidate> candidates, int size = 3, string seed = "2026-第1次评审会") => new(
        HeldOn: MeetingDay, Specialties: ["给排水"], Level: TitleLevel.AssociateSenior, Size: size, Seed: seed,
        Candidates: candidates, Applicants: [TheApplicant]);

    /// <summary>How the draw treats this one candidate: the single entry of a draw for a panel of one.</summary>
    public static DrawnCandidate Alone(DrawCandidate candidate, DrawRequest? request = null) =>
        ExpertDraw.Run((request ?? Request([])) with { Candidates = [candidate], Size = 1 }).Order.ShouldHaveSingleItem();
}
