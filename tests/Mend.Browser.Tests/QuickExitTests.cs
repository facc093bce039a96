using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// The quick exit on the real site, over http and from file://: the first Tab stop on every kind of page, in view at
/// 320 px; clicking it or pressing Shift three times leaves, and Back does not return to the page; offline it leaves
/// for a blank page; without JavaScript it is a plain link that sends no referrer. The neutral page it goes to is
/// answered locally, so no test needs the internet.
/// </summary>
[Trait("Category", "Browser")]
public sealed class QuickExitTests(SiteBrowser browser)
{
    private const string Link = "a[data-quick-exit]";
    private const string Neutral = "<!DOCTYPE html><title>Weather</title><h1>The weather</h1>";

    /// <summary>A context whose quick-exit target is answered with a neutral page, recording the requests for it.</summary>
    private async Task<(IBrowserContext Context, List<IRequest> ToTarget)> ContextAsync(
        BuiltSite site, int width = 1280, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 700 },
            JavaScriptEnabled = javaScript,
        });
        var toTarget = new List<IRequest>();
        await context.RouteAsync(url => url.StartsWith("http", StringComparison.Ordinal) && !site.Contains(url), async route =>
        {
            toTarget.Add(route.Request);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = Neutral });
        });
        return (context, toTarget);
    }

    /// <summary>Opens the home page and then the safety guide, so that Back from the safety guide has somewhere to go.</summary>
    private static async Task<IPage> SafetyGuideAfterHomeAsync(IBrowserContext context, BuiltSite site)
    {
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");
        await page.OpenAsync(site, "guides/safety/index.html");
        return page;
    }

    private static async Task AssertLeftAndBackDoesNotReturnAsync(IPage page, BuiltSite site, string expectedUrl)
    {
        // Loaded, not only committed: going Back while the other site's page is still being swapped in can find no
        // page to ask for its history.
        await page.WaitForAddressAsync(url => url == expectedUrl);
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("index.html", site.PageOf(page.Url));
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 320)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280)]
    [InlineData(SiteBrowser.Sites.RealFile, 375)]
    public async Task TheQuickExitIsTheFirstTabStopAndInViewOnEveryKindOfPage(string siteName, int width)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, _) = await ContextAsync(site, width);
        await using var __ = context;
        var page = await context.NewPageAsync();

        foreach (var path in Pages.OneOfEachKind(site, allGuides: false))
        {
            await page.OpenAsync(site, path);
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>($"() => document.activeElement.matches('{Link}')"),
                $"{path}: the first Tab stop is not the quick exit");
            // Scrolled down, it is still at the top and wholly in view.
            await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            var box = await page.Locator(Link).BoundingBoxAsync();
            Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= 80 && box.X >= 0 && box.X + box.Width <= width,
                $"{path}: the quick exit is at {box?.X},{box?.Y} ({box?.Width}x{box?.Height}), not at the top of a {width} px screen");
        }
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task ClickingTheQuickExitLeavesAndBackDoesNotReturn(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, toTarget) = await ContextAsync(site);
        await using var _ = context;
        var page = await SafetyGuideAfterHomeAsync(context, site);
        var target = await page.Locator(Link).GetAttributeAsync("href");

        await page.Locator(Link).ClickAsync();

        await AssertLeftAndBackDoesNotReturnAsync(page, site, target!);
        Assert.Single(toTarget);
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task PressingShiftThreeTimesLeavesAndBackDoesNotReturn(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, _) = await ContextAsync(site);
        await using var __ = context;
        var page = await SafetyGuideAfterHomeAsync(context, site);
        var target = await page.Locator(Link).GetAttributeAsync("href");

        // As a reader would: once the page says the shortcut works, with the page in front.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-quick-exit-shortcut]')?.hidden === false");
        await page.BringToFrontAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }

        await AssertLeftAndBackDoesNotReturnAsync(page, site, target!);
    }

    [Fact]
    public async Task TypingCapitalLettersBetweenShiftsDoesNotLeave()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, toTarget) = await ContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "guides/safety/index.html");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+KeyA");
        await page.Keyboard.PressAsync("Shift");
        await page.WaitForTimeoutAsync(300);

        Assert.Equal("guides/safety/index.html", site.PageOf(page.Url));
        Assert.Empty(toTarget);
    }

    [Fact]
    public async Task OfflineFromFileTheQuickExitLeavesForABlankPage()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealFile);
        var (context, toTarget) = await ContextAsync(site);
        await using var _ = context;
        var page = await SafetyGuideAfterHomeAsync(context, site);
        await context.SetOfflineAsync(true);

        await page.Locator(Link).ClickAsync();

        await AssertLeftAndBackDoesNotReturnAsync(page, site, "about:blank");
        Assert.Empty(toTarget);
    }

    [Fact]
    public async Task WithoutJavaScriptTheQuickExitIsALinkThatSendsNoReferrer()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, toTarget) = await ContextAsync(site, javaScript: false);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "guides/safety/index.html");
        var target = await page.Locator(Link).GetAttributeAsync("href");

        await page.Locator(Link).ClickAsync();

        await page.WaitForURLAsync(target!, new() { WaitUntil = WaitUntilState.Commit });
        var request = Assert.Single(toTarget);
        Assert.False((await request.AllHeadersAsync()).ContainsKey("referer"), "the quick exit sent the page's address as the referrer");
    }

    [Theory]
    [InlineData(true, "Leave this page quickly or press Shift three times")]
    [InlineData(false, "Leave this page quickly")]
    public async Task TheShortcutIsAnnouncedOnlyWhenItWorks(bool javaScript, string name)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, _) = await ContextAsync(site, javaScript: javaScript);
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");

        Assert.Equal($"- link \"{name}\"", (await page.Locator(Link).AriaSnapshotAsync()).Split('\n')[0].TrimEnd(':'));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheQuickExitIsFilledAndAxeFindsNothing(ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width: 320);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "guides/safety/index.html");

        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.ComputedAsync(Link, "backgroundColor"));
        var (_, violations) = await AccessibilityTests.CheckAsync(page, $"the quick exit, {scheme}");
        Assert.Empty(violations);
        watch.AssertNone();
    }
}
