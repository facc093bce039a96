using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>"What to say right now": the three parts of an apology, filled in, make the words on the page itself.</summary>
[Trait("Category", "Browser")]
public sealed class ComposeTests(SiteBrowser browser)
{
    private const string SayNow = "guides/what-to-say/index.html";

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 375, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealFile, 375, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280, ColorScheme.Dark)]
    public async Task ThePartsAReaderFillsInBecomeTheirWordsAndAreKeptNowhere(string siteName, int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SayNow);

        await page.GetByLabel("What I did").FillAsync("I forgot your birthday");
        await page.GetByLabel("How it affected you").FillAsync("You felt forgotten.");
        await page.GetByLabel("What I will do differently").FillAsync("It is in my calendar now");

        var words = page.Locator(".compose-output");
        await Assertions.Expect(words).ToHaveTextAsync("I forgot your birthday. You felt forgotten. It is in my calendar now.");
        await Assertions.Expect(words).ToHaveAttributeAsync("aria-live", "polite");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => { try { return localStorage.length + sessionStorage.length; } catch (e) { return 0; } }"));
        if (!site.IsFile)
        {
            var (_, violations) = await AccessibilityTests.CheckAsync(page, $"the filled-in apology at {width} px, {scheme}");
            Assert.Empty(violations);
        }
        watch.AssertNone();
    }

    [Fact]
    public async Task WithoutJavaScriptThePartsStayAListToWriteFrom()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, SayNow);

        var parts = await page.Locator(".compose li").AllInnerTextsAsync();
        Assert.Equal(3, parts.Count);
        Assert.StartsWith("What I did.", parts[0], StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".compose textarea").CountAsync());
    }
}
