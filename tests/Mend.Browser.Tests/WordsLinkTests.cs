using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// On a phone, an entry's page offers a way past the story to the words to say, on its first screen; a rupture entry
/// also one to the part for the one who was hurt (every entry of the real catalog has one).
/// </summary>
[Trait("Category", "Browser")]
public sealed class WordsLinkTests(SiteBrowser browser)
{
    private const int Width = 375;
    private const int Height = 667;

    // Where an element is in the window: [top, bottom], in px from the window's top.
    private const string Span = "(e) => { const box = e.getBoundingClientRect(); return [box.top, box.bottom]; }";

    [Theory]
    [InlineData("ruptures", "repair", "Skip to the words that repair")]
    [InlineData("ruptures", "if-you-were-hurt", "If you were hurt")]
    [InlineData("challenges", "better-response", "Skip to a better response")]
    public async Task OnEveryEntryTheLinkIsOnTheFirstScreenAndBringsTheWordsFullyIntoView(string kind, string id, string text)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var catalog = site.CatalogOfKind(kind);
        Assert.NotNull(catalog);
        var (context, watch) = await browser.NewContextAsync(site, width: Width, height: Height);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var entries = 0;

        foreach (var path in catalog.Entries)
        {
            await page.OpenAsync(site, path);
            if (await page.Locator("article.entry").CountAsync() == 0)
            {
                continue; // a severity page
            }
            entries++;
            var link = page.Locator($"article.entry a[href='#{id}']");
            Assert.True(await link.CountAsync() == 1, $"{path} has no link to #{id}");
            Assert.Equal(text, (await link.InnerTextAsync()).Trim());
            var at = await link.EvaluateAsync<double[]>(Span);
            if (at[0] < 0 || at[1] > Height)
            {
                problems.Add($"{path}: the link is at {at[0]:0}-{at[1]:0} px, not on the first {Height} px screen");
            }
            var heading = page.Locator($"h2#{id}");
            var before = await heading.EvaluateAsync<double[]>(Span);
            Assert.True(before[0] > Height, $"{path}: the heading is on the first screen already ({before[0]:0} px), so the link proves nothing");

            await link.ClickAsync();
            await page.WaitForFunctionAsync("(id) => location.hash === '#' + id", id);
            var after = await heading.EvaluateAsync<double[]>(Span);
            if (after[0] < 0 || after[1] > Height)
            {
                problems.Add($"{path}: after the link the heading is at {after[0]:0}-{after[1]:0} px, not fully in the {Height} px window");
            }
        }

        Assert.True(entries > 1, $"only {entries} {kind} entries to check");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        watch.AssertNone();
    }

    [Fact]
    public async Task PaperLeavesTheLinkOut()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();

        foreach (var kind in new[] { "ruptures", "challenges" })
        {
            await page.OpenAsync(site, site.CatalogOfKind(kind)!.Entries[0]);
            Assert.True(await page.Locator(".jump-link a").First.IsVisibleAsync(), $"no link to the words on screen on a {kind} entry");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.Equal("none", await page.ComputedAsync(".jump-link", "display"));
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
        watch.AssertNone();
    }
}
