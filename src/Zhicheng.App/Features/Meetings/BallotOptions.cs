namespace Zhicheng.App.Features.Meetings;

/// <summary>Settings of the key ballots are sealed with (configuration section "Ballots"; <see cref="BallotSeal"/>).</summary>
public sealed class BallotOptions
{
    /// <summary>
    /// Where <c>ballot.key</c> lives, relative to the current directory like the SQLite file; when not set, the
    /// certificates' key directory (<c>Certificates:KeyDirectory</c>, <c>./data/keys</c>).
    /// </summary>
    public string KeyDirectory { get; set; } = "./data/keys";

    /// <summary>The key itself (Base64 of 32 random bytes), used instead of the file, e.g. on stateless web nodes — the same on every node.</summary>
    public string? Key { get; set; }
}
