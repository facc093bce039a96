namespace Mend.Browser.Tests;

/// <summary>A reader clicks through the real site, over http under a sub-path and from file://, and lands on the right pages.</summary>
[Trait("Category", "Browser")]
public sealed class NavigationTests(SiteBrowser browser)
{
    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task HeaderLinksLeadToTheGuidesAndToEveryCatalog(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var start = site.Guides[0];

        await page.OpenAsync(site, start);
        var count = await page.Locator(".site-nav a").CountAsync();
        var reached = new List<string>();
        for (var i = 0; i < count; i++)
        {
            await page.OpenAsync(site, start);
            reached.Add(await page.FollowAsync(site, page.Locator(".site-nav a").Nth(i)));
        }

        var sections = site.Catalogs.Select(c => c.Index).Concat(site.Assessments).Append("index.html")
            .Concat(site.Pages.Where(p => p == "tags/index.html"));
        Assert.Equal(sections.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        await page.OpenAsync(site, start);
        await page.FollowAsync(site, page.Locator(".site-nav a", new() { HasText = "Guides" }));
        Assert.EndsWith("#guides", page.Url);
        Assert.True(await page.Locator("#guides").IsVisibleAsync(), "the Guides link does not land on the guide list");
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheSiteTitleLeadsHomeFromADeepPage(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, site.Catalogs[0].Entries[0]);
        Assert.Equal("index.html", await page.FollowAsync(site, page.Locator(".site-title")));
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task GuideCardsAndCatalogEntriesOpenThePageTheyName(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, "index.html");
        var card = page.Locator("main .cards .card-title a").Nth(1);
        var title = (await card.InnerTextAsync()).Trim();
        Assert.Contains(await page.FollowAsync(site, card), site.Guides);
        Assert.Equal(title, await page.H1Async());

        foreach (var catalog in site.Catalogs)
        {
            await page.OpenAsync(site, catalog.Index);
            var heading = await page.H1Async();
            var entry = page.Locator("main .card-list a").Last;
            var name = (await entry.InnerTextAsync()).Trim();
            Assert.Contains(await page.FollowAsync(site, entry), catalog.Entries);
            Assert.Equal(name, await page.H1Async());

            Assert.Equal(catalog.Index, await page.FollowAsync(site, page.Locator("main .breadcrumb a").Nth(1)));
            Assert.Equal(heading, await page.H1Async());
        }
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task AStepLinkOnACatalogEntryLandsOnTheGuideHeadingItNames(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var ruptures = site.CatalogOfKind("ruptures");
        Assert.NotNull(ruptures);

        await page.OpenAsync(site, ruptures.Entries[0]);
        var step = page.Locator("main #steps + ul a").First;
        var text = (await step.InnerTextAsync()).Trim();
        Assert.Contains(await page.FollowAsync(site, step), site.Guides);

        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.False(string.IsNullOrEmpty(anchor), $"the step link '{text}' has no #anchor: {page.Url}");
        var heading = page.Locator($"[id='{anchor}']");
        Assert.Equal(text, (await heading.InnerTextAsync()).Trim());
        Assert.True(await heading.IsVisibleAsync());
        // At the top of the window, just below the quick exit's bar when the page has one.
        var top = await page.EvaluateAsync<double>("(id) => document.getElementById(id).getBoundingClientRect().top", anchor);
        var bar = await page.EvaluateAsync<double>("() => document.querySelector('.quick-exit')?.getBoundingClientRect().bottom ?? 0");
        Assert.True(top >= bar && top < bar + 80, $"the heading #{anchor} is not at the top of the window: {top} px from it, below a bar ending at {bar}, scrolled {await page.EvaluateAsync<double>("() => scrollY")}");
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task FooterLinksLeadToTheSafetyPrivacyAndAboutGuides(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var start = site.Catalogs[0].Entries[0];

        await page.OpenAsync(site, start);
        var count = await page.Locator(".site-footer a").CountAsync();
        var reached = new List<string>();
        for (var i = 0; i < count; i++)
        {
            await page.OpenAsync(site, start);
            reached.Add(await page.FollowAsync(site, page.Locator(".site-footer a").Nth(i)));
        }

        Assert.Equal(["guides/about/index.html", "guides/privacy/index.html", "guides/safety/index.html"], reached.Distinct().Order(StringComparer.Ordinal));
        watch.AssertNone();
    }

    [Fact]
    public async Task AFooterWithoutSafetyAndPrivacyGuidesHasNoLinks()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.FixtureHttp);
        Assert.DoesNotContain("guides/privacy/index.html", site.Pages);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, "index.html");
        Assert.Equal(0, await page.Locator(".site-footer a").CountAsync());
        Assert.Equal(0, await page.Locator(".site-footer nav").CountAsync());
        watch.AssertNone();
    }
}
