namespace Zhicheng.Domain.Committees;

/// <summary>A problem with a filing or a plan: the field's path, a Chinese message, the clause.</summary>
public sealed record FieldProblem(string Path, string Message, string ClauseId);
