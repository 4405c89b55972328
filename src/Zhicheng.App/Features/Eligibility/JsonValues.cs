using System.Text.Json;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Splits a JSON document into its rows as UTF-8 slices, a buffer at a time: the items of an array, or
/// top-level values one after another. Every value before a break in the JSON is yielded before the
/// <see cref="JsonException"/> that names the break (line and byte counted over the whole stream).
/// </summary>
internal static class JsonValues
{
    private enum Step { Value, Punctuation, NeedMore, End }

    /// <summary>Each slice is valid only until the next one is read.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Read(Stream stream, bool array)
    {
        var state = new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            AllowMultipleValues = !array,
        });
        using var window = new StreamWindow(stream, 64 * 1024);
        var final = false;
        while (true)
        {
            var step = Next(window.Data.Span, final, ref state, out var valueStart, out var consumed);
            if (step == Step.End)
            {
                yield break;
            }
            if (step == Step.Value)
            {
                yield return window.Data.Slice(valueStart, consumed - valueStart);
            }
            if (step != Step.NeedMore)
            {
                window.Consume(consumed);
                continue;
            }
            final = window.Fill() == 0;
        }
    }

    /// <summary>Reads one token: an array's brackets are punctuation, anything else a value read to its end.</summary>
    private static Step Next(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, out int valueStart, out int consumed)
    {
        valueStart = consumed = 0;
        var reader = new Utf8JsonReader(data, final, state);
        if (!reader.Read())
        {
            return final ? Step.End : Step.NeedMore;
        }
        var punctuation = reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.EndArray
            && !state.Options.AllowMultipleValues;
        valueStart = (int)reader.TokenStartIndex;
        if (!punctuation && !reader.TrySkip())
        {
            return Step.NeedMore;
        }
        consumed = (int)reader.BytesConsumed;
        state = reader.CurrentState;
        return punctuation ? Step.Punctuation : Step.Value;
    }
}
