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

    [Theory]
    [InlineData(ColorScheme.Dark, false, 1280)]
    [InlineData(ColorScheme.Light, true, 1280)] // dark chosen with the toggle
    [InlineData(ColorScheme.Dark, false, 320)]
    public async Task InTheDarkTheToggleIsQuietAndItsSwitchShowsWhetherDarkIsOn(ColorScheme scheme, bool toggle, int width)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, site.Guides[0]);
        if (toggle)
        {
            await page.Locator(".theme-toggle").ClickAsync();
        }
        Assert.True(await IsDarkAsync(page), "the page is not dark");
        // Named for what it sets, its state given by aria-pressed.
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Dark theme", Exact = true, Pressed = true }).CountAsync());

        // Quiet: the toggle's background is the header's, not a bright block (it was the page's lightest patch).
        var backgrounds = await page.EvaluateAsync<string[]>("""
            () => {
              const solid = e => { for (let n = e; n; n = n.parentElement) { const c = getComputedStyle(n).backgroundColor; if (!/rgba\(.*, 0\)$/.test(c)) return c; } return 'rgb(255, 255, 255)'; };
              return [solid(document.querySelector('.theme-toggle')), solid(document.querySelector('.site-header'))];
            }
            """);
        var contrast = Contrast(Pages.Luminance(backgrounds[0]), Pages.Luminance(backgrounds[1]));
        Assert.True(contrast < 1.2, $"the toggle's background {backgrounds[0]} stands out from the header's {backgrounds[1]} at {contrast:0.00}:1");

        // The switch beside the name shows the state: its knob sits at the right when dark is on, at the left when off.
        async Task<string> KnobAsync() => await page.EvaluateAsync<string>("""
            () => {
              const track = document.querySelector('.theme-toggle-switch');
              const box = track.getBoundingClientRect();
              const knob = getComputedStyle(track, '::before');
              const middle = box.left + track.clientLeft + parseFloat(knob.left) + parseFloat(knob.width) / 2;
              return track.checkVisibility() ? (middle > box.left + box.width / 2 ? 'right' : 'left') : 'hidden';
            }
            """);
        Assert.Equal("right", await KnobAsync());
        var (_, dark) = await AccessibilityTests.CheckAsync(page, $"dark, {width} px");
        await page.Locator(".theme-toggle").ClickAsync();
        Assert.True(await IsLightAsync(page), "the toggle did not make the page light");
        Assert.Equal("left", await KnobAsync());
        var (_, light) = await AccessibilityTests.CheckAsync(page, $"light, {width} px");
        Assert.True(dark.Count + light.Count == 0, string.Join('\n', dark.Concat(light)));
        watch.AssertNone();
    }

    private static double Contrast(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

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
