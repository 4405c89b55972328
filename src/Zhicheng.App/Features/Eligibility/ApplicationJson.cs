using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// Reads one application object from JSON. A value of the wrong type or broken JSON becomes an
/// <see cref="InputError"/> naming the path, never an exception; unknown properties are ignored.
/// </summary>
public static class ApplicationJson
{
    public static ParsedInput Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var input = JsonSerializer.Deserialize(utf8, ApplicationJsonContext.Default.ApplicationInput);
            return input is null ? ParsedInput.Failed(NotAnObject) : new ParsedInput(input, null, []);
        }
        catch (JsonException ex)
        {
            return ParsedInput.Failed(Describe(ex, utf8), IdIn(utf8));
        }
    }

    /// <summary>Writes an application back as contract JSON (camelCase, absent fields left out).</summary>
    public static void Write(Utf8JsonWriter writer, ApplicationInput input) =>
        JsonSerializer.Serialize(writer, input, ApplicationJsonContext.Default.ApplicationInput);

    private static readonly InputError NotAnObject = new("$", "每一项申报应为 JSON 对象 { … }");

    private static InputError Describe(JsonException ex, ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException syntax)
        {
            return Syntax(syntax);
        }
        return TypeError(ex);
    }

    /// <summary>Broken JSON: where it broke.</summary>
    public static InputError Syntax(JsonException ex) =>
        new("$", $"JSON 语法错误（第{(ex.LineNumber ?? 0) + 1}行第{(ex.BytePositionInLine ?? 0) + 1}个字节附近）");

    private static InputError TypeError(JsonException ex)
    {
        var path = ContractPath(ex.Path);
        if (path.Length == 0)
        {
            return NotAnObject;
        }
        var field = path[(path.LastIndexOf('.') + 1)..];
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            field = field[..bracket];
        }
        var expected = field switch
        {
            "applicationYear" or "year" or "tenureYears" or "exceptionalTenureYears" or "minAchievements"
                or "exceptionalMinAchievements" or "transferPostYears" => "整数",
            "inService" or "fullTime" => "true 或 false",
            "target" or "applicant" or "currentPost" or "currentTitle" or "requirements" => "对象 { … }",
            "education" or "achievements" or "assessments" or "integrity" or "otherApplicationsThisYear"
                when bracket < 0 => "数组 [ … ]",
            _ when bracket >= 0 => "对象 { … }",
            _ => "字符串",
        };
        return new InputError(path.Length == 0 ? "$" : path, $"类型不正确，应为{expected}");
    }

    /// <summary><c>$.applicant.assessments[2].grade</c> → <c>applicant.assessments[2].grade</c>.</summary>
    public static string ContractPath(string? jsonPath) =>
        jsonPath is null ? "" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    /// <summary>The top-level "id" of a row that failed to parse, if it can be found, so the error can echo it.</summary>
    private static string? IdIn(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }
}

/// <summary>A parsed input, or the errors that stopped parsing it (and its id, when it could be read).</summary>
public sealed record ParsedInput(ApplicationInput? Input, string? Id, IReadOnlyList<InputError> Errors)
{
    /// <summary>What could be read of a rejected row (a spreadsheet row with a bad cell), to show whose row it is.</summary>
    public ApplicationInput? Partial { get; init; }

    public static ParsedInput Failed(InputError error, string? id = null) => new(null, id, [error]);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApplicationInput))]
internal sealed partial class ApplicationJsonContext : JsonSerializerContext;
