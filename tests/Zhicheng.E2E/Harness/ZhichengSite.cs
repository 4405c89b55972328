[assembly: AssemblyFixture(typeof(Zhicheng.E2E.Harness.ZhichengSite))]

namespace Zhicheng.E2E.Harness;

/// <summary>
/// Shared by every browser test in the assembly (an xunit v3 assembly fixture): the web app on Kestrel and one
/// headless Debian Chromium driven by Playwright. Each test gets its own browser context from
/// <see cref="BrowserJourney"/>; nothing else is shared between tests.
/// </summary>
public sealed class ZhichengSite : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download does not work on these machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--lang=zh-CN",
    ];

    private ZhichengServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath} (not found) and the Noto CJK fonts. " +
                "Run ./test.sh as root (it installs them), or install them yourself: " +
                "apt-get install -y --no-install-recommends chromium fonts-noto-cjk");
        }
        _server = new ZhichengServer();
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        // A page of this app renders on the server; 10 s covers a loaded two-core CI machine.
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
