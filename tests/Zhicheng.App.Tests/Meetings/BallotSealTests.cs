using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Tests.Certificates;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.App.Tests.Meetings;

/// <summary>
/// The seal of a ballot (SM4-GCM under a key of the meeting's own, derived from a key outside the database): what was
/// sealed opens whole and only with the same key and meeting; anything altered, cut short or sealed elsewhere does not
/// open; the key file is created once (mode 600) and reused; settings that cannot work say so.
/// </summary>
public sealed class BallotSealTests : IDisposable
{
    private static readonly Dictionary<int, VoteChoice> Choices = new()
    {
        [101] = VoteChoice.Yes, [7] = VoteChoice.No, [55] = VoteChoice.Abstain, [1_000_000] = VoteChoice.Yes,
    };

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static BallotSeal WithKey(byte[]? key = null) =>
        new(new BallotOptions { Key = Convert.ToBase64String(key ?? RandomNumberGenerator.GetBytes(32)) });

    [Fact]
    public void Open_WhatWasSealed_TheSameChoices()
    {
        var seal = WithKey();

        var opened = seal.Open(9, seal.Seal(9, Choices)).ShouldNotBeNull();

        opened.OrderBy(c => c.Key).ShouldBe(Choices.OrderBy(c => c.Key));
    }

    [Fact]
    public void Seal_SameChoicesTwice_DifferentBlobsOfTheSameLength()
    {
        var seal = WithKey();
        var other = new Dictionary<int, VoteChoice>(Choices.Select(c => KeyValuePair.Create(c.Key, VoteChoice.Abstain)));

        var first = seal.Seal(9, Choices);
        var second = seal.Seal(9, Choices);
        var third = seal.Seal(9, other);

        first.ShouldNotBe(second);
        new[] { first.Length, second.Length, third.Length }.Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void Open_AnotherMeetingsKey_Null()
    {
        var seal = WithKey();

        seal.Open(10, seal.Seal(9, Choices)).ShouldBeNull();
    }

    [Fact]
    public void Open_UnderAnotherKey_Null()
    {
        var blob = WithKey().Seal(9, Choices);

        WithKey().Open(9, blob).ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Open_OneBitFlipped_Null(int at)
    {
        var seal = WithKey();
        var blob = seal.Seal(9, Choices);
        blob[at < 0 ? blob.Length + at : at] ^= 0x04;

        seal.Open(9, blob).ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(28)]
    public void Open_CutShort_Null(int length)
    {
        var seal = WithKey();
        var blob = seal.Seal(9, Choices);

        seal.Open(9, blob[..length]).ShouldBeNull();
        seal.Open(9, blob[..^1]).ShouldBeNull();
    }

    [Fact]
    public void KeyFile_FirstUse_CreatedOwnerOnlyAndReusedByTheNextSeal()
    {
        var keys = _scratch.File("keys");
        var blob = new BallotSeal(new BallotOptions { KeyDirectory = keys }).Seal(3, Choices);

        var file = Path.Combine(keys, BallotSeal.FileName);
        Convert.FromBase64String(File.ReadAllText(file)).Length.ShouldBe(32);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        new BallotSeal(new BallotOptions { KeyDirectory = keys }).Open(3, blob).ShouldNotBeNull();
        new BallotSeal(new BallotOptions { KeyDirectory = _scratch.File("elsewhere") }).Open(3, blob).ShouldBeNull();
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void Key_NotThirtyTwoBytesOfBase64_ClearErrorAtStartUp(string key) =>
        Should.Throw<InvalidOperationException>(() => new BallotSeal(new BallotOptions { Key = key })).Message.ShouldContain("Ballots:Key");

    [Fact]
    public void KeyFile_NotAKey_ClearErrorNamingTheFile()
    {
        var keys = _scratch.File("broken");
        Directory.CreateDirectory(keys);
        File.WriteAllText(Path.Combine(keys, BallotSeal.FileName), "-----BEGIN PRIVATE KEY-----");

        Should.Throw<InvalidOperationException>(() => new BallotSeal(new BallotOptions { KeyDirectory = keys }).Seal(1, Choices))
            .Message.ShouldContain(Path.Combine(keys, BallotSeal.FileName));
    }

    [Fact]
    public void Options_KeyDirectory_TheCertificatesUnlessBallotsSaysOtherwise()
    {
        static BallotOptions Of(Dictionary<string, string?> settings) =>
            MeetingServices.BallotOptionsOf(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        Of([]).KeyDirectory.ShouldBe("./data/keys");
        Of(new() { ["Certificates:KeyDirectory"] = "/srv/keys" }).KeyDirectory.ShouldBe("/srv/keys");
        Of(new() { ["Certificates:KeyDirectory"] = "/srv/keys", ["Ballots:KeyDirectory"] = "/srv/ballots" }).KeyDirectory.ShouldBe("/srv/ballots");
    }
}
