using System.Diagnostics.CodeAnalysis;

namespace Zhicheng.Domain.Standards;

/// <summary>What <see cref="StandardJson.Parse"/> made of a document: the content, or every problem that stopped it (never both).</summary>
public sealed record StandardJsonResult(StandardContent? Content, IReadOnlyList<StandardProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Content))]
    public bool Succeeded => Content is not null;
}
