namespace Mend.Browser.Tests;

/// <summary>
/// The French fixture (tests/fixtures/french): from file://, the interface speaks French and search finds a word with
/// its accents whether the query has them or not; over http (axe reads the stylesheets, which file:// refuses), no
/// page has an accessibility violation.
/// </summary>
[Trait("Category", "Browser")]
public sealed class FrenchSiteTests(SiteBrowser browser) : IAsyncLifetime
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "mend-french-site", Guid.NewGuid().ToString("N"));
    private BuiltSite? _site;
    private BuiltSite? _http;
    private StaticServer? _server;

    private static string Input => Path.Join(Repo.Root, "tests", "fixtures", "french", "input");

    public async ValueTask InitializeAsync()
    {
        if (SiteBrowser.ChromiumPresent)
        {
            _site = await BuiltSite.BuildAsync("french site from file://", Input, Path.Join(_folder, "offline"), offline: true);
            var online = await BuiltSite.BuildAsync("french site over http", Input, Path.Join(_folder, "web"), offline: false);
            _server = await StaticServer.StartAsync(online.Folder, "fr");
            _http = online.At(_server.Root, online.Name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("reparer")]
    [InlineData("réparer")]
    [InlineData("ECOUTER")]
    public async Task TheHeaderBoxFindsAccentedWordsWithOrWithoutAccentsAndCountsInFrench(string query)
    {
        browser.Require();
        var (context, watch) = await browser.NewContextAsync(_site!);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(_site!, "index.html");

        Assert.Equal("Aller au contenu", (await page.Locator(".skip-link").TextContentAsync())?.Trim());
        await page.Locator("#search-box-input").FocusAsync();
        await page.Keyboard.TypeAsync(query);
        var expected = query.StartsWith('E') ? "guides/ecouter/" : "guides/reparer/";
        await WaitForAsync(page, $"[...document.querySelectorAll('#search-box-listbox [role=option]')].some(o => (o.getAttribute('data-href') || '').includes('{expected}'))");
        await WaitForAsync(page, "document.querySelector('.search-box [role=status]').textContent !== ''");
        Assert.Matches(@"^\d+ résultats?$", await page.EvaluateAsync<string>("document.querySelector('.search-box [role=status]').textContent"));
        // The English stemmer is off on a French page: words match as written, folded.
        Assert.Equal("excuses", await page.EvaluateAsync<string>("window.MendSearch.stem('excuses')"));
        watch.AssertNone();
    }

    [Fact]
    public async Task AxeFindsNoViolationOnAnyFrenchPage()
    {
        browser.Require();
        var site = _http!;
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        var rulesRun = 0;

        foreach (var path in site.Pages)
        {
            await page.OpenAsync(site, path);
            var (rules, found) = await AccessibilityTests.CheckAsync(page, path);
            rulesRun += rules;
            violations.AddRange(found);
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s):\n{string.Join('\n', violations)}");
        Assert.True(rulesRun > site.Pages.Count * 10, $"axe ran only {rulesRun} rules over {site.Pages.Count} pages");
        watch.AssertNone();
    }

    // Playwright's own wait evaluates text, which the site's CSP refuses: poll from outside.
    private static async Task WaitForAsync(Microsoft.Playwright.IPage page, string condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await page.EvaluateAsync<bool>($"!!({condition})"))
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {condition}");
            await Task.Delay(25);
        }
    }
}
