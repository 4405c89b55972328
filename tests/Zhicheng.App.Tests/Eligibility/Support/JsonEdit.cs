using System.Globalization;
using System.Text.Json.Nodes;

namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>
/// Changes contract JSON by path, so that a table row can say what is wrong with an application:
/// <c>applicant.assessments[1].grade="良好"</c> sets a value (any JSON), <c>applicant.idNumber=</c> removes
/// the field, and <c> &amp; </c> joins several edits.
/// </summary>
internal static class JsonEdit
{
    public static JsonObject Apply(JsonObject json, string edits)
    {
        foreach (var edit in edits.Split(" & "))
        {
            var equals = edit.IndexOf('=', StringComparison.Ordinal);
            var path = edit[..equals].Trim();
            var value = edit[(equals + 1)..].Trim();
            var (parent, last) = Parent(json, path);
            if (last.Index is { } index)
            {
                parent.AsArray()[index] = value.Length == 0 ? null : JsonNode.Parse(value);
            }
            else if (value.Length == 0)
            {
                parent.AsObject().Remove(last.Name);
            }
            else
            {
                parent.AsObject()[last.Name] = JsonNode.Parse(value);
            }
        }
        return json;
    }

    private static (JsonNode Parent, Segment Last) Parent(JsonObject json, string path)
    {
        var segments = path.Split('.').SelectMany(Segments).ToList();
        JsonNode node = json;
        foreach (var segment in segments[..^1])
        {
            node = (segment.Index is { } i ? node.AsArray()[i] : node.AsObject()[segment.Name])
                ?? throw new ArgumentException($"{path}: nothing at {segment}", nameof(path));
        }
        return (node, segments[^1]);
    }

    /// <summary><c>assessments[1]</c> → the property, then the item.</summary>
    private static IEnumerable<Segment> Segments(string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            yield return new Segment(part, null);
            yield break;
        }
        yield return new Segment(part[..bracket], null);
        yield return new Segment("", int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture));
    }

    private sealed record Segment(string Name, int? Index);
}
