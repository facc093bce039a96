using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>Screenshots for a person to review (artifacts/screenshots/, not committed): phone and desktop, light and dark, and print.</summary>
[Trait("Category", "Browser")]
public sealed class ScreenshotTests(SiteBrowser browser)
{
    [Fact]
    public async Task ScreenshotsOfEachKindOfPageAreSavedForReview()
    {
        browser.Require();
        var site = browser.Site(SiteBrowser.Sites.RealHttp);
        // Every kind of page, named after its path, and the guides that show steps and a callout.
        var subjects = Pages.OneOfEachKind(site, allGuides: false)
            .Concat(site.Guides.Where(g => g.Contains("repair-steps", StringComparison.Ordinal) || g.Contains("attachment-styles", StringComparison.Ordinal)))
            .Distinct()
            .Select(path => (Name: NameOf(path), Page: path))
            .ToList();
        Directory.CreateDirectory(Repo.Screenshots);
        var saved = new List<string>();

        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var (context, watch) = await browser.NewContextAsync(site, scheme, width, 800);
                await using var _ = context;
                var page = await context.NewPageAsync();
                foreach (var (name, path) in subjects)
                {
                    await page.OpenAsync(site, path);
                    var file = Path.Join(Repo.Screenshots, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    saved.Add(file);
                }
                // The self-assessment is too long to review whole: its scoring key, the page's one table, on its own
                // (the key folds away: it is opened first).
                await page.OpenAsync(site, Assert.Single(site.Assessments));
                await page.Locator(".scoring-key summary").ClickAsync();
                var key = Path.Join(Repo.Screenshots, $"scoring-key-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator("table.bands").First.ScreenshotAsync(new() { Path = key });
                saved.Add(key);
                var controls = Path.Join(Repo.Screenshots, $"assessment-controls-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator(".assessment-controls").ScreenshotAsync(new() { Path = controls });
                saved.Add(controls);
                // The results, with the chart, after answering every statement in the middle of the scale.
                var statements = page.Locator("fieldset[data-question]");
                for (var i = 0; i < await statements.CountAsync(); i++)
                {
                    await statements.Nth(i).Locator("input[type=radio] >> nth=" + (i % 3 + 1)).CheckAsync();
                }
                await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();
                var chart = Path.Join(Repo.Screenshots, $"assessment-chart-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator(".results .result-chart").ScreenshotAsync(new() { Path = chart });
                saved.Add(chart);
                // The search page's first screen for a common word.
                await page.OpenAsync(site, "search/index.html#q=sorry");
                await page.Locator(".search-result").First.WaitForAsync();
                await page.Locator("[data-search-status]", new() { HasTextRegex = new(@"\d") }).WaitForAsync();
                var searchPage = Path.Join(Repo.Screenshots, $"search-page-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new() { Path = searchPage });
                saved.Add(searchPage);
                await page.Locator(".search-filters summary").ClickAsync();
                var filters = Path.Join(Repo.Screenshots, $"search-filters-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator(".search-filters").ScreenshotAsync(new() { Path = filters });
                saved.Add(filters);
                // The header's search results, open.
                await page.OpenAsync(site, "index.html");
                await page.Locator("#search-box-input").FillAsync("apology");
                await page.Locator("#search-box-listbox:not([hidden])").WaitForAsync();
                var search = Path.Join(Repo.Screenshots, $"search-box-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new() { Path = search });
                saved.Add(search);
                // The header, the theme toggle as the page opens and pressed once (then put back).
                await page.OpenAsync(site, "index.html");
                foreach (var state in new[] { "", "-toggled" })
                {
                    var header = Path.Join(Repo.Screenshots, $"header-{width}-{scheme.ToString().ToLowerInvariant()}{state}.png");
                    await page.Locator(".site-header").ScreenshotAsync(new() { Path = header });
                    saved.Add(header);
                    await page.Locator(".theme-toggle").ClickAsync();
                }
                await page.Locator(".theme-toggle").ClickAsync();
                watch.AssertNone();
            }
        }

        var (printContext, printWatch) = await browser.NewContextAsync(site, ColorScheme.Light, 680, 1000);
        await using (printContext)
        {
            var page = await printContext.NewPageAsync();
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            foreach (var (name, path) in subjects.Skip(1))
            {
                await page.OpenAsync(site, path);
                var file = Path.Join(Repo.Screenshots, $"{name}-print.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                saved.Add(file);
            }
            printWatch.AssertNone();
        }

        foreach (var file in saved)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length > 5_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{file} is not a real screenshot");
        }
        TestContext.Current.SendDiagnosticMessage($"{saved.Count} screenshots in {Repo.Screenshots}");
    }

    private static string NameOf(string path) =>
        path == "index.html" ? "home" : path.Replace("/index.html", "", StringComparison.Ordinal).Replace(".html", "", StringComparison.Ordinal).Replace('/', '-');
}
