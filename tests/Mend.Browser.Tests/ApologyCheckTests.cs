using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// The apology checker in the browser, over http and from file://: an apology with a conditional and blame-shifting
/// shows both findings with their kinder words and what is missing, nothing is stored or sent, axe finds nothing;
/// without JavaScript the checklist shows and the form does not.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ApologyCheckTests(SiteBrowser browser)
{
    private const string CheckerPage = "apology-check/index.html";

    private const string Apology = "I'm sorry if you were offended, but you started it.";

    [Theory]
    [InlineData(SiteBrowser.Sites.RealHttp, ColorScheme.Light)]
    [InlineData(SiteBrowser.Sites.RealHttp, ColorScheme.Dark)]
    [InlineData(SiteBrowser.Sites.RealFile, ColorScheme.Light)]
    public async Task AConditionalAndBlameShiftingAreFoundWithKinderWordsAndNothingIsStoredOrSent(string siteName, ColorScheme scheme)
    {
        browser.Require();
        var site = browser.Site(siteName);
        var (context, watch) = await browser.NewContextAsync(site, scheme, 375, 800);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, CheckerPage);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your apology" }).FillAsync(Apology);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my apology" }).ClickAsync();

        var results = page.Locator("[data-apology-results]");
        Assert.Equal("polite", await results.GetAttributeAsync("aria-live"));
        var conditional = results.Locator("[data-finding=conditional]");
        var blame = results.Locator("[data-finding=blame-shifting]");
        Assert.Contains("if you were offended", await conditional.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("but you", await blame.InnerTextAsync(), StringComparison.Ordinal);
        foreach (var id in new[] { "conditional", "blame-shifting" })
        {
            var better = await page.Locator($".apology-checklist [data-check='{id}'] .apology-check-better").InnerTextAsync();
            Assert.Equal(better, await results.Locator($"[data-finding='{id}'] .apology-check-better").InnerTextAsync());
        }
        Assert.Equal(["what-happened", "effect", "change"],
            await results.Locator(".apology-finding-missing").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.finding)"));
        var width = await page.EvaluateAsync<double>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the page is {width} px wide at 375");

        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Empty(requests);
        watch.AssertNone();
        // axe reads the style sheets, which a file:// page may not: it checks the page over http.
        if (siteName == SiteBrowser.Sites.RealHttp)
        {
            var (_, violations) = await AccessibilityTests.CheckAsync(page, $"the apology checker's findings, {scheme}");
            Assert.Empty(violations);
        }
    }

    [Fact]
    public async Task TheFindingsFollowTheTextAsItIsTyped()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, CheckerPage);
        var input = page.GetByRole(AriaRole.Textbox, new() { Name = "Your apology" });
        var results = page.Locator("[data-apology-results]");

        await input.PressSequentiallyAsync("I was only joking.");
        await Assertions.Expect(results.Locator("[data-finding=minimising]")).ToHaveCountAsync(1);
        await input.FillAsync("I'm sorry I shouted at you. It must have felt frightening. From now on I will walk away and come back when I'm calm.");
        await Assertions.Expect(results.Locator(".apology-summary")).ToContainTextAsync("Nothing here");
        Assert.Equal(0, await results.Locator("[data-finding]").CountAsync());
        watch.AssertNone();
    }

    [Fact]
    public async Task WithoutJavaScriptTheChecklistShowsAndTheFormIsHidden()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, CheckerPage);

        Assert.False(await page.GetByRole(AriaRole.Textbox, new() { Name = "Your apology" }).IsVisibleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Check my apology" }).CountAsync());
        var checklist = page.Locator(".apology-checklist");
        Assert.True(await checklist.IsVisibleAsync());
        Assert.Equal(7, await checklist.Locator(".apology-check").CountAsync());
        Assert.Contains("I’m sorry I hurt you.", await checklist.Locator("[data-check=conditional]").InnerTextAsync(), StringComparison.Ordinal);
    }
}
