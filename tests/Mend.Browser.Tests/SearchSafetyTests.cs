using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// Safety in search: a query whose words speak of danger shows a line pointing to the safety guide above its results
/// (and as the header box's first option), with the guide first; a query with no results is never a dead end: it
/// offers spelling suggestions, the site's sections and the safety guide. Over http and from file://.
/// </summary>
public sealed partial class SearchTests
{
    private const string SafetyLine = "document.querySelector('.search-page [data-search-safety]')";

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task ADangerQueryShowsTheSafetyLineAboveTheResultsWithTheSafetyGuideFirst(string siteName)
    {
        await using var session = await OpenAsync(siteName, "search/index.html", 375);
        var page = session.Page;

        foreach (var query in new[] { "he hits me", "gaslighting" })
        {
            await page.Locator("#search-page-input").FillAsync(query);
            await WaitForAsync(page, $"!{SafetyLine}.hidden && document.querySelectorAll('.search-result').length > 0");
            var line = page.Locator("[data-search-safety]");
            Assert.True(await line.IsVisibleAsync(), $"'{query}': no safety line");
            Assert.StartsWith("If you are in danger, your safety comes first", (await line.InnerTextAsync()).Trim(), StringComparison.Ordinal);
            Assert.Matches(@"guides/safety/(index\.html)?$", await line.Locator("a").GetAttributeAsync("href"));
            Assert.Matches(@"guides/safety/(index\.html)?$",
                await page.Locator(".search-result-title a").First.GetAttributeAsync("href"));
            var above = await page.EvaluateAsync<bool>(
                $"{SafetyLine}.getBoundingClientRect().bottom <= document.querySelector('.search-result').getBoundingClientRect().top");
            Assert.True(above, $"'{query}': the safety line is not above the results");
        }

        // The keyboard reaches it straight from the box.
        await page.Locator("#search-page-input").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>($"document.activeElement === {SafetyLine}.querySelector('a')"), "Tab from the box does not reach the safety link");
        await AssertAxeCleanAsync(siteName, page, "the search page's safety line");

        // An everyday query has no safety line.
        await page.Locator("#search-page-input").FillAsync("sorry");
        await WaitForAsync(page, $"{SafetyLine}.hidden && document.querySelectorAll('.search-result').length > 0");
        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task AQueryWithNoResultsOffersSuggestionsTheSectionsAndTheSafetyGuide(string siteName)
    {
        await using var session = await OpenAsync(siteName, "search/index.html", 375);
        var page = session.Page;
        var cases = new (string Query, string? Suggestion)[]
        {
            ("aplogyy", "apology"), ("frogive", "forgive"), ("stonewalingg", "stonewalling"), ("anivresary", "anniversary"),
            ("gaslihgting", "gaslighting"), ("zxqv", null),
        };

        foreach (var (query, suggestion) in cases)
        {
            // From a query with results, so that what shows next is this query's.
            await page.Locator("#search-page-input").FillAsync("sorry");
            await WaitForAsync(page, "document.querySelectorAll('.search-result').length > 0");
            await page.Locator("#search-page-input").FillAsync(query);
            await WaitForAsync(page, "document.querySelectorAll('.search-result').length === 0 && !document.querySelector('[data-search-none]').hidden");
            Assert.True(await page.Locator("[data-search-safety] a").IsVisibleAsync(), $"'{query}': no safety link");
            var sections = await page.Locator("[data-search-none] a").CountAsync();
            Assert.True(sections >= 4, $"'{query}': {sections} links to the sections");
            var offered = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.search-suggestion')].filter(b => b.checkVisibility()).map(b => b.textContent)");
            if (suggestion is null)
            {
                Assert.Empty(offered);
            }
            else
            {
                Assert.True(offered.Length > 0 && offered[0] == suggestion, $"'{query}': offered {string.Join(", ", offered)}, not {suggestion} first");
            }
        }

        await AssertAxeCleanAsync(siteName, page, "the search page with no results");

        // A suggestion is a button the keyboard reaches: it searches for its words.
        await page.Locator("#search-page-input").FillAsync("aplogyy");
        await WaitForAsync(page, "[...document.querySelectorAll('.search-suggestion')].some(b => b.textContent === 'apology')");
        await page.Locator(".search-suggestion").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, "document.querySelectorAll('.search-result').length > 0");
        Assert.Equal("apology", await page.Locator("#search-page-input").InputValueAsync());
        Assert.True(await page.Locator("[data-search-none]").IsHiddenAsync(), "the help for no results stays with results");
        await session.AssertNothingLeakedAsync();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheHeaderBoxPutsTheSafetyGuideFirstAndOffersSuggestionsAndSectionsForNoResults(string siteName)
    {
        await using var session = await OpenAsync(siteName, "guides/repair-steps/index.html");
        var page = session.Page;
        var options = page.Locator("#search-box-listbox [role=option]");

        await TypeInHeaderBoxAsync(page, "he hits me");
        await WaitForAsync(page, $"!{Listbox}.hidden && document.querySelector('#search-box-listbox .search-option-safety') !== null");
        Assert.StartsWith("If you are in danger, your safety comes first", (await options.First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Matches(@"/safety/(index\.html)?$", await options.First.GetAttributeAsync("data-href"));
        Assert.Matches(@"/safety/(index\.html)?(#.*)?$", await options.Nth(1).GetAttributeAsync("data-href"));
        await AssertAxeCleanAsync(siteName, page, "the header box with the safety line");

        await page.EvaluateAsync($"{Box}.value = ''");
        await page.Keyboard.TypeAsync("aplogyy");
        await WaitForAsync(page, $"!{Listbox}.hidden && [...document.querySelectorAll('#search-box-listbox [role=option]')].some(o => o.textContent.trim() === 'Did you mean: apology?')");
        var texts = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#search-box-listbox [role=option]')].map(o => o.textContent.trim())");
        Assert.StartsWith("If you are in danger", texts[0], StringComparison.Ordinal);
        Assert.Equal("Did you mean: apology?", texts[1]);
        Assert.Contains("Browse: Examples", texts);

        // Down to the suggestion, Enter: the box searches for it.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await WaitForAsync(page, $"{Box}.value === 'apology' && document.querySelectorAll('#search-box-listbox .search-option-help').length === 0 && !{Listbox}.hidden");
        Assert.Contains("guides/repair-steps/", await page.EvaluateAsync<string>("location.pathname"), StringComparison.Ordinal);
        await session.AssertNothingLeakedAsync();
    }

    // axe reads the style sheets, which a page from file:// may not: it checks the same page over http.
    private static async Task AssertAxeCleanAsync(string siteName, IPage page, string label)
    {
        if (siteName == SiteBrowser.Sites.RealHttp)
        {
            var (_, violations) = await AccessibilityTests.CheckAsync(page, label);
            Assert.Empty(violations);
        }
    }
}
