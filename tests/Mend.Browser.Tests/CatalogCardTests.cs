using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>The examples page's cards and a severity page's, on a small phone, a phone and a wide screen, light and dark.</summary>
[Trait("Category", "Browser")]
public sealed class CatalogCardTests(SiteBrowser browser)
{
    // For each card that does not show its quote whole, set off (italic, a border at its left) and inside the window:
    // its title and what is wrong.
    private const string CardProblems = """
        () => {
          const right = document.documentElement.clientWidth;
          const problems = [];
          for (const card of document.querySelectorAll("main .card-list > li")) {
            const title = card.querySelector("a")?.textContent.trim() ?? "(no title)";
            const quote = card.querySelector(".card-quote");
            if (!quote) { problems.push(`${title}: no quote`); continue; }
            const text = quote.textContent.trim();
            if (!/^“.+”$/s.test(text)) problems.push(`${title}: the quote is not in quotation marks: ${text}`);
            const look = getComputedStyle(quote);
            if (look.fontStyle !== "italic" || parseFloat(look.borderLeftWidth) < 2)
              problems.push(`${title}: the quote is not set off as one (${look.fontStyle}, a ${look.borderLeftWidth} border)`);
            for (const part of card.querySelectorAll("a, p")) {
              const box = part.getBoundingClientRect();
              const style = getComputedStyle(part);
              if (box.width === 0 || box.height === 0 || style.visibility !== "visible")
                problems.push(`${title}: its ${part.className || part.tagName} is not shown`);
              if (box.left < 0 || box.right > right + 0.5)
                problems.push(`${title}: its ${part.className || part.tagName} spans ${box.left}-${box.right} in a ${right} px window`);
              if (part.tagName === "P" && (part.scrollWidth > part.clientWidth || part.scrollHeight > part.clientHeight))
                problems.push(`${title}: the text of its ${part.className || "p"} is clipped`);
            }
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData(320, ColorScheme.Light)]
    [InlineData(320, ColorScheme.Dark)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task EveryCardShowsItsQuoteWithinTheWindowAndAxeFindsNothing(int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var ruptures = site.CatalogOfKind("ruptures");
        Assert.NotNull(ruptures);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width, 800);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, ruptures.Index);
        var severity = site.PageOf(new Uri(new Uri(page.Url), await page.Locator("main section h2 a").First.GetAttributeAsync("href")).AbsoluteUri);
        Assert.NotNull(severity);
        var problems = new List<string>();

        foreach (var path in new[] { ruptures.Index, severity })
        {
            await page.OpenAsync(site, path);
            Assert.True(await page.Locator("main .card-list > li").CountAsync() > 1, $"{path} lists fewer than two cards");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, innerWidth]");
            if (widths[0] > widths[1])
            {
                problems.Add($"{path}: {widths[0]} px wide in a {widths[1]} px window");
            }
            problems.AddRange((await page.EvaluateAsync<string[]>(CardProblems)).Select(problem => $"{path}: {problem}"));
            var (rules, violations) = await AccessibilityTests.CheckAsync(page, path);
            Assert.True(rules > 10, $"axe ran only {rules} rules on {path}");
            problems.AddRange(violations);
        }

        Assert.True(problems.Count == 0, $"at {width} px, {scheme}:\n" + string.Join('\n', problems.Take(20)));
        watch.AssertNone();
    }
}
