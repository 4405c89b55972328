using System.Text.RegularExpressions;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Pages;

/// <summary>docs/policy.md stays true: every clause, check and interpretation setting is on it, and the tests it names exist.</summary>
public sealed partial class PolicyDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "policy.md"));

    [Fact]
    public void EveryClause_HasARow() =>
        PolicyVersion.N2024.Clauses.Where(c => !Doc.Contains($"| {c.Id} |", StringComparison.Ordinal)).Select(c => c.Id).ShouldBeEmpty();

    [Fact]
    public void EveryCheck_IsListedWithItsClauses()
    {
        foreach (var check in PolicyVersion.N2024.Checks)
        {
            Doc.ShouldContain($"| `{check.Code}` | {check.Title} | {string.Join(", ", check.Clauses)} |");
        }
    }

    [Fact]
    public void EveryInterpretation_NamesItsSettings()
    {
        foreach (var interpretation in PolicyVersion.N2024.Interpretations)
        {
            var row = Doc.Split('\n').Single(l => l.StartsWith($"| {interpretation.Id} |", StringComparison.Ordinal));
            foreach (var setting in interpretation.Settings)
            {
                row.ShouldContain($"`{setting}`");
            }
        }
    }

    [Fact]
    public void EveryTestNamed_Exists()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var named = TestName().Matches(Doc).Select(m => m.Groups[1].Value.Split('/')[^1]).Distinct().ToList();

        named.ShouldNotBeEmpty();
        named.Where(n => !files.Contains(n)).ShouldBeEmpty();
    }

    [GeneratedRegex(@"`((?:[A-Za-z]+/)*[A-Za-z]+(?:Tests|Properties))`")]
    private static partial Regex TestName();
}
