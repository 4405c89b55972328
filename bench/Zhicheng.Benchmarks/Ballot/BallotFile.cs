using System.Text.Json;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// What <c>ballot-db</c> hands to <c>ballot-load</c> (OUTDIR/ballot.json): the meetings left open for voting with their
/// candidates, the experts seated on every one of them with their API tokens, the office's token, and the pass share the
/// loader's policy had, so that the load can say which candidates must pass.
/// </summary>
internal sealed record BallotFile(
    string Database, int CommitteeId, DateOnly HeldOn, int PanelSize, int Seed, int PassNumerator, int PassDenominator,
    string OfficeToken, IReadOnlyList<BallotExpert> Experts, IReadOnlyList<BallotMeeting> Meetings)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static BallotFile Read(string path) =>
        JsonSerializer.Deserialize<BallotFile>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"{path} is empty");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}

/// <summary>An expert of the roster, linked to an Expert account whose API token votes.</summary>
internal sealed record BallotExpert(int MemberId, string Name, string UserName, string Token);

/// <summary>A meeting in 投票中 and its candidates (<c>MeetingCandidate</c> ids, in application order).</summary>
internal sealed record BallotMeeting(int Id, string Number, IReadOnlyList<int> CandidateIds);
