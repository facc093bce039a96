using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Mend.Browser.Tests.SiteBrowser))]

namespace Mend.Browser.Tests;

/// <summary>
/// Shared by every test in the assembly: one headless Debian Chromium, and the real site and the fixture site,
/// each built twice: for the web (served on 127.0.0.1 under a sub-path) and offline (opened from file://).
/// </summary>
public sealed class SiteBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the networking flags Chromium tries to reach outside hosts (TESTING.md).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _scratch = Path.Join(Path.GetTempPath(), "mend-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly List<StaticServer> _servers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<string, BuiltSite> _sites = new(StringComparer.Ordinal);

    public static bool ChromiumPresent => File.Exists(ChromiumPath);

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("MEND_REQUIRE_BROWSER") == "1";

    /// <summary>Names of the sites tests can ask for with <see cref="Site"/>.</summary>
    public static class Sites
    {
        public const string RealHttp = "real site over http";
        public const string RealFile = "real site from file://";
        public const string FixtureHttp = "fixture site over http";
        public const string FixtureFile = "fixture site from file://";
    }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("no browser: call Require() first");

    public BuiltSite Site(string name) => _sites[name];

    /// <summary>Skips the calling test when Chromium is missing, or fails it when MEND_REQUIRE_BROWSER=1.</summary>
    public void Require()
    {
        Assert.SkipWhen(!ChromiumPresent && !BrowserRequired,
            $"{ChromiumPath} is missing: install Debian's chromium (.ci/install-tools) to run the browser tests");
        Assert.True(ChromiumPresent, $"MEND_REQUIRE_BROWSER=1 but {ChromiumPath} is missing");
    }

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumPresent)
        {
            return;
        }

        var real = Path.Join(_scratch, "real");
        var fixture = Path.Join(_scratch, "fixture");
        await AddAsync(Sites.RealHttp, Sites.RealFile, Repo.RealInput, real, "mend");
        await AddAsync(Sites.FixtureHttp, Sites.FixtureFile, Repo.FixtureInput, fixture, "guides-site");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
    }

    private async Task AddAsync(string httpName, string fileName, string input, string folder, string subPath)
    {
        var online = await BuiltSite.BuildAsync(httpName, input, Path.Join(folder, "web"), offline: false);
        var server = await StaticServer.StartAsync(online.Folder, subPath);
        _servers.Add(server);
        _sites[httpName] = online.At(server.Root, httpName);
        _sites[fileName] = await BuiltSite.BuildAsync(fileName, input, Path.Join(folder, "offline"), offline: true);
    }

    /// <summary>A fresh context (own storage, own colour scheme) whose pages are watched for problems.</summary>
    public async Task<(IBrowserContext Context, PageWatch Watch)> NewContextAsync(
        BuiltSite site, ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ColorScheme = scheme,
            ViewportSize = new() { Width = width, Height = height },
        });
        return (context, new PageWatch(context, site));
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
