namespace Zhicheng.Domain.Policy;

/// <summary>
/// One clause of a notice, by stable id (<c>N2024-3.2a</c>): where it stands in the notice, its text as
/// published, and a one-line summary of what the system does with it.
/// </summary>
public sealed record Clause(string Id, string Section, string Text, string Summary);

/// <summary>
/// A reading the system fixes where a notice leaves room (I-1 … I-6), with the settings that carry it.
/// </summary>
public sealed record Interpretation(string Id, string Title, string Text, IReadOnlyList<string> Settings);
