using System.Text.Json;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>Streams applications out of JSON documents and JSON Lines.</summary>
public static class JsonApplicationReader
{
    /// <summary>
    /// A JSON array of applications, or one or more top-level application objects. Broken JSON ends the
    /// file: the rows before it are read, and one row names where it broke.
    /// </summary>
    public static IEnumerable<SourceRow> ReadDocument(Stream stream)
    {
        using var e = JsonValues.Read(stream).GetEnumerator();
        for (var index = 0; ; index++)
        {
            InputError? broken = null;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
            }
            catch (JsonException ex)
            {
                broken = ApplicationJson.Syntax(ex);
            }
            if (broken is not null)
            {
                yield return new SourceRow(index, null, ParsedInput.Failed(broken));
                yield break;
            }
            var value = e.Current.ToArray();
            yield return SourceRow.Deferred(index, null, () => ApplicationJson.Parse(value));
        }
    }

    /// <summary>One application per line; blank lines are skipped; a broken line is a bad row and reading goes on.</summary>
    public static IEnumerable<SourceRow> ReadLines(Stream stream)
    {
        var index = 0;
        var lineNumber = 0;
        foreach (var line in Utf8Lines(stream))
        {
            lineNumber++;
            if (line.IsEmpty)
            {
                continue;
            }
            var bytes = line.ToArray();
            yield return SourceRow.Deferred(index++, lineNumber, () => ApplicationJson.Parse(bytes));
        }
    }

    /// <summary>
    /// The lines of a UTF-8 stream without their line breaks (and without a leading BOM), blank lines as
    /// empty. Each line is valid only until the next one is read.
    /// </summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Utf8Lines(Stream stream)
    {
        using var window = new StreamWindow(stream, 256 * 1024);
        var firstLine = true;
        while (true)
        {
            var newline = window.Data.Span.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                yield return Trim(window.Data[..newline], ref firstLine);
                window.Consume(newline + 1);
                continue;
            }
            if (window.Fill() > 0)
            {
                continue;
            }
            if (!window.Data.IsEmpty)
            {
                yield return Trim(window.Data, ref firstLine);
            }
            yield break;
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line, ref bool firstLine)
    {
        if (firstLine)
        {
            firstLine = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }
        var span = line.Span;
        var length = span.Length;
        while (length > 0 && span[length - 1] is (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            length--;
        }
        var skip = 0;
        while (skip < length && span[skip] is (byte)' ' or (byte)'\t')
        {
            skip++;
        }
        return line[skip..length];
    }
}
