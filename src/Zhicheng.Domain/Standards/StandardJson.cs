using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Standards;

/// <summary>
/// The JSON document of a standard's content — what the App stores in one column and the API accepts:
/// <code>
/// {
///   "indicators": [ { "dimension": "professional_ability", "name": "…", "weight": 25, "basis": "performance", "description": "…" } ],
///   "requirements": { "tenureYears": 5, "exceptionalTenureYears": 3, "minEducation": "bachelor", "minAchievements": 2,
///                     "exceptionalMinAchievements": 4, "transferPostYears": 1 },
///   "exceptionalConditions": "…",
///   "initialDetermination": [ { "degree": "bachelor", "minYears": 1, "level": "assistant" } ]
/// }
/// </code>
/// Required: <c>indicators</c> (may be empty), <c>requirements</c> (may be <c>{}</c>), and each indicator's
/// <c>dimension</c>, <c>name</c>, <c>weight</c>, <c>basis</c>, each 初定 row's three fields. Optional: <c>description</c>
/// (absent is ""), every requirement field, <c>exceptionalConditions</c>, <c>initialDetermination</c> (absent is the
/// national default). Null is absent. Codes are those of <see cref="StandardCodes"/> and <see cref="Codes"/>; any of
/// their Chinese labels is accepted ("思想品德" for <c>moral_character</c>); <see cref="Write"/> writes the codes.
/// Property names are camelCase, matched ignoring case; an unknown or repeated property is a problem, so nothing the
/// document says is silently dropped. Comments and trailing commas are accepted.
/// </summary>
public static class StandardJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = StandardJsonSyntax.Options.CommentHandling,
        AllowTrailingCommas = StandardJsonSyntax.Options.AllowTrailingCommas,
    };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    /// <summary>
    /// The content of <paramref name="json"/>, or every problem with it: where malformed JSON broke (path, line and column),
    /// and otherwise each missing, unknown, repeated or wrongly typed field and each unrecognised code, by its path.
    /// Checks the form only; whether the content may be published is <see cref="StandardRules.CheckForPublication"/>.
    /// </summary>
    public static StandardJsonResult Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.AsSpan().Trim("\uFEFF \t\r\n").IsEmpty)
        {
            return Failed(new("$", "内容为空：评价标准应为 JSON 对象 { … }", StandardFields.ClauseFor("$")));
        }
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        if (StandardJsonSyntax.Find(utf8) is { } broken)
        {
            return Failed(broken);
        }
        using var document = JsonDocument.Parse(utf8, DocumentOptions);
        var reader = new StandardJsonReader();
        var content = reader.Read(document.RootElement);
        return new StandardJsonResult(content, content is null ? reader.Problems : []);
    }

    /// <summary>
    /// <paramref name="content"/> as a document that <see cref="Parse"/> reads back equal: codes, not labels; absent
    /// requirement fields, conditions and table left out; <see cref="Requirements.Source"/> not written. Throws on a value
    /// outside its enumeration (a bug, not input).
    /// </summary>
    public static string Write(StandardContent content, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            w.WriteStartObject();
            w.WriteStartArray(StandardFields.Indicators);
            foreach (var i in content.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("dimension", Code(StandardCodes.Dimension, i.Dimension));
                w.WriteString("name", i.Name);
                w.WriteNumber("weight", i.Weight);
                w.WriteString("basis", Code(StandardCodes.Basis, i.Basis));
                w.WriteString("description", i.Description);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteRequirements(w, content.Requirements);
            if (content.ExceptionalConditions is not null)
            {
                w.WriteString(StandardFields.ExceptionalConditions, content.ExceptionalConditions);
            }
            if (content.InitialDetermination is { } table)
            {
                w.WriteStartArray(StandardFields.InitialDetermination);
                foreach (var row in table.Rows)
                {
                    w.WriteStartObject();
                    w.WriteString("degree", Code(Codes.Degree, row.Degree));
                    w.WriteNumber("minYears", row.MinYears);
                    w.WriteString("level", Code(Codes.Level, row.Level));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteRequirements(Utf8JsonWriter w, Requirements r)
    {
        w.WriteStartObject(StandardFields.Requirements);
        Number(w, "tenureYears", r.TenureYears);
        Number(w, "exceptionalTenureYears", r.ExceptionalTenureYears);
        if (r.MinEducation is { } education)
        {
            w.WriteString("minEducation", Code(Codes.Degree, education));
        }
        Number(w, "minAchievements", r.MinAchievements);
        Number(w, "exceptionalMinAchievements", r.ExceptionalMinAchievements);
        Number(w, "transferPostYears", r.TransferPostYears);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } n)
        {
            w.WriteNumber(name, n);
        }
    }

    private static string Code<T>(CodeTable<T> table, T value) where T : struct, Enum =>
        Enum.IsDefined(value) ? table.Code(value) : throw new ArgumentException($"{typeof(T).Name} {value} is not a defined value.", nameof(value));

    private static StandardJsonResult Failed(StandardProblem problem) => new(null, [problem]);
}
