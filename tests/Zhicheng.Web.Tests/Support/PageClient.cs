using System.Net;
using System.Text.RegularExpressions;

namespace Zhicheng.Web.Tests.Support;

/// <summary>Posts forms the way a browser without JavaScript does: fetch the page, carry its anti-forgery token and cookie.</summary>
public sealed partial class PageClient(HttpClient client)
{
    public HttpClient Http { get; } = client;

    public async Task<string> Token(string page)
    {
        var html = await Http.GetStringAsync(page);
        return TokenField().Match(html).Groups[1].Value;
    }

    public async Task<HttpResponseMessage> PostForm(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await Token(page);
        var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(action, form);
    }

    public async Task<HttpResponseMessage> PostFile(string page, string action, string fileName, byte[] content)
    {
        var token = await Token(page);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await Http.PostAsync(action, form);
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
