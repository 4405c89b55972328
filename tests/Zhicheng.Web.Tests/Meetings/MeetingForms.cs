using System.Globalization;
using System.Net;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Meetings;

/// <summary>Posting the meeting pages' forms and reading their answers.</summary>
internal static class MeetingForms
{
    public static async Task<HttpResponseMessage> Post(this PageClient client, string page, string action, params (string Name, string Value)[] fields) =>
        await client.PostForm(page, action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The redirect's target (failing with the page's text when the form was refused instead).</summary>
    public static async Task<string> RedirectedTo(this HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var text = PageClient.Text(await response.Content.ReadAsStringAsync());
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, text.Length > 3000 ? text[..3000] : text);
        }
        return response.Headers.Location!.ToString();
    }

    /// <summary>The text of the page a refused form shows again (422).</summary>
    public static async Task<string> Refused(this HttpResponseMessage response)
    {
        var text = PageClient.Text(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, text.Length > 3000 ? text[..3000] : text);
        return text;
    }

    /// <summary>The text of a page answered 200.</summary>
    public static async Task<string> TextAsync(this PageClient client, string page)
    {
        var response = await client.Http.GetAsync(page);
        var text = PageClient.Text(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text.Length > 2000 ? text[..2000] : text);
        return text;
    }

    /// <summary>A page's text with every run of white space made one space (tags leave runs behind).</summary>
    public static string Squeeze(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
