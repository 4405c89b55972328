namespace Zhicheng.Domain.Committees;

/// <summary>Why an action is refused: the clause that says so and a Chinese message naming the facts.</summary>
public sealed record Refusal(string ClauseId, string Message);
