namespace Zhicheng.App.Features;

/// <summary>
/// Why a service refused a request: the field it concerns (a form field or JSON path, empty for the request as a
/// whole), a Chinese message naming the facts, and the clause that made the rule where there is one.
/// </summary>
public sealed record Problem(string Field, string Message, string? ClauseId = null)
{
    /// <summary>A refusal of a domain rule as a problem of <paramref name="field"/> (the request as a whole by default).</summary>
    public static Problem Of(Domain.Committees.Refusal refusal, string field = "") => new(field, refusal.Message, refusal.ClauseId);

    /// <summary>The message with its clause, as pages and the API show it: "……（N2024-4.3a）".</summary>
    public string Text => ClauseId is null ? Message : $"{Message}（{ClauseId}）";
}

/// <summary>What a service call did: its result, or every problem that stopped it (then nothing was written).</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static Outcome<T> Done(T value) => new(value, []);

    public static Outcome<T> Refused(params Problem[] problems) => new(default, problems);

    public static Outcome<T> Refused(IReadOnlyList<Problem> problems) => new(default, problems);

    /// <summary>The record was not found in the viewer's jurisdiction (pages and the API answer 404).</summary>
    public static Outcome<T> NotFound { get; } = new(default, [new Problem("", "记录不存在或不在您的管辖范围内")]);

    public bool IsNotFound => ReferenceEquals(this, NotFound);
}
