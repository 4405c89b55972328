namespace Zhicheng.Benchmarks.Peer;

/// <summary>
/// A helper the rule expressions call (registered as a RulesEngine custom type): a series or specialty name
/// as people write it, reduced to its core — trimmed, without a trailing 系列 / 专业 — so that "工程" and
/// " 工程系列 " compare equal. It is the same reading as our engine's name comparison.
/// </summary>
public static class PeerText
{
    public static string Core(string name, string suffix)
    {
        var trimmed = name.Trim();
        return trimmed.EndsWith(suffix, StringComparison.Ordinal) ? trimmed[..^suffix.Length].TrimEnd() : trimmed;
    }
}
