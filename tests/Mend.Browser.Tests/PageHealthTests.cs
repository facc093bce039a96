namespace Mend.Browser.Tests;

/// <summary>Every page, over http and from file://: loads, runs its script, logs no error, asks nothing of another host.</summary>
[Trait("Category", "Browser")]
public sealed class PageHealthTests(SiteBrowser browser)
{
    private const string Shape = """
        () => [
          document.querySelectorAll("main#main").length === 1 ? "main" : "no-main",
          document.querySelector("body > header.site-header") ? "header" : "no-header",
          document.querySelector(".site-header nav[aria-label=Main]") ? "nav" : "no-nav",
          document.querySelector("body > footer.site-footer") ? "footer" : "no-footer",
          document.querySelector(".site-header .theme-toggle:not([hidden])") ? "toggle" : "no-toggle",
        ].join(" ")
        """;

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    [InlineData(SiteBrowser.Sites.FixtureHttp)]
    [InlineData(SiteBrowser.Sites.FixtureFile)]
    public async Task EveryPageLoadsWithoutAnErrorAndRequestsNothingOutsideTheSite(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.UrlOf(path).AbsoluteUri);
            // One round trip per page: the landmarks, and the toggle that theme.js reveals when it runs.
            var shape = await page.EvaluateAsync<string>(Shape);
            Assert.True(shape == "main header nav footer toggle", $"{path}: expected 'main header nav footer toggle', found '{shape}'");
        }

        Assert.True(site.Pages.Count >= 5, $"only {site.Pages.Count} pages were found in {site.Folder}");
        watch.AssertNone();
    }
}
