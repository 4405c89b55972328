using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;

namespace Zhicheng.Benchmarks.Ballot;

/// <summary>
/// <c>ballot-load URL FILE [TSV] [LABEL] [CONNECTION]</c>: the secret ballot under load over HTTP (issue #6). For each meeting
/// of FILE (<see cref="BallotFile"/>) in turn:
/// <list type="number">
/// <item>checks as the office that the meeting is 投票中 with no ballot cast, and as each expert (one HttpClient, one
/// connection each; this also opens the connections) that their seat is present and has not voted;</item>
/// <item>one expert's ballot naming a candidate not on the list: must be 400 (不在本次评审名单中), nothing counted;</item>
/// <item>every expert's ballot at once — 25 tasks released together — with the choices of <see cref="BallotChoices"/>;
/// each must answer 200; the latency of each request (send to body read) is kept;</item>
/// <item>three experts vote again, at once: each must be 400 (已投过票);</item>
/// <item>the office closes the ballot and reads the meeting: for every candidate yes / no / abstain must be the expected
/// counts (so yes + no + abstain = the panel), passed = (yes × d ≥ panel × n) for the pass share n/d, ballotsCast = the panel.</item>
/// </list>
/// Lost / doubled count choices (per candidate and choice) the server has fewer / more of than the ballots it accepted, and
/// ballots (receipts) likewise. With CONNECTION, the meeting row's own counter and the sums of the counts are read from the
/// database too. Prints a line per meeting and the totals, appends the totals to TSV; exit 1 when anything is lost,
/// doubled, wrong or answered otherwise than expected.
/// </summary>
public static class BallotLoad
{
    private const int Duplicates = 3;

    public static int Run(string url, string file, string? tsv, string? label, string? connection) =>
        RunAsync(url, file, tsv, label, connection).GetAwaiter().GetResult();

    private sealed record Sent(HttpStatusCode Status, double Ms, string Body);

    private sealed record Outcome(string Number, int Accepted, int Errors, int LostChoices, int DoubledChoices, int LostBallots, int DoubledBallots,
        int TalliesRight, int Candidates, int Passed, bool Refusals, IReadOnlyList<double> Latencies, double WallMs);

