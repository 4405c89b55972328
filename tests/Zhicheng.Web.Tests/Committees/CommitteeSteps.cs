using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Committees;

/// <summary>
/// The steps committee tests repeat, over the API as a signed-in client: create a committee with a complete
/// filing (or only what a test gives), submit, decide, read back.
/// </summary>
public static class CommitteeSteps
{
    private static int _serial;

    /// <summary>A committee name no other test of the run uses.</summary>
    public static string UniqueName(string stem = "测试评委会") => $"{stem}{Interlocked.Increment(ref _serial):D3}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A complete filing body: every one of the seven particulars filled (N2024-2.3).</summary>
    public static Dictionary<string, object?> Complete(int foundingUnitId, string name, string level, params int[] scope) => new()
    {
        ["foundingUnitId"] = foundingUnitId, ["name"] = name, ["level"] = level, ["series"] = "卫生系列", ["specialties"] = new[] { "临床医学" },
        ["scopeUnitIds"] = scope, ["scopeText"] = "本单位在职在岗的卫生专业技术人员", ["conditions"] = "按山西省卫生系列评价标准执行",
        ["rules"] = "评审工作规则、回避制度、保密制度", ["office"] = "人事科（评委会办公室）",
    };

    /// <summary>Creates the committee; returns its draft filing.</summary>
    public static async Task<JsonElement> CreateAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/committees", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient client, int filingId)
    {
        var response = await client.PostAsync($"/api/v1/committees/filings/{filingId}/submit", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, int filingId, bool approve, string? comments = null) =>
        client.PostAsJsonAsync($"/api/v1/committees/filings/{filingId}/decision", new { approve, comments });

    /// <summary>Creates, submits (as <paramref name="founder"/>) and approves (as <paramref name="approver"/>); returns the committee's id.</summary>
    public static async Task<int> FiledAsync(HttpClient founder, HttpClient approver, Dictionary<string, object?> body)
    {
        var filing = await CreateAsync(founder, body);
        await SubmitAsync(founder, filing.GetProperty("id").GetInt32());
        var decided = await DecideAsync(approver, filing.GetProperty("id").GetInt32(), approve: true);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        return filing.GetProperty("committeeId").GetInt32();
    }

    public static async Task<JsonElement> FilingAsync(HttpClient client, int filingId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/committees/filings/{filingId}");

    public static async Task<JsonElement> CommitteeAsync(HttpClient client, int id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/committees/{id}");

    /// <summary>The problem+json of a refusal, checked to be one: its status, and the field's messages.</summary>
    public static async Task<JsonElement> RefusalAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IReadOnlyList<string> Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? [.. messages.EnumerateArray().Select(m => m.GetString()!)] : [];

    public static IReadOnlyList<string> Clauses(JsonElement problem) => [.. problem.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!)];

    /// <summary>The id at the end of a redirect such as <c>/committees/12?done=created</c>.</summary>
    public static int IdIn(Uri location, string prefix)
    {
        var text = location.ToString();
        text.ShouldStartWith(prefix);
        return int.Parse(string.Concat(text[prefix.Length..].TakeWhile(char.IsAsciiDigit)), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The form fields of a complete filing as the pages post them.</summary>
    public static List<KeyValuePair<string, string>> FormOf(Dictionary<string, object?> body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in body)
        {
            switch (value)
            {
                case int[] ids:
                    fields.AddRange(ids.Select(id => new KeyValuePair<string, string>(key, id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    break;
                case string[] list:
                    fields.Add(new(key, string.Join("、", list)));
                    break;
                case string level when key == "level":
                    fields.Add(new(key, char.ToUpperInvariant(level[0]) + level[1..]));
                    break;
                case null:
                    break;
                default:
                    fields.Add(new(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
                    break;
            }
        }
        return fields;
    }

    public static string Text(string html) => PageClient.Text(html);
}
