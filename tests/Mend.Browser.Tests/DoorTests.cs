using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// The home page's doors, walked as a reader would: within two clicks of the home page, each reader reaches the words
/// to say, the guide for their side, and the safety guide.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DoorTests(SiteBrowser browser)
{
    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 375)]
    [InlineData(SiteBrowser.Sites.RealFile, 1280)]
    public async Task TheOneWhoHurtSomeoneReachesTheWordsToSayInTwoClicks(string siteName, int width)
    {
        var (session, page, site) = await OpenHomeAsync(siteName, width);
        await using var _ = session;

        Assert.Equal("guides/i-hurt-someone/index.html", await page.FollowAsync(site, Door(page, "I hurt someone")));
        Assert.Equal("guides/what-to-say/index.html", await page.FollowAsync(site, page.Locator("main a", new() { HasText = "What to say right now" }).First));
        await Assertions.Expect(page.GetByLabel("What I did")).ToBeVisibleAsync();

        await page.OpenAsync(site, "index.html");
        await page.FollowAsync(site, Door(page, "I hurt someone"));
        var entry = await page.FollowAsync(site, page.Locator("#examples ~ ul a[href*='ruptures/']:not([href*='situation/'])").First);
        Assert.Contains(entry, site.CatalogOfKind("ruptures")!.Entries);
        await Assertions.Expect(page.Locator("#repair ~ .say").First).ToBeVisibleAsync();
        session.Watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 375)]
    [InlineData(SiteBrowser.Sites.RealFile, 1280)]
    public async Task TheOneWhoWasHurtReachesTheGuidesForTheirSideInTwoClicks(string siteName, int width)
    {
        var (session, page, site) = await OpenHomeAsync(siteName, width);
        await using var _ = session;

        foreach (var guide in new[] { "raising-a-hurt", "real-apology", "forgiveness", "when-they-wont-talk" })
        {
            await page.OpenAsync(site, "index.html");
            Assert.Equal("guides/someone-hurt-me/index.html", await page.FollowAsync(site, Door(page, "Someone hurt me")));
            Assert.Equal($"guides/{guide}/index.html", await page.FollowAsync(site, page.Locator($"main a[href*='{guide}/']").First));
        }

        // And the words to raise a hurt like theirs: an example's part for the one who was hurt.
        await page.OpenAsync(site, "index.html");
        await page.FollowAsync(site, Door(page, "Someone hurt me"));
        var entry = await page.FollowAsync(site, page.Locator("#examples ~ ul a[href*='ruptures/']:not([href*='situation/'])").First);
        Assert.Contains(entry, site.CatalogOfKind("ruptures")!.Entries);
        await Assertions.Expect(page.Locator("#if-you-were-hurt ~ .say").First).ToBeVisibleAsync();
        session.Watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, 375)]
    [InlineData(SiteBrowser.Sites.RealFile, 1280)]
    public async Task TheSafetyGuideIsOneClickAwayAndEveryDoorLinksIt(string siteName, int width)
    {
        var (session, page, site) = await OpenHomeAsync(siteName, width);
        await using var _ = session;

        var doors = await page.Locator(".door-title a").AllInnerTextsAsync();
        Assert.Equal(["I hurt someone", "Someone hurt me", "I don\u2019t feel safe"], doors);
        Assert.Equal("guides/safety/index.html", await page.FollowAsync(site, Door(page, "I don\u2019t feel safe")));
        foreach (var door in new[] { "I hurt someone", "Someone hurt me" })
        {
            await page.OpenAsync(site, "index.html");
            await page.FollowAsync(site, Door(page, door));
            Assert.Equal("guides/safety/index.html", await page.FollowAsync(site, page.Locator("main a[href*='safety/']").First));
        }
        session.Watch.AssertNone();
    }

    private static ILocator Door(IPage page, string label) => page.Locator(".door-title a", new() { HasText = label });

    private async Task<(Session Session, IPage Page, BuiltSite Site)> OpenHomeAsync(string siteName, int width)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, width: width);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");
        return (new Session(context, watch), page, site);
    }

    private sealed record Session(IBrowserContext Context, PageWatch Watch) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }
}
