using System.Text.Json;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Splits a JSON document into its rows as UTF-8 slices, a buffer at a time: the items of an array, or
/// top-level values one after another — which of the two, the first byte after a BOM and white space says.
/// Every value before a break in the JSON is yielded before the <see cref="JsonException"/> that names the
/// break (line and byte counted over the whole stream). A document that starts with neither '[' nor '{' is
/// an <see cref="InputFileException"/>.
/// </summary>
internal static class JsonValues
{
    private enum Step { Value, Punctuation, NeedMore, End }

    /// <summary>Each slice is valid only until the next one is read.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Read(Stream stream)
    {
        using var window = new StreamWindow(stream, 64 * 1024);
        var first = FirstSignificantByte(window);
        if (first < 0)
        {
            yield break;
        }
        if (first is not ('[' or '{'))
        {
            throw new InputFileException("JSON 文件应为申报对象的数组 [ … ]，或一个或多个申报对象 { … }");
        }
        var state = new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            AllowMultipleValues = first == '{',
        });
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

    /// <summary>Consumes a UTF-8 BOM and white space; the first byte after them, or -1 at the end of the stream.</summary>
    private static int FirstSignificantByte(StreamWindow window)
    {
        while (window.Data.Length < 3 && window.Fill() > 0)
        {
        }
        if (window.Data.Span.StartsWith("\uFEFF"u8))
        {
            window.Consume(3);
        }
        while (true)
        {
            var data = window.Data.Span;
            var skip = data.IndexOfAnyExcept(" \t\r\n"u8);
            if (skip >= 0)
            {
                window.Consume(skip);
                return data[skip];
            }
            window.Consume(data.Length);
            if (window.Fill() == 0)
            {
                return -1;
            }
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
