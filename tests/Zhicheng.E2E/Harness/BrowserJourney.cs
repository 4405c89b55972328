namespace Zhicheng.E2E.Harness;

/// <summary>
/// Base class of a browser test: a fresh browser context and page per test (Chinese locale, Beijing time),
/// a scratch directory for files the test writes, and — when the test fails — a full-page screenshot and the
/// page's HTML under <c>TestResults/playwright/</c> in the test output directory.
/// </summary>
/// <example>
/// <code>
/// public sealed class FileCommitteeJourney(ZhichengSite site) : BrowserJourney(site)
/// {
///     [Fact]
///     public async Task Filing_IsRecorded()
///     {
///         await OpenAsync("/committees/filing");
///         await Page.GetByLabel("评委会名称").FillAsync("…");
///         await Page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
///         await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已备案");
///     }
/// }
/// </code>
/// </example>
public abstract class BrowserJourney(ZhichengSite site) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    /// <summary>Where failure screenshots go: the test platform's default results directory, next to the test assembly.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "playwright");

    protected ZhichengSite Site { get; } = site;

    /// <summary>This test's page; relative URLs resolve against the site.</summary>
    protected IPage Page => _page ?? throw new InvalidOperationException("The page is created in InitializeAsync.");

    /// <summary>An empty directory of this test's own, deleted afterwards.</summary>
    protected DirectoryInfo TempDirectory { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "zhicheng-e2e", Guid.NewGuid().ToString("N")));

    /// <summary>Opens a path of the site (<c>/eligibility</c>) and fails unless the page answers 200.</summary>
    protected async Task OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"no response for {path}");
        response.Status.ShouldBe(200, $"GET {path}");
    }

    /// <summary>The demo accounts' password (<c>zhicheng seed --demo</c>).</summary>
    protected const string DemoPassword = "Zhicheng@2024";

    /// <summary>The site this journey browses: the shared demo site unless a journey brings its own.</summary>
    protected virtual Uri BaseAddress => Site.BaseAddress;

    /// <summary>The password <see cref="SignInAsync"/> signs in with.</summary>
    protected virtual string Password => DemoPassword;

    /// <summary>Signs in through the login page as a demo account and waits for the signed-in header.</summary>
    protected async Task SignInAsync(string userName)
    {
        await OpenAsync("/Account/Login");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }

    /// <summary>Signs out from the header and waits for the login link.</summary>
    protected async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    public virtual async ValueTask InitializeAsync()
    {
        _context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        try
        {
            if (_page is not null && TestContext.Current.TestState?.Result == TestResult.Failed)
            {
                await SaveFailureArtifactsAsync(_page);
            }
        }
        finally
        {
            if (_context is not null)
            {
                await _context.CloseAsync();
            }
            TempDirectory.Delete(recursive: true);
            GC.SuppressFinalize(this);
        }
    }

    private static async Task SaveFailureArtifactsAsync(IPage page)
    {
        var output = TestContext.Current.TestOutputHelper;
        var test = TestContext.Current.Test?.TestCase;
        var name = string.Concat($"{test?.TestClassName}.{test?.TestMethodName}-{DateTime.Now:HHmmss}"
            .Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var screenshot = Path.Combine(ArtifactsDirectory, name + ".png");
        var html = Path.Combine(ArtifactsDirectory, name + ".html");
        try
        {
            Directory.CreateDirectory(ArtifactsDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            await File.WriteAllTextAsync(html, await page.ContentAsync());
            output?.WriteLine($"Failed at {page.Url}; screenshot {screenshot}, HTML {html}");
        }
        catch (PlaywrightException ex)
        {
            // The page may have crashed or closed with the failure; the test's own error is the one to read.
            output?.WriteLine($"Failed at {page.Url}; no screenshot: {ex.Message}");
        }
    }
}
