namespace Zhicheng.Domain.Standards;

/// <summary>
/// One thing wrong with a standard: the JSON path of the field (<c>indicators[3].weight</c>, <c>requirements.tenureYears</c>,
/// <c>$</c> for the whole document), a Chinese message naming the field and the facts, and the clause that makes it wrong.
/// </summary>
public sealed record StandardProblem(string Path, string Message, string ClauseId);
