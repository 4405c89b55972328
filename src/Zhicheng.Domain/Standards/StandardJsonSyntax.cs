using System.Text;
using System.Text.Json;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// Finds where a standard document stops being JSON: the path being read when it broke (<c>indicators[1].weight</c>,
/// <c>$</c> before or after the top-level value) and the line and column (characters, both from 1).
/// </summary>
internal static class StandardJsonSyntax
{
    /// <summary>Comments are skipped and a trailing comma is accepted, as for the application documents.</summary>
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The problem that stops <paramref name="utf8"/> being one JSON value, or null when it is well-formed.</summary>
    public static StandardProblem? Find(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
            return null;
        }
        catch (JsonException ex)
        {
            return Broken(utf8, ex, PathOf(frames), inside: frames.Count > 0);
        }
    }

    /// <summary>
    /// Says "incomplete" when the break is at the end of the text, or — <paramref name="inside"/> a value — at its last
    /// character (a trailing comma or a cut-off token); otherwise "cannot be read near" the break.
    /// </summary>
    private static StandardProblem Broken(byte[] utf8, JsonException ex, string path, bool inside)
    {
        var line = (int)(ex.LineNumber ?? 0);
        var lineStart = 0;
        for (var n = 0; n < line && lineStart < utf8.Length; n++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', lineStart);
            lineStart = next < 0 ? utf8.Length : next + 1;
        }
        var bytes = (int)Math.Min(ex.BytePositionInLine ?? 0, utf8.Length - lineStart);
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, bytes) + 1;
        var where = $"第{line + 1}行第{column}列";
        var rest = Encoding.UTF8.GetCharCount(utf8.AsSpan(lineStart + bytes).Trim(" \t\r\n"u8));
        var message = rest == 0 || (inside && rest == 1)
            ? $"JSON 不完整：在{where}（{path}）意外结束，可能缺少 }}、] 或引号"
            : $"JSON 格式错误：{where}（{path}）附近无法解析";
        return new(path, message, StandardFields.ClauseFor(path));
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Property is not null)
            {
                path.Append(path.Length > 0 ? "." : "").Append(frame.Property);
            }
        }
        return path.Length == 0 ? "$" : path[0] == '[' ? "$" + path : path.ToString();
    }

    /// <summary>An object or array being read, and where in it the reader is.</summary>
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
    }
}
