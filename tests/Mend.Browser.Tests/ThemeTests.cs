using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// Light and dark: the system setting rules until the reader presses the toggle; the choice is remembered where
/// storage works and the toggle still works where it does not.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ThemeTests(SiteBrowser browser)
{
    private static async Task<bool> IsDarkAsync(IPage page) =>
        await page.LuminanceAsync("body", "backgroundColor") < 0.2 && await page.LuminanceAsync("body", "color") > 0.5;

    private static async Task<bool> IsLightAsync(IPage page) =>
        await page.LuminanceAsync("body", "backgroundColor") > 0.8 && await page.LuminanceAsync("body", "color") < 0.1;

    private static Task<string?> PressedAsync(IPage page) => page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed");

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheToggleSwitchesToDarkAndTheChoiceSurvivesAReload(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, ColorScheme.Light);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, site.Guides[0]);
        Assert.True(await IsLightAsync(page), "the page is not light under a light system setting");
        Assert.Equal("false", await PressedAsync(page));

        await page.Locator(".theme-toggle").ClickAsync();
        Assert.True(await IsDarkAsync(page), "the toggle did not make the page dark");
        Assert.Equal("true", await PressedAsync(page));

        await page.ReloadAsync();
        Assert.True(await IsDarkAsync(page), "the dark choice was forgotten on reload");
        Assert.Equal("true", await PressedAsync(page));

        await page.Locator(".theme-toggle").ClickAsync();
        Assert.True(await IsLightAsync(page), "the toggle did not switch back to light");
        await page.ReloadAsync();
        Assert.True(await IsLightAsync(page), "the light choice was forgotten on reload");
        Assert.Equal("false", await PressedAsync(page));
        watch.AssertNone();
    }

    [Fact]
    public async Task TheChoiceCarriesToOtherPagesOfTheSite()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, ColorScheme.Light);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, "index.html");
        await page.Locator(".theme-toggle").ClickAsync();
        await page.FollowAsync(site, page.Locator("main .cards .card-title a").First);

        Assert.True(await IsDarkAsync(page), "the dark choice did not carry to the next page");
        Assert.Equal("true", await PressedAsync(page));
        watch.AssertNone();
    }

    [Fact]
    public async Task ADarkSystemSettingIsFollowedUntilTheReaderChoosesLight()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, ColorScheme.Dark);
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, "index.html");
        Assert.True(await IsDarkAsync(page), "the page is not dark under a dark system setting");
        Assert.Equal("true", await PressedAsync(page));

        await page.Locator(".theme-toggle").ClickAsync();
        Assert.True(await IsLightAsync(page), "the toggle did not make the page light");
        Assert.Equal("false", await PressedAsync(page));
        await page.ReloadAsync();
        Assert.True(await IsLightAsync(page), "the light choice was forgotten on reload");
        watch.AssertNone();
    }

    [Fact]
    public async Task TheToggleWorksWithoutErrorsWhereStorageIsRefused()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, ColorScheme.Light);
        await using var _ = context;
        // As some browsers do for file:// pages or in private modes.
        await context.AddInitScriptAsync("""
            Object.defineProperty(window, "localStorage", {
              get() { throw new DOMException("storage is disabled", "SecurityError"); }
            });
            """);
        var page = await context.NewPageAsync();

        await page.OpenAsync(site, site.Guides[0]);
        await page.Locator(".theme-toggle").ClickAsync();
        Assert.True(await IsDarkAsync(page), "the toggle did not make the page dark without storage");
        await page.ReloadAsync();
        Assert.True(await IsLightAsync(page), "without storage the page should fall back to the system setting");
        watch.AssertNone();
    }

    [Fact]
    public async Task DarkChosenWithTheToggleLooksTheSameAsDarkFromTheSystem()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var entry = site.CatalogOfKind("ruptures")!.Entries[0];
        string[] probes =
        [
            "body|color", "body|backgroundColor", "a[href]|color", "h1|color", ".meta|color", ".say|backgroundColor",
            ".site-header|backgroundColor", ".site-header|borderBottomColor", ".site-footer|borderTopColor",
        ];

        async Task<List<string>> ColoursAsync(ColorScheme scheme, bool toggle)
        {
            var (context, watch) = await browser.NewContextAsync(site, scheme);
            await using var _ = context;
            var page = await context.NewPageAsync();
            await page.OpenAsync(site, entry);
            if (toggle)
            {
                await page.Locator(".theme-toggle").ClickAsync();
            }
            var colours = new List<string>();
            foreach (var probe in probes)
            {
                var (selector, property) = (probe.Split('|')[0], probe.Split('|')[1]);
                colours.Add($"{probe}={await page.ComputedAsync(selector, property)}");
            }
            watch.AssertNone();
            return colours;
        }

        var system = await ColoursAsync(ColorScheme.Dark, toggle: false);
        var toggled = await ColoursAsync(ColorScheme.Light, toggle: true);
        Assert.Equal(system, toggled);
        Assert.NotEqual(system, await ColoursAsync(ColorScheme.Light, toggle: false));
    }
}
