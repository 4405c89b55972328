using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>Writes decisions and rejected rows in the contract's JSON shape, without reflection.</summary>
public static class DecisionJson
{
    /// <summary>Chinese stays readable; HTML-sensitive characters are still escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonWriterOptions CompactOptions = new() { Encoder = Encoder, SkipValidation = true };
    public static readonly JsonWriterOptions IndentedOptions = new() { Encoder = Encoder, Indented = true, SkipValidation = true };

    public static void Write(Utf8JsonWriter w, Decision d) =>
        JsonSerializer.Serialize(w, DecisionDocument.From(d), DecisionJsonContext.Default.DecisionDocument);

    /// <summary>A bad row's place in a batch: <c>{ "index": 3, "id": "A-0004", "errors": [ { "path", "message" } ] }</c>.</summary>
    public static void WriteRejected(Utf8JsonWriter w, int index, string? id, int? row, IReadOnlyList<InputError> errors) =>
        JsonSerializer.Serialize(w, RejectedRowDocument.From(index, id, row, errors), DecisionJsonContext.Default.RejectedRowDocument);
}