    private static async Task<int> RunAsync(string url, string path, string? tsv, string? label, string? connection)
    {
        var plan = BallotFile.Read(path);
        using var office = Client(url, plan.OfficeToken);
        var experts = plan.Experts.Select(e => Client(url, e.Token)).ToArray();
        Console.WriteLine($"{plan.Database}: {plan.Meetings.Count} meetings × {plan.Meetings[0].CandidateIds.Count} candidates, {plan.Experts.Count} experts voting at once, {url}");
        var outcomes = new List<Outcome>();
        foreach (var meeting in plan.Meetings)
        {
            var outcome = await MeetingAsync(plan, meeting, office, experts);
            outcomes.Add(outcome);
            var l = Percentiles(outcome.Latencies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.Number}  ballots {outcome.Accepted}/{plan.PanelSize}  errors {outcome.Errors}  lost {outcome.LostChoices}/{outcome.LostBallots}  doubled {outcome.DoubledChoices}/{outcome.DoubledBallots}  " +
                $"tallies right {(outcome.TalliesRight == outcome.Candidates ? "yes" : "NO")} ({outcome.TalliesRight}/{outcome.Candidates}, {outcome.Passed} passed)  refusals {(outcome.Refusals ? "right" : "WRONG")}  " +
                $"ms p50 {l.P50:F1} p95 {l.P95:F1} p99 {l.P99:F1} max {l.Max:F1}  wall {outcome.WallMs:F0} ms"));
        }
        foreach (var client in experts)
        {
            client.Dispose();
        }
        // Every ballot's answer time after the release, for a look at how the answers spread (serialised or all at the end).
        File.WriteAllLines(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"latencies{(label is null ? "" : "-" + label)}.tsv"),
            outcomes.SelectMany(o => o.Latencies.Select((ms, e) => string.Create(CultureInfo.InvariantCulture, $"{o.Number}\t{plan.Experts[e].UserName}\t{ms:F1}"))));

        var consistent = connection is null || await StoredCountsAgreeAsync(connection, plan);
        var all = outcomes.SelectMany(o => o.Latencies).ToList();
        var p = Percentiles(all);
        var right = outcomes.All(o => o.TalliesRight == o.Candidates && o.Refusals);
        var (lostChoices, lostBallots) = (outcomes.Sum(o => o.LostChoices), outcomes.Sum(o => o.LostBallots));
        var (doubledChoices, doubledBallots) = (outcomes.Sum(o => o.DoubledChoices), outcomes.Sum(o => o.DoubledBallots));
        var errors = outcomes.Sum(o => o.Errors);
        var walls = outcomes.Select(o => o.WallMs).Order().ToList();
        // The first meeting meets a cold app (JIT, connection pools, the thread pool's size); the others a warm one.
        var first = Percentiles(outcomes[0].Latencies);
        var rest = outcomes.Count > 1 ? Percentiles([.. outcomes.Skip(1).SelectMany(o => o.Latencies)]) : first;
        var wallMedian = walls[walls.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {outcomes.Count} meetings, ballots {outcomes.Sum(o => o.Accepted)}/{outcomes.Count * plan.PanelSize}, errors {errors}, lost {lostChoices + lostBallots}, doubled {doubledChoices + doubledBallots}, " +
            $"tallies right {(right ? "yes" : "NO")}, stored counts {(connection is null ? "not checked" : consistent ? "agree" : "DISAGREE")}; " +
            $"latency ms p50 {p.P50:F1} p95 {p.P95:F1} p99 {p.P99:F1} max {p.Max:F1} (first meeting p95 {first.P95:F1}, the others p95 {rest.P95:F1}); " +
            $"wall per meeting ms min {walls[0]:F0} median {wallMedian:F0} max {walls[^1]:F0} (median ÷ {plan.PanelSize} = {wallMedian / plan.PanelSize:F1} ms a ballot)"));
        if (tsv is not null)
        {
            if (!File.Exists(tsv))
            {
                File.WriteAllText(tsv, "label\tdb\tmeetings\tballots\terrors\tlost\tdoubled\ttallies_right\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tp95_first_ms\tp95_rest_ms\twall_median_ms\twall_max_ms\tload1\n");
            }
            File.AppendAllText(tsv, string.Create(CultureInfo.InvariantCulture,
                $"{label ?? "-"}\t{plan.Database}\t{outcomes.Count}\t{outcomes.Sum(o => o.Accepted)}\t{errors}\t{lostChoices + lostBallots}\t{doubledChoices + doubledBallots}\t{(right && consistent ? "yes" : "no")}\t" +
                $"{p.P50:F1}\t{p.P95:F1}\t{p.P99:F1}\t{p.Max:F1}\t{first.P95:F1}\t{rest.P95:F1}\t{wallMedian:F0}\t{walls[^1]:F0}\t{File.ReadAllText("/proc/loadavg").Split(' ')[0]}\n"));
        }
        var failed = errors > 0 || lostChoices + lostBallots + doubledChoices + doubledBallots > 0 || !right || !consistent
                     || outcomes.Sum(o => o.Accepted) != outcomes.Count * plan.PanelSize;
        return failed ? 1 : 0;
    }

    private static async Task<Outcome> MeetingAsync(BallotFile plan, BallotMeeting meeting, HttpClient office, HttpClient[] experts)
    {
        var root = $"api/v1/meetings/{meeting.Id}";
        using (var before = await JsonAsync(office, root))
        {
            var m = before.RootElement;
            Require(m.GetProperty("status").GetString() == "voting" && m.GetProperty("ballotsCast").GetInt32() == 0, $"{meeting.Number} is not open with no ballot cast");
        }
        for (var e = 0; e < experts.Length; e++)
        {
            using var seat = await JsonAsync(experts[e], $"{root}/seat");
            Require(seat.RootElement.GetProperty("present").GetBoolean() && !seat.RootElement.GetProperty("voted").GetBoolean(),
                $"{plan.Experts[e].UserName} is not present, or voted already, on {meeting.Number}");
        }
        var ballots = plan.Experts.Select(e => BallotChoices.Of(plan.Seed, meeting.Id, e.MemberId, meeting.CandidateIds)).ToArray();
        var bodies = ballots.Select(b => Body(b)).ToArray();

        // A candidate not on the list: refused, nothing written (the expert votes normally afterwards).
        var unknown = new Dictionary<int, string>(ballots[0]) { [meeting.CandidateIds.Max() + 1_000_000] = BallotChoices.Yes };
        var stray = await PostAsync(experts[0], $"{root}/ballot", Body(unknown));
        var refusals = stray.Status == HttpStatusCode.BadRequest && stray.Body.Contains("不在本次评审名单中", StringComparison.Ordinal);
        Report(meeting, "unknown candidate", stray, refusals);

        // Every expert at once.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        var tasks = experts.Select((client, e) => Task.Run(async () =>
        {
            Interlocked.Increment(ref ready);
            await go.Task;
            return await PostAsync(client, $"{root}/ballot", bodies[e]);
        })).ToArray();
        while (Volatile.Read(ref ready) < experts.Length)
        {
            await Task.Delay(1);
        }
        var wall = Stopwatch.StartNew();
        go.SetResult();
        var sent = await Task.WhenAll(tasks);
        wall.Stop();
        var errors = 0;
        foreach (var (s, e) in sent.Select((s, e) => (s, e)).Where(x => x.s.Status != HttpStatusCode.OK))
        {
            errors++;
            Report(meeting, $"ballot of {plan.Experts[e].UserName}", s, false);
        }

        // Three experts again, at once.
        var again = await Task.WhenAll(Enumerable.Range(0, Duplicates).Select(e => PostAsync(experts[e], $"{root}/ballot", bodies[e])));
        foreach (var (s, e) in again.Select((s, e) => (s, e)))
        {
            var refused = s.Status == HttpStatusCode.BadRequest && s.Body.Contains("已投过票", StringComparison.Ordinal);
            refusals &= refused;
            if (!refused)
            {
                Report(meeting, $"second ballot of {plan.Experts[e].UserName}", s, false);
            }
        }

        // Close as the office and count.
        int version;
        using (var open = await JsonAsync(office, root))
        {
            version = open.RootElement.GetProperty("version").GetInt32();
        }
        var close = await PostAsync(office, $"{root}/ballot/close", Encoding.UTF8.GetBytes($"{{\"version\":{version}}}"));
        Require(close.Status == HttpStatusCode.OK, $"closing {meeting.Number}: HTTP {(int)close.Status} {close.Body}");
        using var counted = await JsonAsync(office, root);
        var accepted = sent.Count(s => s.Status == HttpStatusCode.OK);
        var expected = BallotChoices.Count(ballots.Where((_, e) => sent[e].Status == HttpStatusCode.OK));
        var (lost, doubled, right, passed) = (0, 0, 0, 0);
        var candidates = counted.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        foreach (var c in candidates)
        {
            var want = expected.GetValueOrDefault(c.GetProperty("id").GetInt32());
            var got = new Tally(c.GetProperty("yes").GetInt32(), c.GetProperty("no").GetInt32(), c.GetProperty("abstain").GetInt32());
            lost += Math.Max(0, want.Yes - got.Yes) + Math.Max(0, want.No - got.No) + Math.Max(0, want.Abstain - got.Abstain);
            doubled += Math.Max(0, got.Yes - want.Yes) + Math.Max(0, got.No - want.No) + Math.Max(0, got.Abstain - want.Abstain);
            var shouldPass = (long)want.Yes * plan.PassDenominator >= (long)plan.PanelSize * plan.PassNumerator;
            var didPass = c.GetProperty("passed").GetBoolean();
            passed += didPass ? 1 : 0;
            right += got == want && got.Total == plan.PanelSize && didPass == shouldPass ? 1 : 0;
        }
        var cast = counted.RootElement.GetProperty("ballotsCast").GetInt32();
        Require(candidates.Count == meeting.CandidateIds.Count, $"{meeting.Number} lists {candidates.Count} candidates, not {meeting.CandidateIds.Count}");
        return new Outcome(meeting.Number, accepted, errors, lost, doubled, Math.Max(0, accepted - cast), Math.Max(0, cast - accepted),
            right, candidates.Count, passed, refusals, [.. sent.Select(s => s.Ms)], wall.Elapsed.TotalMilliseconds);
    }

    /// <summary>The meeting row's ballot counter, the receipts, the sealed ballots and the sums of the counts, as stored.</summary>
    private static async Task<bool> StoredCountsAgreeAsync(string connection, BallotFile plan)
    {
        await using var db = Database.Open(connection, "bench:ballot-check");
        var ids = plan.Meetings.Select(m => m.Id).ToList();
        var rows = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new
        {
            m.Number,
            m.BallotsCast,
            Receipts = db.BallotReceipts.Count(r => r.MeetingId == m.Id),
            Sealed = db.SealedBallots.Count(b => b.MeetingId == m.Id),
            Choices = db.MeetingCandidates.Where(c => c.MeetingId == m.Id).Sum(c => c.Yes + c.No + c.Abstain),
            Candidates = db.MeetingCandidates.Count(c => c.MeetingId == m.Id),
        }).ToListAsync();
        var agree = true;
        foreach (var r in rows)
        {
            if (r.BallotsCast != plan.PanelSize || r.Receipts != plan.PanelSize || r.Sealed != plan.PanelSize || r.Choices != plan.PanelSize * r.Candidates)
            {
                Console.WriteLine($"{r.Number}: stored ballots_cast {r.BallotsCast}, receipts {r.Receipts}, sealed ballots {r.Sealed}, choices {r.Choices} (expected {plan.PanelSize} each, choices {plan.PanelSize * r.Candidates})");
                agree = false;
            }
        }
        return agree && rows.Count == ids.Count;
    }

    private static HttpClient Client(string url, string token)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static byte[] Body(IReadOnlyDictionary<int, string> ballot) =>
        JsonSerializer.SerializeToUtf8Bytes(new { choices = ballot.ToDictionary(c => c.Key.ToString(CultureInfo.InvariantCulture), c => c.Value) });

    private static async Task<Sent> PostAsync(HttpClient client, string path, byte[] body)
    {
        var clock = Stopwatch.StartNew();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return new Sent(response.StatusCode, clock.Elapsed.TotalMilliseconds, text);
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Require(response.StatusCode == HttpStatusCode.OK, $"GET {path}: HTTP {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }

    private static void Report(BallotMeeting meeting, string what, Sent sent, bool expected)
    {
        if (!expected)
        {
            Console.WriteLine($"  {meeting.Number} {what}: HTTP {(int)sent.Status} in {sent.Ms:F0} ms: {(sent.Body.Length > 600 ? sent.Body[..600] + "…" : sent.Body)}");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>Nearest-rank percentiles (the smallest value with at least p of the samples at or below it).</summary>
    private static (double P50, double P95, double P99, double Max) Percentiles(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return (At(0.50), At(0.95), At(0.99), sorted[^1]);
    }
}
