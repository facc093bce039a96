namespace Mend.Browser.Tests;

/// <summary>
/// The French fixture (tests/fixtures/french) from file://: the interface speaks French, and search finds a word
/// with its accents whether the query has them or not.
/// </summary>
[Trait("Category", "Browser")]
public sealed class FrenchSiteTests(SiteBrowser browser) : IAsyncLifetime
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "mend-french-site", Guid.NewGuid().ToString("N"));
    private BuiltSite? _site;

    private static string Input => Path.Join(Repo.Root, "tests", "fixtures", "french", "input");

    public async ValueTask InitializeAsync()
    {
        if (SiteBrowser.ChromiumPresent)
        {
            _site = await BuiltSite.BuildAsync("french site from file://", Input, _folder, offline: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
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
