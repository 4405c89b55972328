using System.Text.RegularExpressions;

namespace Zhicheng.E2E.Meetings;

/// <summary>
/// The journey's other people: each signs in in a browser context of their own (another person at another computer), and
/// their pages are photographed beside the journey's own when it fails; and the patterns of the names the pages use.
/// </summary>
public sealed partial class MeetingYearJourney
{
    private readonly List<IPage> _sessions = [];

    /// <summary>A browser context of its own (as another person at another computer), signed in as <paramref name="userName"/> unless null.</summary>
    private async Task<IPage> SessionAsync(string? userName)
    {
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        _sessions.Add(page);
        if (userName is not null)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名").FillAsync(userName);
            await page.GetByLabel("密码").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
        }
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveSessionScreenshotsAsync();
        }
        foreach (var context in _sessions.Select(p => p.Context).Distinct())
        {
            await context.CloseAsync();
        }
        await base.DisposeAsync();
    }

    /// <summary>The other sessions' pages beside the journey's own failure artifacts (BrowserJourney saves its Page).</summary>
    private async Task SaveSessionScreenshotsAsync()
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        for (var i = 0; i < _sessions.Count; i++)
        {
            var file = Path.Combine(ArtifactsDirectory, $"{nameof(MeetingYearJourney)}-session{i}-{DateTime.Now:HHmmss}.png");
            try
            {
                await _sessions[i].ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                TestContext.Current.TestOutputHelper?.WriteLine($"Session {i} at {_sessions[i].Url}; screenshot {file}");
            }
            catch (PlaywrightException)
            {
                // A closed or crashed page: the test's own failure is the one to read.
            }
        }
    }

    [GeneratedRegex("/meetings/(\\d+)")]
    private static partial Regex MeetingId();

    [GeneratedRegex("^PS2025-\\d{4}$|评审会议 PS2025-\\d{4}")]
    private static partial Regex MeetingNumber();

    [GeneratedRegex("^评委（")]
    private static partial Regex PanelHeading();

    [GeneratedRegex("^评审名单（")]
    private static partial Regex ListHeading();

    [GeneratedRegex("^进入会议")]
    private static partial Regex EnterMeeting();

    [GeneratedRegex("^下载 PDF")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("/titles/(\\d+)/certificate")]
    private static partial Regex TitleId();

    /// <summary>An identity number, whole (17 digits and a check character) or masked (area, stars, last two).</summary>
    [GeneratedRegex("\\d{17}[\\dXx]|\\d{6}\\*{6,}")]
    private static partial Regex IdentityLike();
}
