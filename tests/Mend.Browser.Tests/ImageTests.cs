namespace Mend.Browser.Tests;

/// <summary>
/// A guide's image and the site's icons load, over http under a sub-path and from file://, at the size the page gave
/// them before they loaded.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ImageTests(SiteBrowser browser)
{
    [Theory]
    [InlineData(SiteBrowser.Sites.FixtureHttp)]
    [InlineData(SiteBrowser.Sites.FixtureFile)]
    public async Task AGuidesImageAndTheSitesIconsLoad(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "guides/notes/index.html");

        // The image loads lazily: brought into view, it is decoded at its natural size, which the page already gave it.
        var image = await page.EvaluateAsync<int[]>("""
            async () => {
              const image = document.querySelector("main img");
              const given = [image.width, image.height];
              image.scrollIntoView();
              await image.decode();
              return [image.naturalWidth, image.naturalHeight, ...given];
            }
            """);
        Assert.Equal([160, 90, 160, 90], image);

        var icons = await page.EvaluateAsync<int[]>("""
            () => Promise.all([...document.querySelectorAll("link[rel~=icon]")].map(link => {
              const icon = new Image();
              icon.src = link.href;
              return icon.decode().then(() => icon.naturalWidth);
            }))
            """);
        Assert.Equal([32, 180], icons);
        watch.AssertNone();
    }
}
