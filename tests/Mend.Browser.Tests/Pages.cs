using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>Small helpers for reading what a page shows.</summary>
public static partial class Pages
{
    /// <summary>Opens a page of the site and checks it is one of ours (a folder link from file:// would show a listing).</summary>
    public static async Task OpenAsync(this IPage page, BuiltSite site, string path)
    {
        await page.GotoAsync(site.UrlOf(path).AbsoluteUri);
        Assert.True(await page.Locator("main#main").CountAsync() == 1, $"{page.Url} is not a page of the site");
    }

    /// <summary>
    /// Waits until the page's address is one <paramref name="matches"/> accepts, then for that page's DOM. Used instead
    /// of WaitForURLAsync after a click or a key press that navigates: when the navigation starts while the input's
    /// round trip is still returning, Playwright's navigation waiter can miss it and time out on a page that has left.
    /// </summary>
    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> matches, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!matches(page.Url) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(matches(page.Url), $"the page stayed at {page.Url} for {timeoutMs} ms");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = timeoutMs });
    }

    /// <summary>Clicks a link and waits for the page it opens; returns the output path of that page.</summary>
    public static async Task<string> FollowAsync(this IPage page, BuiltSite site, ILocator link)
    {
        var text = (await link.InnerTextAsync()).Trim();
        var href = await link.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"the link '{text}' has no href");
        var target = new Uri(new Uri(page.Url), href);
        await link.ClickAsync();
        // DOMContentLoaded, not load: on a busy machine a file:// page's load event can lag far behind.
        await page.WaitForAddressAsync(url => url == target.AbsoluteUri, 60_000);
        var landed = site.PageOf(page.Url);
        Assert.True(landed is not null, $"the link '{text}' left the site for {page.Url}");
        Assert.True(await page.Locator("main#main").CountAsync() == 1, $"the link '{text}' opened {page.Url}, which is not a page of the site");
        return landed;
    }

    public static async Task<string> H1Async(this IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    /// <summary>The relative luminance (0 black to 1 white) of a computed CSS colour of an element.</summary>
    public static async Task<double> LuminanceAsync(this IPage page, string selector, string property)
    {
        var css = await page.EvalOnSelectorAsync<string>(selector, $"(e) => getComputedStyle(e).{property}");
        return Luminance(css);
    }

    public static async Task<string> ComputedAsync(this IPage page, string selector, string property, string? pseudo = null) =>
        await page.EvalOnSelectorAsync<string>(selector,
            $"(e) => getComputedStyle(e{(pseudo is null ? "" : $", '{pseudo}'")}).{property}");

    public static double Luminance(string css)
    {
        var match = RgbColour().Match(css);
        Assert.True(match.Success, $"not an rgb() colour: {css}");
        double Channel(int i)
        {
            var c = double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(2) + 0.0722 * Channel(3);
    }

    /// <summary>Pages that stand for every kind the site has: home, each guide, each catalog index, first and last entry.</summary>
    public static IReadOnlyList<string> OneOfEachKind(BuiltSite site, bool allGuides = true) =>
    [
        "index.html",
        .. allGuides ? site.Guides : site.Guides.Take(1),
        .. site.Catalogs.SelectMany(c => new[] { c.Index }.Concat(c.Entries.Take(1)).Concat(c.Entries.TakeLast(1)).Distinct()),
        .. OtherKinds(site),
    ];

    // Every other page, one per shape of path: tags/*/index.html, ruptures/relationship/*/index.html, search, 404...
    private static IEnumerable<string> OtherKinds(BuiltSite site)
    {
        var known = site.Guides.Concat(site.Catalogs.SelectMany(c => c.Entries.Prepend(c.Index))).Append("index.html").ToHashSet();
        return site.Pages
            .Where(p => !known.Contains(p))
            .GroupBy(p => p.Count(c => c == '/') >= 2 ? LastFolder().Replace(p, "*/index.html") : p)
            .Select(g => g.First());
    }

    [GeneratedRegex(@"[^/]+/index\.html$")]
    private static partial Regex LastFolder();

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)")]
    private static partial Regex RgbColour();
}
