using System.Text.Json.Nodes;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;

namespace Zhicheng.Web.Tests.Standards;

/// <summary>Standard documents for tests: the sample 工程系列 content, and the same spoiled in one way.</summary>
internal static class StandardDocuments
{
    private static int _serial;

    public static JsonObject Sample(TitleLevel level = TitleLevel.Intermediate) =>
        JsonNode.Parse(StandardJson.Write(SampleStandards.Engineering(level)))!.AsObject();

    /// <summary>The sample with its first indicator 5 points heavier: weights total 105.</summary>
    public static JsonObject WeightsOff()
    {
        var content = Sample();
        var first = content["indicators"]![0]!;
        first["weight"] = first["weight"]!.GetValue<int>() + 5;
        return content;
    }

    /// <summary>The sample with every indicator judged on papers alone ("唯论文").</summary>
    public static JsonObject PapersOnly()
    {
        var content = Sample();
        foreach (var indicator in content["indicators"]!.AsArray())
        {
            indicator!["basis"] = "papers";
        }
        return content;
    }

    /// <summary>A series of its own, so that version numbers and lists do not meet other tests'.</summary>
    public static string NewSeries() => $"测试{Interlocked.Increment(ref _serial)}号系列";

    /// <summary>The body of <c>POST /api/v1/standards</c> (and the CLI's file).</summary>
    public static JsonObject Request(string title, string series, JsonObject content, string level = "intermediate") => new()
    {
        ["title"] = title, ["series"] = series, ["specialty"] = null, ["level"] = level, ["inForceFrom"] = 2025, ["content"] = content,
    };
}
