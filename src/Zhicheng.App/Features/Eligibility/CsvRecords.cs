using System.Text;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// RFC 4180 records from a CSV stream: quoted fields with doubled quotes and line breaks, CRLF or LF.
/// The encoding is UTF-8 (with or without BOM) or, when the start of the file is not valid UTF-8,
/// GB18030 — what Excel writes when a Chinese user saves "CSV".
/// </summary>
public static class CsvRecords
{
    static CsvRecords() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<TabularRecord> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, DetectEncoding(stream), detectEncodingFromByteOrderMarks: true, 64 * 1024);
        var cells = new List<string?>();
        var field = new StringBuilder();
        var row = 1;
        var recordStartRow = 1;
        var quoted = false;
        var anyField = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        row++;
                    }
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    anyField = true;
                    break;
                case ',':
                    cells.Add(field.ToString());
                    field.Clear();
                    anyField = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (anyField || field.Length > 0)
                    {
                        cells.Add(field.ToString());
                        yield return new TabularRecord(recordStartRow, [.. cells]);
                    }
                    cells.Clear();
                    field.Clear();
                    anyField = false;
                    row++;
                    recordStartRow = row;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (anyField || field.Length > 0)
        {
            cells.Add(field.ToString());
            yield return new TabularRecord(recordStartRow, [.. cells]);
        }
    }

    /// <summary>UTF-8 unless the first 64 KiB are not valid UTF-8; read from a seekable stream and rewound; a stream that cannot seek is taken as UTF-8.</summary>
    private static Encoding DetectEncoding(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return new UTF8Encoding(false);
        }
        var start = stream.Position;
        var probe = new byte[64 * 1024];
        var n = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var span = probe.AsSpan(0, n);
        // A multi-byte character may be cut at the end of the probe; drop up to 3 trailing bytes of it.
        for (var cut = 0; cut < 4 && cut <= span.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(span[..^cut]))
            {
                return new UTF8Encoding(false);
            }
            if (n < probe.Length)
            {
                break;
            }
        }
        return Encoding.GetEncoding("GB18030");
    }
}

/// <summary>One record of a spreadsheet: the row number a user sees (1 = header row) and its cells in column order.</summary>
public sealed record TabularRecord(int Row, IReadOnlyList<string?> Cells);
