namespace Mend.Browser.Tests;

/// <summary>
/// A build for a GitHub Pages project site (<c>https://user.github.io/repo/</c>), served under <c>/repo/</c> on
/// 127.0.0.1: every page loads with every resource, and nothing answers 404.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SubPathTests(SiteBrowser browser) : IAsyncLifetime
{
    private readonly string _scratch = Path.Join(Path.GetTempPath(), "mend-subpath-tests", Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private BuiltSite? _site;

    public async ValueTask InitializeAsync()
    {
        if (!SiteBrowser.ChromiumPresent)
        {
            return;
        }
        var built = await BuiltSite.BuildAsync("project site", Repo.RealInput, _scratch, offline: false, "https://user.github.io/repo/");
        _server = await StaticServer.StartAsync(built.Folder, "repo");
        _site = built.At(_server.Root, "project site under /repo/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Fact]
    public async Task EveryPageAndEveryResourceLoadsUnderTheSubPath()
    {
        browser.Require();
        var site = _site!;
        Assert.EndsWith("/repo/", site.Root.AbsolutePath, StringComparison.Ordinal);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            await page.OpenAsync(site, path);
        }

        var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
        Assert.StartsWith("https://user.github.io/repo/", canonical, StringComparison.Ordinal);
        watch.AssertNone();
    }

    [Fact]
    public async Task TheNotFoundPageWorksAtAnyDepth()
    {
        browser.Require();
        var site = _site!;
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        // A host such as GitHub Pages sends 404.html's content for a missing address, at whatever depth it has:
        // put a copy deep in the folder and open it there. Its stylesheet and links must still resolve.
        var deep = Path.Join(site.Folder, "no", "such", "page");
        Directory.CreateDirectory(deep);
        File.Copy(Path.Join(site.Folder, "404.html"), Path.Join(deep, "index.html"), overwrite: true);
        await page.GotoAsync(new Uri(site.Root, "no/such/page/").AbsoluteUri);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.ComputedAsync("body", "backgroundColor"));
        var home = page.Locator("main a").First;
        await home.ClickAsync();
        await page.WaitForAddressAsync(url => url == site.Root.AbsoluteUri);

        Assert.Equal(site.Root.AbsoluteUri, page.Url);
        watch.AssertNone();
    }
}
