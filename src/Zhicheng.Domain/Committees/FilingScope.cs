namespace Zhicheng.Domain.Committees;

/// <summary>评审范围 — the units (a bureau stands for its whole area) a committee takes applications from, and in words.</summary>
public sealed record FilingScope(IReadOnlyList<int> UnitIds, string Text);
