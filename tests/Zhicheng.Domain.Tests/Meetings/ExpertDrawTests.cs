using System.Security.Cryptography;
using System.Text;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Meetings;
using static Zhicheng.Domain.Tests.Builders.Dates;
using static Zhicheng.Domain.Tests.Meetings.ADraw;

namespace Zhicheng.Domain.Tests.Meetings;

/// <summary>
/// 评委抽取, the order: candidates in order of SHA-256("{seed}:{memberId}"), so the same seed and pool always give the
/// same draw whatever order the pool is read in; a new seed is 32 random hex characters. (Who is passed over and why:
/// <see cref="ExpertDrawEligibilityTests"/>.)
/// </summary>
public class ExpertDrawTests
{
    /// <summary>The draw key computed here, independently of <see cref="ExpertDraw.KeyOf"/>.</summary>
    private static string Sha256Hex(string text) =>
        string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2")));

    // ---- reproducibility ----

    [Fact]
    public void Run_SameSeedAndPool_SameOrderAndPanel()
    {
        var request = Request(Candidates(12), size: 5);

        var first = ExpertDraw.Run(request);
        var second = ExpertDraw.Run(request);

        second.Order.ShouldBe(first.Order);
        second.Panel.ShouldBe(first.Panel);
        second.Complete.ShouldBe(first.Complete);
    }

    [Theory]
    [InlineData("reversed", Label = "Run_PoolGivenReversed_SameOrderAndPanel")]
    [InlineData("odd-first", Label = "Run_PoolGivenOddIdsFirst_SameOrderAndPanel")]
    [InlineData("by-name", Label = "Run_PoolGivenSortedByName_SameOrderAndPanel")]
    public void Run_PoolInAnotherOrder_SameOrderAndPanel(string arrangement)
    {
        var pool = Candidates(12);
        DrawCandidate[] shuffled = arrangement switch
        {
            "reversed" => [.. pool.Reverse()],
            "odd-first" => [.. pool.OrderBy(c => c.MemberId % 2 == 0).ThenByDescending(c => c.MemberId)],
            _ => [.. pool.OrderBy(c => c.Name, StringComparer.Ordinal)],
        };

        var expected = ExpertDraw.Run(Request(pool, size: 5));
        var actual = ExpertDraw.Run(Request(shuffled, size: 5));

        actual.Order.ShouldBe(expected.Order);
        actual.Panel.ShouldBe(expected.Panel);
    }

    [Fact]
    public void Run_AnySeed_OrdersByTheSha256KeyComputedIndependently()
    {
        const string seed = "0123456789abcdef0123456789abcdef";
        var pool = Candidates(15);

        var result = ExpertDraw.Run(Request(pool, size: 4, seed: seed));

        var expected = pool.Select(c => (c.MemberId, Key: Sha256Hex($"{seed}:{c.MemberId}")))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        result.Order.Select(d => d.MemberId).ShouldBe(expected.Select(x => x.MemberId));
        result.Order.Select(d => d.Key).ShouldBe(expected.Select(x => x.Key));
        result.Order.Select(d => d.Order).ShouldBe(Enumerable.Range(1, 15));
        result.Order.Select(d => d.Name).ShouldBe(expected.Select(x => $"专家{x.MemberId}"));
        result.Panel.ShouldBe(expected.Take(4).Select(x => x.MemberId));
    }

    [Fact]
    public void Run_DifferentSeed_DifferentOrder()
    {
        var pool = Candidates(8);

        var a = ExpertDraw.Run(Request(pool, seed: "a")).Order.Select(d => d.MemberId);
        var b = ExpertDraw.Run(Request(pool, seed: "b")).Order.Select(d => d.MemberId);

        b.ShouldNotBe(a);
    }

    [Fact]
    public void Run_ManySeeds_OrdersAndPanelsVary()
    {
        var pool = Candidates(8);
        var draws = Enumerable.Range(0, 100).Select(i => ExpertDraw.Run(Request(pool, size: 3, seed: $"seed-{i}"))).ToList();

        draws.Select(d => string.Join(",", d.Order.Select(c => c.MemberId))).Distinct().Count().ShouldBeGreaterThan(90);
        draws.Select(d => string.Join(",", d.Panel.Order())).Distinct().Count().ShouldBeGreaterThan(20);
        foreach (var candidate in pool)
        {
            draws.ShouldContain(d => d.Panel.Contains(candidate.MemberId), $"member {candidate.MemberId} never seated");
            draws.ShouldContain(d => !d.Panel.Contains(candidate.MemberId), $"member {candidate.MemberId} always seated");
        }
    }

    // ---- the key ----

    [Fact]
    public void KeyOf_Seed42_PinnedValue() =>
        ExpertDraw.KeyOf("seed", 42).ShouldBe("f6ef7999c7631f7871c1638ea0ff0504b36ebf6455f4a4568a023737a24d1f4a");

    [Theory]
    [InlineData("seed", 42, Label = "KeyOf_AsciiSeed_Sha256OfSeedColonId")]
    [InlineData("0123456789abcdef0123456789abcdef", 1, Label = "KeyOf_HexSeed_Sha256OfSeedColonId")]
    [InlineData("2026年第1次评审会", 9999, Label = "KeyOf_ChineseSeed_Sha256OfItsUtf8")]
    [InlineData("x", 0, Label = "KeyOf_MemberZero_Sha256OfSeedColonId")]
    [InlineData("x", -5, Label = "KeyOf_NegativeMember_Sha256OfSeedColonId")]
    public void KeyOf_AnySeed_LowerCaseHexOfSha256(string seed, int memberId)
    {
        var key = ExpertDraw.KeyOf(seed, memberId);

        key.ShouldBe(Sha256Hex($"{seed}:{memberId}"));
        key.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void KeyOf_SameInput_Stable() => ExpertDraw.KeyOf("s", 3).ShouldBe(ExpertDraw.KeyOf("s", 3));

    [Theory]
    [InlineData("s", 3, "s", 4, Label = "KeyOf_OtherMember_Differs")]
    [InlineData("s", 3, "t", 3, Label = "KeyOf_OtherSeed_Differs")]
    [InlineData("S", 3, "s", 3, Label = "KeyOf_SeedCaseDiffers_Differs")]
    public void KeyOf_DifferentInput_Differs(string seed1, int member1, string seed2, int member2) =>
        ExpertDraw.KeyOf(seed1, member1).ShouldNotBe(ExpertDraw.KeyOf(seed2, member2));

    // ---- seeds ----

    [Fact]
    public void NewSeed_Always_32LowerCaseHexCharacters() =>
        ExpertDraw.NewSeed().ShouldMatch("^[0-9a-f]{32}$");

    [Fact]
    public void NewSeed_ManyCalls_AllDiffer()
    {
        var seeds = Enumerable.Range(0, 200).Select(_ => ExpertDraw.NewSeed()).ToList();

        seeds.Distinct().Count().ShouldBe(200);
    }
}
