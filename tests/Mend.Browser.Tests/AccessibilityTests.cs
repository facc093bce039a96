using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules find nothing on any kind of page, light or dark.</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SiteBrowser browser)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.FixtureHttp, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.FixtureHttp, ColorScheme.Dark)]
    public async Task AxeFindsNoViolationOnAnyKindOfPage(string siteName, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme);
        await using var _ = context;
        var page = await context.NewPageAsync();
        // Colours are all that changes in the dark: every guide is checked in the light, one of each kind in the dark.
        var pages = Pages.OneOfEachKind(site, allGuides: scheme == ColorScheme.Light);
        var violations = new List<string>();
        var rulesRun = 0;

        foreach (var path in pages)
        {
            await page.OpenAsync(site, path);
            var (rules, found) = await CheckAsync(page, path);
            rulesRun += rules;
            violations.AddRange(found);
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s) in {scheme} mode:\n{string.Join('\n', violations)}");
        Assert.True(rulesRun > pages.Count * 10, $"axe ran only {rulesRun} rules over {pages.Count} pages: did it run at all?");
        watch.AssertNone();
    }

    /// <summary>Runs axe on the page as it is now: how many rules ran, and each violation described.</summary>
    internal static async Task<(int Rules, List<string> Violations)> CheckAsync(IPage page, string label)
    {
        var result = await RunAxeInPageAsync(page);
        return (result.Passes.Length + result.Violations.Length, [.. result.Violations.Select(v =>
            $"{label}: {v.Id} ({v.Impact}): {v.Help}\n    " +
            string.Join("\n    ", v.Nodes.Select(n => $"{n.Target}: {Why(n)}")))]);
    }

    // The default RunAxe finishes every run in a new browser page (about 2 s a page here); the in-page run
    // gives the same results in a fraction of that, and these pages have no frames that would need the other.
    private static async Task<AxeResult> RunAxeInPageAsync(IPage page)
    {
#pragma warning disable CS0618
        return await page.RunAxeLegacy(new AxeRunContext { Include = [new AxeSelector("html")] }, Wcag);
#pragma warning restore CS0618
    }

    private static string Why(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }
            .Where(checks => checks is not null)
            .SelectMany(checks => checks!)
            .Select(check => check.Message)
            .Where(message => !string.IsNullOrEmpty(message))
            .Distinct());
}
