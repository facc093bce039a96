using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// Search on the real site, over http under a sub-path and from file://: the index's manifest loads only when a box
/// is first used and a query loads only the shards it needs, the header box is a combobox that works from the keyboard, Enter opens a section or the search page, the
/// search page filters by facet, and the query is never in a request.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class SearchTests(SiteBrowser browser)
{
    private const string Box = "document.getElementById('search-box-input')";
    private const string Listbox = "document.getElementById('search-box-listbox')";
    private const string PageInput = "document.getElementById('search-page-input')";

    [Theory]
    [InlineData(320, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task TheHeaderBoxResultsLieInsideTheScreen(int width, ColorScheme scheme)
    {
        await using var session = await OpenAsync(SiteBrowser.Sites.RealHttp, "guides/repair-steps/index.html", width, scheme: scheme);
        var page = session.Page;

        await page.Locator("#search-box-input").FocusAsync();
        await page.Keyboard.TypeAsync("apology");
        await WaitForAsync(page, $"!{Listbox}.hidden");

        var edges = await page.EvaluateAsync<double[]>(
            $"(() => {{ const r = {Listbox}.getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth]; }})()");
        Assert.True(edges[0] >= 0 && edges[1] <= edges[2], $"the results run from {edges[0]} to {edges[1]} px on a {edges[2]} px screen");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways with the results open");

        // Each result's kind sits on its title's first line, on one line of its own words.
        var misplaced = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#search-box-listbox .search-option-kind')].filter(kind => {
              const title = kind.parentElement.querySelector('.search-option-title').getClientRects()[0];
              const box = kind.getClientRects();
              const middle = (box[0].top + box[0].bottom) / 2;
              return box.length !== 1 || middle < title.top || middle > title.bottom;
            }).map(kind => kind.parentElement.textContent)
            """);
        Assert.True(misplaced.Length == 0, "kind labels off their title's line: " + string.Join(" | ", misplaced));
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheHeaderBoxLoadsTheIndexOnFirstUseAndWorksFromTheKeyboard(string siteName)
    {
        // The index loads only when the box is first used.
        await using var session = await OpenAsync(siteName, "guides/repair-steps/index.html");
        var page = session.Page;
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.MEND_SEARCH_INDEX"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('script[src*=search-index]').length"));

        // "/" focuses the box, is not typed into it, and starts loading the index.
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-box-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("", await page.EvaluateAsync<string>("document.activeElement.value"));
        await WaitForAsync(page, "typeof window.MEND_SEARCH_INDEX === 'object'");

        // Typing shows a listbox of results with a typo forgiven, the matched words marked, and the count announced.
        await page.Keyboard.TypeAsync("stonewaling");
        await WaitForAsync(page, $"!{Listbox}.hidden");
        Assert.Equal("true", await page.EvaluateAsync<string>($"{Box}.getAttribute('aria-expanded')"));
        var first = await page.EvaluateAsync<string>("document.querySelector('#search-box-listbox [role=option]').getAttribute('data-href')");
        Assert.Matches(@"challenges/stonewalling/(index\.html)?$", first);
        Assert.True(await page.EvaluateAsync<int>("document.querySelectorAll('#search-box-listbox mark').length") > 0,
            "matched words are marked");
        Assert.Matches(@"^\d+ results?$", await TextOnceSetAsync(page, "document.querySelector('.search-box [role=status]')"));

        // Only the shards the words typed so far needed were loaded: a few of the term shards, and no page text.
        var (termShards, loadedTermShards) = (await page.EvaluateAsync<int>("Object.keys(window.MEND_SEARCH_INDEX.terms).length"),
            await page.EvaluateAsync<int>("document.querySelectorAll('script[src*=\"search-index/t/\"]').length"));
        Assert.InRange(loadedTermShards, 1, Math.Min(10, termShards / 4));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('script[src*=\"search-index/x/\"]').length"));

        // Arrows move the active option; Escape closes the listbox, then clears the box.
        await page.Keyboard.PressAsync("ArrowDown");
        var active = await page.EvaluateAsync<string?>($"{Box}.getAttribute('aria-activedescendant')");
        Assert.False(string.IsNullOrEmpty(active), "ArrowDown made no option active");
        Assert.Equal("true", await page.EvaluateAsync<string>($"document.getElementById('{active}').getAttribute('aria-selected')"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(active, await page.EvaluateAsync<string?>($"{Box}.getAttribute('aria-activedescendant')"));

        // Results that arrive after the reader chose an option (a late keystroke's, say) keep that option chosen.
        var chosen = await page.EvaluateAsync<string>($"document.getElementById({Box}.getAttribute('aria-activedescendant')).getAttribute('data-href')");
        await page.EvaluateAsync($"window.mendOldOption = document.querySelector('#search-box-listbox [role=option]'); {Box}.dispatchEvent(new Event('input'))");
        await WaitForAsync(page, "document.querySelector('#search-box-listbox [role=option]') !== window.mendOldOption");
        Assert.Equal(chosen, await page.EvaluateAsync<string>(
            $"document.getElementById({Box}.getAttribute('aria-activedescendant')).getAttribute('data-href')"));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.EvaluateAsync<bool>($"{Listbox}.hidden"), "Escape did not close the listbox");
        Assert.Equal("false", await page.EvaluateAsync<string>($"{Box}.getAttribute('aria-expanded')"));
        Assert.Equal("stonewaling", await page.EvaluateAsync<string>($"{Box}.value"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.EvaluateAsync<string>($"{Box}.value"));

        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task EnterOpensTheActiveSectionOrTheSearchPageWithTheQueryOnlyInItsFragment(string siteName)
    {
        await using var session = await OpenAsync(siteName, "guides/repair-steps/index.html");
        var page = session.Page;

        // Enter on the active option opens that section, without the query in its address.
        await TypeInHeaderBoxAsync(page, "late for dinner");
        await WaitForAsync(page, $"!{Listbox}.hidden");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, "location.href.includes('late-without-message')");
        Assert.DoesNotMatch(@"dinner|[?#]q=", page.Url);

        // Enter with no active option opens the search page with the query in its #fragment only.
        await TypeInHeaderBoxAsync(page, "conditional apology");
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, "location.pathname.includes('/search/')");
        Assert.Equal("#q=conditional%20apology", await page.EvaluateAsync<string>("location.hash"));
        Assert.Equal("", await page.EvaluateAsync<string>("location.search"));
        await WaitForAsync(page, "document.querySelectorAll('.search-result').length > 0");
        Assert.Equal("conditional apology", await page.EvaluateAsync<string>($"{PageInput}.value"));
        var heading = await page.EvaluateAsync<string>("document.querySelector('.search-result-heading').getAttribute('href')");
        Assert.Matches(@"guides/repair-steps/(index\.html)?#apologize$", heading);
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('.search-result-snippet mark') !== null"),
            "the snippet marks no matched word");
        Assert.Matches(@"^\d+ results?$", await TextOnceSetAsync(page, "document.querySelector('[data-search-status]')"));

        // The search page follows a new #q= from the header box.
        await TypeInHeaderBoxAsync(page, "forgive");
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, $"{PageInput}.value === 'forgive'");

        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheHeaderBoxEndsWithSeeAllResultsAnOptionTheKeyboardReachesThatOpensTheSearchPage(string siteName)
    {
        await using var session = await OpenAsync(siteName, "guides/repair-steps/index.html");
        var page = session.Page;

        await TypeInHeaderBoxAsync(page, "sorry");
        await WaitForAsync(page, $"!{Listbox}.hidden");
        var count = await TextOnceSetAsync(page, "document.querySelector('.search-box [role=status]')");
        var total = int.Parse(count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var options = page.Locator("#search-box-listbox [role=option]");
        Assert.True(total > await options.CountAsync() - 1, $"'sorry' finds {total} results, too few to need the search page");
        Assert.Equal($"See all {total} results", (await options.Last.InnerTextAsync()).Trim());

        // ArrowUp from the box reaches it first, as the last option; Enter opens the search page with the query.
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(await options.Last.GetAttributeAsync("id"), await page.EvaluateAsync<string?>($"{Box}.getAttribute('aria-activedescendant')"));
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, "location.pathname.includes('/search/')");
        Assert.Equal("#q=sorry", await page.EvaluateAsync<string>("location.hash"));
        await WaitForAsync(page, $"document.querySelector('[data-search-status]') && document.querySelector('[data-search-status]').textContent === '{count}'");

        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheSearchPageFiltersByFacetWithTheKindsLabelsFromTheIndex(string siteName)
    {
        await using var session = await OpenAsync(siteName, "search/index.html");
        var page = session.Page;
        var filters = page.Locator("summary", new() { HasText = "Filter results" });

        await page.Locator("#search-page-input").FillAsync("you");
        await WaitForAsync(page, "document.querySelectorAll('.search-result').length > 0");
        // The filters are folded away until the reader opens them.
        Assert.True(await filters.IsVisibleAsync(), "no 'Filter results' for a query with results");
        Assert.False(await page.Locator("input[data-facet]").First.IsVisibleAsync(), "the filters are open before the reader asked");
        await filters.ClickAsync();
        var boxes = await page.Locator("input[data-facet]").CountAsync();
        Assert.True(boxes >= 5, $"{boxes} facet checkboxes");
        // The kind filters carry the index's plural labels.
        Assert.Contains("Examples", await page.Locator("[data-facet-list=kind]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Examples", Exact = true }).CheckAsync();
        // The facets' data loads the first time a filter is used.
        await WaitForAsync(page, "document.querySelectorAll('.search-result-kind').length > 0 && [...document.querySelectorAll('.search-result-kind')].every(k => k.textContent === 'Example')");
        var kinds = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.search-result-kind')].map(k => k.textContent)");
        Assert.NotEmpty(kinds);
        // A result's kind line is the index's singular label.
        Assert.Equal(["Example"], kinds.Distinct());

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Major ruptures", Exact = true }).CheckAsync();
        await WaitForAsync(page, "document.querySelectorAll('.search-result-title a').length > 0");
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.search-result-title a')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains("ruptures/", link, StringComparison.Ordinal));
        // The summary says how many filters are on, so a closed disclosure does not hide them.
        Assert.Equal("Filter results (2 chosen)", (await filters.InnerTextAsync()).Trim());

        // With filters on and nothing found, they stay in reach to be taken off.
        await page.Locator("#search-page-input").FillAsync("xqzvwk");
        await WaitForAsync(page, "document.querySelector('[data-search-status]').textContent === 'No results'");
        Assert.True(await filters.IsVisibleAsync(), "the filters went away while two were on and nothing was found");

        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task OnAPhoneTheFirstResultShowsOnTheFirstScreenWithTheFiltersFoldedBelowTheCount(int width)
    {
        await using var session = await OpenAsync(SiteBrowser.Sites.RealHttp, "search/index.html#q=sorry", width, height: 667);
        var page = session.Page;
        await WaitForAsync(page, "document.querySelectorAll('.search-result').length > 0 && document.querySelector('[data-search-status]').textContent !== ''");

        var edges = await page.EvaluateAsync<double[]>("""
            () => {
              const status = document.querySelector('[data-search-status]').getBoundingClientRect();
              const filters = [...document.querySelectorAll('summary')].find(s => s.textContent.startsWith('Filter results'));
              const box = filters ? filters.getBoundingClientRect() : { top: -1, bottom: -1 };
              const title = document.querySelector('.search-result-title').getBoundingClientRect();
              return [status.bottom, box.top, box.bottom, title.top, title.bottom, window.innerHeight];
            }
            """);
        var (statusBottom, filtersTop, filtersBottom, resultTop, resultBottom, screen) = (edges[0], edges[1], edges[2], edges[3], edges[4], edges[5]);
        Assert.True(resultBottom <= screen, $"the first result's title ends at {resultBottom} px, below the first {screen} px screen");
        Assert.True(filtersTop >= statusBottom && filtersBottom <= resultTop,
            $"'Filter results' ({filtersTop} to {filtersBottom} px) is not between the count (ends at {statusBottom} px) and the first result ({resultTop} px)");
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('input[data-facet]')].filter(b => b.checkVisibility()).length"));
        await session.AssertNothingLeakedAsync();
    }

    [Fact]
    public async Task WithNoResultsThereIsNothingToFilter()
    {
        await using var session = await OpenAsync(SiteBrowser.Sites.RealHttp, "search/index.html#q=xqzvwk", 375);
        var page = session.Page;
        await WaitForAsync(page, "document.querySelector('[data-search-status]').textContent === 'No results'");

        Assert.False(await page.Locator("input[data-facet]").First.IsVisibleAsync(), "filters show for a search with no results");
        Assert.False(await page.Locator("summary", new() { HasText = "Filter results" }).IsVisibleAsync(), "'Filter results' shows for a search with no results");
        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light, false)]
    [InlineData(ColorScheme.Dark, false)]
    [InlineData(ColorScheme.Light, true)] // dark chosen with the toggle
    [InlineData(ColorScheme.Dark, true)] // light chosen with the toggle
    public async Task MarkedWordsStandOutAndStayReadableInBothThemes(ColorScheme scheme, bool toggle)
    {
        await using var session = await OpenAsync(SiteBrowser.Sites.RealHttp, "search/index.html#q=sorry", scheme: scheme);
        var page = session.Page;
        if (toggle)
        {
            await page.Locator(".theme-toggle").ClickAsync();
        }
        var theme = (scheme == ColorScheme.Dark) != toggle ? "dark" : "light";
        await WaitForAsync(page, "document.querySelectorAll('.search-results mark').length > 0");
        var (_, violations) = await AccessibilityTests.CheckAsync(page, $"search results, {theme}");
        var marks = await MarksAsync(page);

        // And in the header box's results, with an option chosen: it has a background of its own.
        await TypeInHeaderBoxAsync(page, "apology");
        await WaitForAsync(page, $"!{Listbox}.hidden && {Listbox}.querySelector('mark') !== null");
        await page.Keyboard.PressAsync("ArrowDown");
        marks = [.. marks, .. await MarksAsync(page)];

        Assert.True(marks.Length > 2, "no marks to measure");
        foreach (var mark in marks)
        {
            Assert.True(mark.Text >= 4.5, $"'{mark.Word}' is marked with a text contrast of {mark.Text:0.00}:1, below 4.5:1 ({theme})");
            // In the dark a mark is a light patch; in the light, a clearly coloured one.
            Assert.True(theme == "dark" ? mark.FromPage >= 3 : mark.Chroma >= 60,
                $"the mark on '{mark.Word}' hardly stands out ({theme}: {mark.FromPage:0.00}:1 against the page, chroma {mark.Chroma})");
        }
        Assert.Empty(violations);
        await session.AssertNothingLeakedAsync();
    }

    // Settable, for Playwright to fill in from the page's objects.
    private sealed class Mark
    {
        public string Word { get; set; } = "";
        public double Text { get; set; }
        public double FromPage { get; set; }
        public double Chroma { get; set; }
    }

    /// <summary>
    /// Each mark's text against its background as drawn (its ancestors' backgrounds composed on a canvas), that
    /// background against the page's, and how coloured it is (the spread of its red, green and blue, 0 to 255).
    /// </summary>
    private static async Task<Mark[]> MarksAsync(IPage page) =>
        (await page.EvaluateAsync<Mark[]>("""
            () => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              const paint = colours => {
                ctx.fillStyle = '#fff';
                ctx.fillRect(0, 0, 1, 1);
                colours.forEach(c => { ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1); });
                return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
              };
              const layers = e => {
                const found = [];
                for (let n = e; n; n = n.parentElement) found.unshift(getComputedStyle(n).backgroundColor);
                return found;
              };
              const luminance = rgb => rgb.map(v => v / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
                .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
              const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const page = paint(layers(document.body));
              return [...document.querySelectorAll('.search-results mark, .search-box mark')].map(mark => {
                const back = paint(layers(mark));
                const text = paint([...layers(mark), getComputedStyle(mark).color]);
                return { word: mark.textContent, text: contrast(text, back), fromPage: contrast(back, page), chroma: Math.max(...back) - Math.min(...back) };
              });
            }
            """));

    /// <summary>A new browser context, watched and with its requests recorded, and a page opened in it.</summary>
    private async Task<Session> OpenAsync(string siteName, string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width, height);
        var requests = Requests(context);
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, path);
        return new Session(context, watch, requests, page);
    }

    private sealed record Session(IBrowserContext Context, PageWatch Watch, List<string> Requests, IPage Page) : IAsyncDisposable
    {
        /// <summary>Nothing requested from anywhere else, no request carried the query, and nothing failed.</summary>
        public async Task AssertNothingLeakedAsync()
        {
            await Task.Delay(500);
            string[] carriedQuery;
            lock (Requests)
            {
                carriedQuery = [.. Requests.Where(url => QueryInUrl().IsMatch(url))];
            }
            Assert.Empty(carriedQuery);
            Watch.AssertNone();
        }

        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }

    /// <summary>
    /// Waits until a script expression is true. Playwright's WaitForFunctionAsync runs its text with eval in the page,
    /// which the site's Content-Security-Policy refuses, so this polls from outside instead.
    /// </summary>
    private static async Task WaitForAsync(IPage page, string condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        for (;;)
        {
            try
            {
                if (await page.EvaluateAsync<bool>($"!!({condition})"))
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // A navigation replaced the document while it was asked: ask the new one.
            }
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {condition}");
            await Task.Delay(25);
        }
    }

    /// <summary>Every URL the context requests, in order.</summary>
    private static List<string> Requests(IBrowserContext context)
    {
        var urls = new List<string>();
        context.Request += (_, request) =>
        {
            lock (urls)
            {
                urls.Add(request.Url);
            }
        };
        return urls;
    }

    // After a navigation the new document may still be loading: wait for its box before using it.
    private static async Task TypeInHeaderBoxAsync(IPage page, string text)
    {
        await WaitForAsync(page, $"document.readyState === 'complete' && {Box} !== null");
        await page.EvaluateAsync($"{Box}.focus()");
        await page.Keyboard.TypeAsync(text);
    }

    // A live region is set a moment after typing stops.
    private static async Task<string> TextOnceSetAsync(IPage page, string element)
    {
        await WaitForAsync(page, $"{element}.textContent !== ''");
        return await page.EvaluateAsync<string>($"{element}.textContent");
    }

    [GeneratedRegex(@"stonew|dinner|apology|forgive|sorry|xqzvwk|[?&]q=")]
    private static partial Regex QueryInUrl();
}
