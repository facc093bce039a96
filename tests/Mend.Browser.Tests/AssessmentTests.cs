using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// The self-assessment in the browser, over http and from file://: a known pattern of answers gives the expected
/// bands, partial answers give partial results, keep and forget work, nothing leaves the page, axe finds nothing.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AssessmentTests(SiteBrowser browser)
{
    private const string FixturePage = "quick-check/index.html";

    private static Task AnswerAsync(IPage page, string question, string value) =>
        page.Locator($"fieldset[data-question='{question}'] input[value='{value}']").CheckAsync();

    private static async Task<string> BandAsync(IPage page, string dimension) =>
        (await page.Locator($".results .result[data-dimension='{dimension}'] .result-band").InnerTextAsync()).Trim();

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task ShowMyResultsIsFilledAndForgetMyAnswersOutlined(ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        var show = await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" })
            .EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        var forget = await page.GetByRole(AriaRole.Button, new() { Name = "Forget my answers" })
            .EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");

        Assert.Equal("rgba(0, 0, 0, 0)", forget);
        Assert.NotEqual(forget, show);
        var (_, violations) = await AccessibilityTests.CheckAsync(page, $"the assessment's buttons, {scheme}");
        Assert.Empty(violations);
        watch.AssertNone();
    }

    [Theory]
    [InlineData(320, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task TheFocusedResultsLieWhollyBelowTheStickyQuickExitBar(int width, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme, width, 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        await page.Locator("fieldset[data-question] input[type=radio]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        // The top of what took the focus is not under the bar that stays at the top of the screen.
        var (barBottom, focusedTop) = (await page.EvaluateAsync<double>("document.querySelector('.quick-exit').getBoundingClientRect().bottom"),
            await page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('.results, .results *')"), "the results did not take the focus");
        Assert.True(focusedTop >= barBottom, $"the focused results start at {focusedTop} px, under the quick-exit bar, which ends at {barBottom} px");
        watch.AssertNone();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TheChartReadsOnAPhoneWithEachAreasBandAndNoScoreOverItsLabel(int width)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: width, height: 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));
        var statements = page.Locator("fieldset[data-question]");
        for (var i = 0; i < await statements.CountAsync(); i++)
        {
            await statements.Nth(i).Locator("input[type=radio] >> nth=" + (i % 3 + 1)).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        // The size text is drawn at: its CSS size, times the scale of an SVG's viewBox where it is in one.
        var texts = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.result-chart .chart-label, .result-chart .chart-value')].map(e => {
              const size = parseFloat(getComputedStyle(e).fontSize) * (e.getScreenCTM ? e.getScreenCTM().a : 1);
              return size.toFixed(1) + ' ' + e.textContent;
            })
            """);
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.True(double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 14,
            $"chart text drawn at {text.Split(' ')[0]} px, under 14 px: '{text[(text.IndexOf(' ') + 1)..]}'"));

        // No label's box meets a score's.
        var overlaps = await page.EvaluateAsync<string[]>("""
            () => {
              const boxes = selector => [...document.querySelectorAll('.result-chart ' + selector)].map(e => [e.textContent, e.getBoundingClientRect()]);
              const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              return boxes('.chart-label').flatMap(([label, l]) => boxes('.chart-value').filter(([, v]) => meet(l, v)).map(([value]) => label + ' / ' + value));
            }
            """);
        Assert.True(overlaps.Length == 0, "labels and scores overlap: " + string.Join(" | ", overlaps));

        // Each area's row shows its band, as the text results name it, and the chart's name gives them all.
        var chart = page.Locator(".results .result-chart[role=img]");
        var name = await chart.GetAttributeAsync("aria-label") ?? "";
        var results = page.Locator(".results .result");
        var count = await results.CountAsync();
        Assert.True(count >= 6, $"only {count} areas have a result");
        Assert.Equal(count, await chart.Locator(".chart-value").CountAsync());
        for (var i = 0; i < count; i++)
        {
            var title = (await results.Nth(i).Locator("h3").InnerTextAsync()).Trim();
            var band = (await results.Nth(i).Locator(".result-band").InnerTextAsync()).Trim();
            Assert.Contains(band, await chart.Locator(".chart-value").Nth(i).InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains($"{title}: ", name, StringComparison.Ordinal);
            Assert.Contains($"{title}: {band}", name, StringComparison.Ordinal);
        }
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.FixtureHttp)]
    [InlineData(SiteBrowser.Sites.FixtureFile)]
    public async Task AZeroToThreeScaleWithReverseItemsScoresAsExpected(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, FixturePage);
        // axe reads stylesheets with XHR, which file:// refuses (and reports as console errors): it runs over http.
        var (_, before) = site.IsFile ? (0, []) : await AccessibilityTests.CheckAsync(page, "before answering");

        await AnswerAsync(page, "l1", "0");
        await AnswerAsync(page, "l2", "0"); // reversed: counts 3
        await AnswerAsync(page, "s1", "3");
        Assert.Equal("3 of 4 answered", (await page.Locator(".progress").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        Assert.Equal("Getting there", await BandAsync(page, "listening-habits")); // mean 1.5
        Assert.Equal("A strength", await BandAsync(page, "saying-sorry-habits")); // 3, from one of two
        Assert.Contains("Partial results: 3 of 4", await page.Locator(".results .partial").InnerTextAsync(), StringComparison.Ordinal);
        var start = await page.Locator(".results .start-here").InnerTextAsync();
        Assert.Contains("Start here this week", start, StringComparison.Ordinal);
        Assert.Contains("Listening", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Saying sorry", start, StringComparison.Ordinal);

        await AnswerAsync(page, "s2", "3"); // reversed: counts 0, so the mean is 1.5: the first band's max, inclusive
        Assert.Equal("Room to grow", await BandAsync(page, "saying-sorry-habits"));
        Assert.Equal(0, await page.Locator(".results .partial").CountAsync());
        Assert.Equal(1, await page.Locator(".results .result-chart[role=img]").CountAsync());
        var (_, after) = site.IsFile ? (0, []) : await AccessibilityTests.CheckAsync(page, "with results");

        Assert.True(before.Count + after.Count == 0, string.Join('\n', before.Concat(after)));
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp)]
    [InlineData(SiteBrowser.Sites.RealFile)]
    public async Task TheRealAssessmentAnsweredAllTheBestWayShowsEveryDimensionAsAStrength(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var path = Assert.Single(site.Assessments);
        await page.OpenAsync(site, path);

        var statements = page.Locator("fieldset[data-question]");
        var count = await statements.CountAsync();
        Assert.InRange(count, 14, 17);
        for (var i = 0; i < count; i++)
        {
            var statement = statements.Nth(i);
            if (await statement.GetAttributeAsync("data-dimension") == "")
            {
                await statement.Locator("input[type=radio] >> nth=0").CheckAsync(); // scores no area: only a pattern reads it
                continue;
            }
            var reverse = string.Equals(await statement.GetAttributeAsync("data-reverse"), "true", StringComparison.OrdinalIgnoreCase);
            await statement.Locator(reverse ? "input[type=radio] >> nth=0" : "input[type=radio] >> nth=-1").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        Assert.Equal(0, await page.Locator(".results .pattern-card").CountAsync());
        var bands = await page.Locator(".results .result-band").AllInnerTextsAsync();
        Assert.True(bands.Count >= 6, $"only {bands.Count} dimensions have a result");
        Assert.All(bands, band => Assert.Equal("A strength", band.Trim()));
        if (!site.IsFile)
        {
            var (_, violations) = await AccessibilityTests.CheckAsync(page, "real assessment with results");
            Assert.Empty(violations);
        }
        watch.AssertNone();
    }

    /// <summary>Answers every statement of the real assessment: the area's pick, or "fear" for the one that scores none.</summary>
    private static async Task AnswerAllAsync(IPage page, Func<string, bool, int> pick)
    {
        var statements = page.Locator("fieldset[data-question]");
        for (var i = 0; i < await statements.CountAsync(); i++)
        {
            var statement = statements.Nth(i);
            var dimension = await statement.GetAttributeAsync("data-dimension") ?? "";
            var reverse = string.Equals(await statement.GetAttributeAsync("data-reverse"), "true", StringComparison.OrdinalIgnoreCase);
            await statement.Locator($"input[type=radio] >> nth={pick(dimension, reverse)}").CheckAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task OnAPhoneFearAnswersLeadWithTheSafetyCardThenStartHereAndTheAreasInWords(ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, scheme, 375, 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        // Owning and apologising at the far end, never raising a hurt, and afraid: "Almost always" to the fear statement.
        await AnswerAllAsync(page, (dimension, reverse) => dimension switch
        {
            "" => 4,
            "hurt-side" => reverse ? 4 : 0,
            _ => reverse ? 0 : 4,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        var cards = page.Locator(".results .card");
        Assert.Equal("fear", await cards.Nth(0).GetAttributeAsync("data-pattern"));
        Assert.Contains("/safety/", await cards.Nth(0).Locator("a").First.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
        Assert.Equal("all-blame", await cards.Nth(1).GetAttributeAsync("data-pattern"));
        var blameLinks = await cards.Nth(1).Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(blameLinks, href => href.Contains("raising-a-hurt", StringComparison.Ordinal));
        Assert.Contains(blameLinks, href => href.Contains("trusting-yourself-again", StringComparison.Ordinal));
        Assert.Contains("start-here", await cards.Nth(2).GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        var start = await cards.Nth(2).InnerTextAsync();
        Assert.Contains("When you were the one hurt", start, StringComparison.Ordinal);
        Assert.Contains("Room to grow", start, StringComparison.Ordinal);
        Assert.Equal(1, await cards.Nth(2).Locator("a").CountAsync());

        // The areas by need, in words: the one hurt first; a high score on owning it is not called a strength.
        Assert.Equal("hurt-side", await page.Locator(".results .result").First.GetAttributeAsync("data-dimension"));
        Assert.StartsWith("See “", await BandAsync(page, "ownership"), StringComparison.Ordinal);
        Assert.Equal("A strength", await BandAsync(page, "listening"));
        var text = await page.Locator(".results").InnerTextAsync();
        Assert.DoesNotMatch(@"\d\.\d|out of \d", text);
        Assert.DoesNotMatch(@"\d\.\d", await page.Locator(".results .result-chart").GetAttributeAsync("aria-label") ?? "");

        var (_, violations) = await AccessibilityTests.CheckAsync(page, $"results with fear answers at 375 px, {scheme}");
        Assert.Empty(violations);
        watch.AssertNone();
    }

    [Fact]
    public async Task AreasLevelAtTheLowestAreAllNamedAsATie()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: 375, height: 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        await AnswerAllAsync(page, (dimension, _) => dimension == "" ? 0 : 2); // "About half the time" throughout
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        var start = page.Locator(".results .start-here");
        Assert.Matches(@"^\w+ areas are level; start with any one of them:$", (await start.Locator(".tie").InnerTextAsync()).Trim());
        Assert.Equal(await page.Locator(".results .result").CountAsync(), await start.Locator("li").CountAsync());
        Assert.Equal(0, await page.Locator(".results .pattern-card").CountAsync());
        watch.AssertNone();
    }

    [Fact]
    public async Task OnAPhoneTheProgressStaysInViewUnderTheQuickExitBarAndTheDownloadHasANeutralName()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site, width: 375, height: 700);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        var statements = page.Locator("fieldset[data-question]");
        var total = await statements.CountAsync();
        for (var i = 0; i < 9; i++)
        {
            await statements.Nth(i).Locator("input[type=radio] >> nth=1").CheckAsync();
        }
        var progress = page.Locator(".progress");
        Assert.Equal($"9 of {total} answered", (await progress.InnerTextAsync()).Trim());
        Assert.Null(await progress.GetAttributeAsync("aria-live"));
        var (barBottom, top) = (await page.EvaluateAsync<double>("document.querySelector('.quick-exit').getBoundingClientRect().bottom"),
            await progress.EvaluateAsync<double>("e => e.getBoundingClientRect().top"));
        Assert.True(top >= barBottom - 0.5 && top < barBottom + 20, $"the progress line is at {top} px; the quick-exit bar ends at {barBottom} px");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download my results" }).ClickAsync());
        Assert.Matches(@"^notes-\d{4}-\d{2}-\d{2}\.txt$", download.SuggestedFilename);
        watch.AssertNone();
    }

    [Theory]
    [InlineData(SiteBrowser.Sites.FixtureHttp)]
    [InlineData(SiteBrowser.Sites.FixtureFile)]
    public async Task KeptAnswersComeBackAfterAReloadAndForgottenOnesDoNot(string siteName)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, FixturePage);

        await AnswerAsync(page, "l1", "2");
        await page.ReloadAsync();
        Assert.False(await page.Locator("fieldset[data-question='l1'] input[value='2']").IsCheckedAsync(), "answers were kept without asking");

        await page.Locator("#keep-answers").CheckAsync();
        await AnswerAsync(page, "l1", "2");
        await page.ReloadAsync();
        Assert.True(await page.Locator("fieldset[data-question='l1'] input[value='2']").IsCheckedAsync(), "the kept answer did not come back");

        await page.GetByRole(AriaRole.Button, new() { Name = "Forget my answers" }).ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("fieldset[data-question] input:checked").CountAsync());
        watch.AssertNone();
    }

    [Fact]
    public async Task WithoutJavaScriptThePageListsTheStatementsAndAPaperScoringKey()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.FixtureHttp);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, FixturePage);

        Assert.Equal(4, await page.Locator("fieldset[data-question]").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).CountAsync());
        Assert.False(await page.Locator(".scoring-key details").EvaluateAsync<bool>("d => d.open"), "the paper key does not fold away");
        await page.Locator(".scoring-key summary").ClickAsync();
        var key = await page.Locator(".scoring-key").InnerTextAsync();
        Assert.Contains("reversed", key, StringComparison.Ordinal);
        Assert.Contains("Room to grow", key, StringComparison.Ordinal);
    }
}
