using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiplomacyReader.Web.Tests.EndToEnd;

/// <summary>
/// The app on a real port (Kestrel) with its own SQLite file and the seed corpus, and Debian's Chromium driven
/// by Playwright. Never downloads a browser: without Chromium the tests fail and say how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPathVariable = "DIPLOMACYREADER_CHROMIUM";

    private readonly DiplomacyReaderApp _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public DiplomacyReaderApp App => _app;

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumPathVariable) ?? "/usr/bin/chromium";

    public static string AxeScript => Path.Combine(RepositoryPaths.Root, "tests", "DiplomacyReader.Web.Tests", "EndToEnd", "node_modules", "axe-core", "axe.min.js");

    public static string Screenshots => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests need it: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), " +
                $"or point {ChromiumPathVariable} at a Chromium or Chrome binary. .ci/run installs it.");
        }

        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser page; axe-core is injected later, so the page's CSP is bypassed for the test only.</summary>
    public async Task<IPage> NewPageAsync(int width = 1200, ColorScheme colorScheme = ColorScheme.Light)
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, BypassCSP = true, AcceptDownloads = true, ViewportSize = new() { Width = width, Height = width < 600 ? 800 : 900 },
            IsMobile = width < 600, ColorScheme = colorScheme,
        });
        // `dotnet test` runs the four test projects at once on two cores: while the ingestion tests parse a
        // 20 MB page, a navigation can take longer than Playwright's 30 s default without anything being wrong.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _app.Dispose();
    }
}
