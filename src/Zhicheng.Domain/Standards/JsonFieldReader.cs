using System.Text.Json;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// Reads the fields of a parsed standard document, adding a problem — path, Chinese message, clause — for each field that
/// is unknown, repeated, missing when required, of the wrong JSON type, or not one of a code table's values; reading
/// goes on after a problem so that every one is reported. JSON null counts as absent.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly List<StandardProblem> _problems = [];

    public IReadOnlyList<StandardProblem> Problems => _problems;

    public static string Child(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    /// <summary>
    /// The properties of <paramref name="obj"/> at <paramref name="path"/> by their names in <paramref name="known"/>
    /// (matched ignoring case, as the application documents are); null when it is not an object.
    /// </summary>
    public Dictionary<string, JsonElement>? Fields(JsonElement obj, string path, params string[] known)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            WrongType(path.Length == 0 ? "$" : path, "对象 { … }", obj);
            return null;
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            var name = System.Array.Find(known, k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                Add(Child(path, property.Name), $"未知字段“{property.Name}”；此处可用的字段：{string.Join("、", known)}");
            }
            else if (!fields.TryAdd(name, property.Value))
            {
                Add(Child(path, name), $"{StandardFields.Label(name)}重复出现，只能写一次");
            }
        }
        return fields;
    }

    /// <summary>The field's value, or false when it is absent or null (a problem when <paramref name="required"/>).</summary>
    public bool TryGet(Dictionary<string, JsonElement>? fields, string path, string name, bool required, out JsonElement value)
    {
        value = default;
        if (fields is null)
        {
            return false;
        }
        if (fields.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            Add(Child(path, name), $"缺少{StandardFields.Label(name)}");
        }
        return false;
    }

    public string? Text(Dictionary<string, JsonElement>? fields, string path, string name, bool required)
    {
        if (!TryGet(fields, path, name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }
        WrongType(Child(path, name), "字符串", value, name);
        return null;
    }

    public int? Integer(Dictionary<string, JsonElement>? fields, string path, string name, bool required)
    {
        if (!TryGet(fields, path, name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        WrongType(Child(path, name), "整数", value, name);
        return null;
    }

    /// <summary>A code or any Chinese label of <paramref name="table"/>; anything else names the accepted values.</summary>
    public T? Code<T>(Dictionary<string, JsonElement>? fields, string path, string name, bool required, CodeTable<T> table)
        where T : struct, Enum
    {
        var text = Text(fields, path, name, required);
        if (text is null)
        {
            return null;
        }
        if (table.TryParse(text, out var parsed))
        {
            return parsed;
        }
        Add(Child(path, name), $"{StandardFields.Label(name)}的值“{text}”无法识别；可用的值：{table.Describe()}");
        return null;
    }

    /// <summary>The items of an array field, or null when it is absent or not an array.</summary>
    public JsonElement.ArrayEnumerator? Items(Dictionary<string, JsonElement>? fields, string path, string name, bool required)
    {
        if (!TryGet(fields, path, name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray();
        }
        WrongType(Child(path, name), "数组 [ … ]", value, name);
        return null;
    }

    public void WrongType(string path, string expected, JsonElement actual, string? name = null) =>
        Add(path, $"{(name is null ? "" : StandardFields.Label(name))}类型不正确：应为{expected}，实际为{Describe(actual)}");

    private void Add(string path, string message) => _problems.Add(new(path, message, StandardFields.ClauseFor(path)));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"字符串“{Shorten(value.GetString()!)}”",
        JsonValueKind.Number => $"数字 {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"布尔值 {value.GetRawText()}",
        JsonValueKind.Array => "数组",
        JsonValueKind.Object => "对象",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 20 ? text : $"{text[..20]}…";
}
