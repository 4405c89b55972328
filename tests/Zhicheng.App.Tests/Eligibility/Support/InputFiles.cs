using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>Real input files in a temporary directory, deleted with it.</summary>
internal sealed class InputFiles : IDisposable
{
    static InputFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("zhicheng-tests-").FullName;

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Bytes(string name, byte[] content)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Text(string name, string content, Encoding? encoding = null, bool bom = false)
    {
        var body = (encoding ?? Encoding.UTF8).GetBytes(content);
        return Bytes(name, bom ? [0xEF, 0xBB, 0xBF, .. body] : body);
    }

    /// <summary>A JSON array of the given items.</summary>
    public string JsonArray(string name, params JsonNode?[] items) =>
        Text(name, AnApplication.Text(new JsonArray(items.Select(i => i?.DeepClone()).ToArray())));

    /// <summary>JSON Lines: one item a line.</summary>
    public string JsonLines(string name, IEnumerable<JsonNode?> items, string newline = "\n", bool bom = false) =>
        Text(name, string.Concat(items.Select(i => AnApplication.Text(i) + newline)), bom: bom);

    /// <summary>RFC 4180: fields holding a comma, quote or line break are quoted, quotes doubled.</summary>
    public string Csv(string name, IEnumerable<string?[]> rows, Encoding? encoding = null, bool bom = false, string newline = "\r\n") =>
        Text(name, string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + newline)), encoding, bom);

    /// <summary>An .xlsx whose first sheet holds exactly these rows (no header row is added); null is an empty cell.</summary>
    public string Xlsx(string name, IEnumerable<object?[]> rows)
    {
        var list = rows.ToList();
        var width = list.Count == 0 ? 0 : list.Max(r => r.Length);
        var sheet = list.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"c{i}", i => i < r.Length ? r[i] : null)).ToList();
        var path = PathOf(name);
        MiniExcel.SaveAs(path, sheet, printHeader: false);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
