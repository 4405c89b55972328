using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Certificates;

/// <summary>
/// A certificate token: <c>base64url(payload) "." base64url(signature)</c>, the payload the UTF-8 bytes of a compact JSON
/// object <c>{"v":1,"alg":…,"no":…,"name":…,"id":…,"series":…,"specialty":…,"level":…,"obtained":…,"committee":…,"doc":…,"issued":…}</c>
/// (dates yyyy-MM-dd, the level as its Chinese label, the identity number masked) and the signature over exactly those bytes.
/// Base64url is unpadded and must be canonical, so that no two spellings of one token exist.
/// </summary>
internal static class CertificatePayload
{
    public const int Version = 1;

    /// <summary>Tokens longer than this are refused unread: a real one is well under a kilobyte.</summary>
    public const int MaxTokenLength = 4096;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Encode(CertificateFacts facts, string algorithm)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("alg", algorithm);
            json.WriteString("no", facts.CertificateNumber);
            json.WriteString("name", facts.Name);
            json.WriteString("id", facts.MaskedIdNumber);
            json.WriteString("series", facts.Series);
            json.WriteString("specialty", facts.Specialty);
            json.WriteString("level", Codes.Level.Label(facts.Level));
            json.WriteString("obtained", Date(facts.ObtainedOn));
            json.WriteString("committee", facts.Committee);
            json.WriteString("doc", facts.DocumentNumber);
            json.WriteString("issued", Date(facts.IssuedOn));
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static string Compose(byte[] payload, byte[] signature) =>
        Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(signature);

    /// <summary>The payload and signature bytes of a well-formed token; false for anything else.</summary>
    public static bool TrySplit(string? token, out byte[] payload, out byte[] signature)
    {
        payload = signature = [];
        if (token is null || token.Length > MaxTokenLength)
        {
            return false;
        }
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1 || token.IndexOf('.', dot + 1) >= 0)
        {
            return false;
        }
        return TryDecode(token.AsSpan(0, dot), out payload) && TryDecode(token.AsSpan(dot + 1), out signature);
    }

    /// <summary>The facts and the algorithm the payload claims; null when it is not a payload of this version.</summary>
    public static (CertificateFacts Facts, string Algorithm)? Decode(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("v", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != Version
                || Text(root, "alg") is not { } algorithm || CertificateAlgorithms.Normalise(algorithm) != algorithm
                || Text(root, "no") is not { } number || Text(root, "name") is not { } name || Text(root, "id") is not { } id
                || Text(root, "series") is not { } series || Text(root, "specialty") is not { } specialty
                || Text(root, "level") is not { } levelLabel || !Codes.Level.TryParse(levelLabel, out var level) || Codes.Level.Label(level) != levelLabel
                || DateOf(root, "obtained") is not { } obtained || Text(root, "committee") is not { } committee
                || Text(root, "doc") is not { } doc || DateOf(root, "issued") is not { } issued)
            {
                return null;
            }
            return (new CertificateFacts(number, name, id, series, specialty, level, obtained, committee, doc, issued), algorithm);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? DateOf(JsonElement root, string property) =>
        Text(root, property) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static readonly SearchValues<char> Alphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Strict base64url: only its alphabet, no padding, and the one spelling that encodes back to itself.</summary>
    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || text.Length % 4 == 1 || text.ContainsAnyExcept(Alphabet))
        {
            return false;
        }
        byte[] decoded;
        try
        {
            decoded = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            // .NET refuses some final characters whose unused bits are set: not canonical either way.
            return false;
        }
        if (!Base64Url.EncodeToString(decoded).AsSpan().SequenceEqual(text))
        {
            return false;
        }
        bytes = decoded;
        return true;
    }
}
