using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>The front page: a heading and a promise, the safety line, then the guides as cards.</summary>
[Trait("Category", "Browser")]
public sealed class HomeTests(SiteBrowser browser)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TheHomePageLeadsWithItsPromiseAndTheSafetyLineThenCards(int width)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");

        Assert.Equal("Mending a relationship after a hurt", await page.H1Async());
        var safety = (await page.Locator(".safety-first").BoundingBoxAsync())!;
        Assert.True(safety.Y + safety.Height <= 900, "the safety line is not in the first screen");
        var cards = page.Locator("#guides ~ .cards .card");
        Assert.True(await cards.CountAsync() >= 5);
        Assert.True((await cards.First.BoundingBoxAsync())!.Y > safety.Y, "a card comes before the safety line");

        // A click anywhere on a card follows its link.
        await cards.Nth(1).ScrollIntoViewIfNeededAsync();
        var card = (await cards.Nth(1).BoundingBoxAsync())!;
        var target = await cards.Nth(1).Locator("a").GetAttributeAsync("href");
        await page.Mouse.ClickAsync(card.X + card.Width - 8, card.Y + card.Height - 8);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target!.Trim('.', '/'))));
        watch.AssertNone();
    }

    [Fact]
    public async Task AboutAndPrivacyAreInTheFooterNotAmongTheGuides()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");

        var guides = await page.Locator("#guides ~ .cards a").AllInnerTextsAsync();
        Assert.DoesNotContain(guides, t => t.Contains("About", StringComparison.Ordinal) || t.Contains("privacy", StringComparison.OrdinalIgnoreCase));
        var footer = page.Locator(".site-footer nav");
        await Assertions.Expect(footer.Locator("a[href*='guides/about']")).ToHaveCountAsync(1);
        await Assertions.Expect(footer.Locator("a[href*='guides/privacy']")).ToHaveCountAsync(1);
        watch.AssertNone();
    }
}
