using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.Benchmarks.Generation;

/// <summary>Writes generated applications as contract JSON: camelCase, absent fields left out, Chinese as UTF-8.</summary>
public static class GeneratedJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter writer, ApplicationInput input) =>
        JsonSerializer.Serialize(writer, input, GeneratedJsonContext.Default.ApplicationInput);

    /// <summary>One row as a JSON line (no line break), UTF-8.</summary>
    public static byte[] Line(GeneratedRow row)
    {
        if (row.RawLine is not null)
        {
            return System.Text.Encoding.UTF8.GetBytes(row.RawLine);
        }
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, row.Input!);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="count"/> rows as JSON Lines and returns how many of each kind.</summary>
    public static Dictionary<RowKind, int> WriteFile(string path, int count, int seed)
    {
        var kinds = Enum.GetValues<RowKind>().ToDictionary(k => k, _ => 0);
        var generator = new ApplicationGenerator(seed);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(file, WriterOptions);
        for (var i = 0; i < count; i++)
        {
            var row = generator.Next(i);
            kinds[row.Kind]++;
            if (row.RawLine is not null)
            {
                writer.Flush();
                file.Write(System.Text.Encoding.UTF8.GetBytes(row.RawLine));
            }
            else
            {
                Write(writer, row.Input!);
                writer.Flush();
                writer.Reset();
            }
            file.WriteByte((byte)'\n');
        }
        return kinds;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApplicationInput))]
internal sealed partial class GeneratedJsonContext : JsonSerializerContext;
