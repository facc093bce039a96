using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>The "On this page" list of a long guide, and the numbered steps of a step-by-step one.</summary>
[Trait("Category", "Browser")]
public sealed class ContentsTests(SiteBrowser browser)
{
    private const string StepsGuide = "guides/repair-steps/index.html";

    [Theory]
    [InlineData(320, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task TheContentsListOfEveryLongGuideLinksToEachOfItsMainHeadingsInOrder(int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var listed = 0;

        foreach (var guide in site.Guides)
        {
            await page.OpenAsync(site, guide);
            var headings = await page.Locator(".page-body > h2[id]").EvaluateAllAsync<string[]>("hs => hs.map(h => '#' + h.id)");
            var links = await page.Locator(".on-this-page a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            if (links.Length == 0)
            {
                Assert.True(await page.Locator("article h2[id]").CountAsync() < 3, $"{guide} has three or more sections but no contents list");
                continue;
            }
            listed++;
            Assert.Equal(headings, links);
            Assert.True(await page.Locator(".on-this-page").IsVisibleAsync(), $"{guide}: the contents list is not shown");
        }

        Assert.True(listed >= 3, $"only {listed} guides have a contents list");
        watch.AssertNone();
    }

    [Theory]
    [InlineData(375, false)]
    [InlineData(1280, true)]
    public async Task TheContentsListIsUnderTheTitleOnAPhoneAndBesideTheTextOnAWideScreen(int width, bool beside)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, StepsGuide);

        var contents = (await page.Locator(".on-this-page").BoundingBoxAsync())!;
        var text = (await page.Locator(".page-body").BoundingBoxAsync())!;
        var title = (await page.Locator("h1").BoundingBoxAsync())!;

        Assert.True(contents.Y > title.Y + title.Height, "the contents list is above the title");
        if (beside)
        {
            Assert.True(contents.X >= text.X + text.Width, $"the contents list (x {contents.X}) is not beside the text (right edge {text.X + text.Width})");
            // It stays in view while the reader scrolls down the text.
            await page.Locator("#forgive").ScrollIntoViewIfNeededAsync();
            Assert.True(await page.Locator(".on-this-page").EvaluateAsync<bool>("n => { const r = n.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"),
                "the contents list scrolled away");
        }
        else
        {
            Assert.True(contents.Y + contents.Height <= text.Y + 1, "the contents list is not above the text");
        }
        watch.AssertNone();
    }

    [Fact]
    public async Task TheSectionBeingReadIsMarkedInTheContentsList()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: 1280, height: 800);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, StepsGuide);
        var current = page.Locator(".on-this-page a[aria-current='true']");

        await page.EvaluateAsync("() => document.getElementById('apologize').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("href", "#apologize");

        await page.EvaluateAsync("() => document.getElementById('forgive').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("href", "#forgive");
        Assert.Equal(1, await current.CountAsync());

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Assertions.Expect(current).ToHaveCountAsync(0);
        watch.AssertNone();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task EachStepIsNumberedInItsHeadingWithAMarkerOnTheLineJoiningTheSteps(int width)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, StepsGuide);
        var steps = page.Locator("h2.step");

        var names = await steps.EvaluateAllAsync<string[]>("hs => hs.map(h => h.textContent.trim())");
        Assert.Equal(7, names.Length);
        Assert.Equal([.. Enumerable.Range(1, 7).Select(n => $"Step {n}:")], names.Select(n => n[..n.IndexOf(':', StringComparison.Ordinal)] + ":"));
        Assert.Equal("Step 1: Acknowledge the rupture", names[0]);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Step 2: Take responsibility", Exact = true })).ToBeVisibleAsync();

        // Every marker sits on the same line, to the left of its heading's text.
        var markers = await steps.EvaluateAllAsync<double[][]>("""
            hs => hs.map(h => {
              const marker = getComputedStyle(h, "::before");
              const box = h.getBoundingClientRect();
              return [box.left + parseFloat(marker.left), parseFloat(marker.width), box.left];
            })
            """);
        Assert.All(markers, m => Assert.True(m[1] >= 12, $"a step's marker is {m[1]} px wide"));
        Assert.Single(markers.Select(m => Math.Round(m[0])).Distinct());
        Assert.All(markers, m => Assert.True(m[0] + m[1] <= m[2], "a marker overlaps its heading"));
        watch.AssertNone();
    }
}
