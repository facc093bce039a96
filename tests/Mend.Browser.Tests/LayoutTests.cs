using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>How pages fit a small phone and a wide screen, how the keyboard moves through them, and how they print.</summary>
[Trait("Category", "Browser")]
public sealed class LayoutTests(SiteBrowser browser)
{
    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 320, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 320, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.RealHttp, 375, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 375, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.FixtureHttp, 320, ColorScheme.Light)]
    public async Task NoPageScrollsSideways(string siteName, int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width, height: 640);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var overflowing = new List<string>();

        foreach (var path in Pages.OneOfEachKind(site))
        {
            await page.OpenAsync(site, path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                var widest = await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll("body *")]
                      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                      .map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "")).slice(0, 5).join(", ")
                    """);
                overflowing.Add($"{path}: {widths[0]} px wide in a {widths[1]} px screen ({widest})");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join('\n', overflowing));
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 320, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 375, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 375, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, 1280, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.FixtureHttp, 320, ColorScheme.Light)]
    public async Task NoTableCellBreaksAWordAcrossLines(string siteName, int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width, height: 800);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var broken = new List<string>();
        var tables = 0;

        foreach (var path in Pages.OneOfEachKind(site))
        {
            await page.OpenAsync(site, path);
            tables += await page.Locator("table").CountAsync();
            // A word laid out on more than one line has more than one box.
            var words = await page.EvaluateAsync<string[]>("""
                () => {
                  const found = [];
                  for (const cell of document.querySelectorAll("th, td")) {
                    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      for (const match of node.data.matchAll(/\S+/g)) {
                        const range = document.createRange();
                        range.setStart(node, match.index);
                        range.setEnd(node, match.index + match[0].length);
                        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                        if (lines.size > 1) found.push(match[0]);
                      }
                    }
                  }
                  return found.slice(0, 5);
                }
                """);
            broken.AddRange(words.Select(word => $"{path}: '{word}'"));
        }

        Assert.True(tables > 0, "no page has a table to check");
        Assert.True(broken.Count == 0, $"words broken across lines at {width} px:\n" + string.Join('\n', broken));
        watch.AssertNone();
    }

    [Fact]
    public async Task TextKeepsAReadableMeasureOnAWideScreen()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: 1600);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, site.Guides[0]);
        // Characters per line: the paragraph's width over the width of one "0" in its font (the CSS ch unit).
        var characters = await page.EvaluateAsync<double>("""
            () => {
              const p = document.querySelector("main p:not([class])");
              const probe = document.createElement("span");
              probe.textContent = "0".repeat(100);
              probe.style.whiteSpace = "nowrap";
              p.append(probe);
              const ch = probe.getBoundingClientRect().width / 100;
              probe.remove();
              return p.getBoundingClientRect().width / ch;
            }
            """);

        Assert.InRange(characters, 55, 75);
        watch.AssertNone();
    }

    [Fact]
    public async Task TheSkipLinkComesRightAfterTheQuickExitShowsWhenFocusedAndMovesFocusToTheContent()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: 375, height: 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, site.Guides[0]);

        // The quick exit is the first Tab stop (QuickExitTests); the skip link is the second.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("quick-exit-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.X >= 0 && box.X + box.Width <= 375, $"the focused skip link is off screen at {box.X},{box.Y}");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after the skip link, Tab should move into the content");
        watch.AssertNone();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryHeaderControlShowsAVisibleFocusRing(ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");
        var controls = await page.Locator(".quick-exit-link, .skip-link, .site-header a, .site-header input, .site-header button:not([hidden])").CountAsync();
        var seen = new List<string>();

        for (var i = 0; i < controls; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement, s = getComputedStyle(e);
                  return [e.textContent.trim(), s.outlineStyle, s.outlineWidth, s.outlineColor, getComputedStyle(document.body).backgroundColor];
                }
                """);
            seen.Add(focus[0]);
            Assert.True(focus[1] != "none" && double.Parse(focus[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"'{focus[0]}' has no visible focus outline ({focus[1]} {focus[2]})");
            var contrast = Contrast(Pages.Luminance(focus[3]), Pages.Luminance(focus[4]));
            Assert.True(contrast >= 3, $"the focus outline of '{focus[0]}' has a contrast of {contrast:0.0} against the page, below 3:1");
        }

        Assert.Contains("Leave this page quickly or press Shift three times", seen);
        Assert.Contains("Skip to content", seen);
        Assert.Contains("Dark theme", seen);
        watch.AssertNone();
    }

    [Fact]
    public async Task PrintingDropsTheChromeAndPrintsBlackOnWhiteEvenInDarkMode()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, ColorScheme.Dark);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var entry = site.CatalogOfKind("ruptures")!.Entries[0];

        // Dark from the system on the guide; dark chosen with the toggle on the entry.
        foreach (var (path, choose) in new[] { (site.Guides[0], false), (entry, true) })
        {
            await page.OpenAsync(site, path);
            if (choose)
            {
                await page.Locator(".theme-toggle").ClickAsync(); // light, then dark again: now a stored choice
                await page.Locator(".theme-toggle").ClickAsync();
                Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
            }
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            foreach (var hidden in new[] { ".skip-link", ".site-nav", ".theme-toggle", ".site-search", ".breadcrumb" })
            {
                if (await page.Locator(hidden).CountAsync() > 0)
                {
                    Assert.Equal("none", await page.ComputedAsync(hidden, "display"));
                }
            }
            Assert.Equal("rgb(255, 255, 255)", await page.ComputedAsync("body", "backgroundColor"));
            Assert.Equal("rgb(0, 0, 0)", await page.ComputedAsync("body", "color"));
            Assert.Equal("rgb(0, 0, 0)", await page.ComputedAsync("main a[href]", "color"));
            var quiet = await page.Locator("main .lead").CountAsync() > 0 ? "main .lead" : "main .meta";
            Assert.True(await page.LuminanceAsync(quiet, "color") < 0.05, $"{quiet} is too pale on paper");
            Assert.True(await page.Locator("main h1").IsVisibleAsync());
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
        watch.AssertNone();
    }

    [Fact]
    public async Task PrintingShowsTheAddressOfALinkToAnotherSiteButNotOfInternalLinks()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, site.Guides[0]);
        // An outside link added for the check, so it does not depend on the content having one.
        await page.EvaluateAsync("""
            () => {
              const a = document.createElement("a");
              a.href = "https://example.org/help"; a.id = "outside"; a.textContent = "help";
              document.querySelector("main p").append(" ", a);
            }
            """);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Contains("https://example.org/help", await page.ComputedAsync("#outside", "content", "::after"));
        Assert.Equal("none", await page.ComputedAsync("main a[href]:not(#outside)", "content", "::after"));
        watch.AssertNone();
    }

    private static double Contrast(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
}
