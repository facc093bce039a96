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
        var subjects = new (string Name, string Page)[]
        {
            ("home", "index.html"),
            ("guide", site.Guides.FirstOrDefault(g => g.Contains("repair-steps", StringComparison.Ordinal)) ?? site.Guides[0]),
            ("rupture", site.CatalogOfKind("ruptures")!.Entries[0]),
            ("challenge", site.CatalogOfKind("challenges")!.Entries[0]),
            ("examples", site.CatalogOfKind("ruptures")!.Index),
            ("challenges", site.CatalogOfKind("challenges")!.Index),
        };
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
                // The self-assessment is too long to review whole: its scoring key, the page's one table, on its own.
                await page.OpenAsync(site, Assert.Single(site.Assessments));
                var key = Path.Join(Repo.Screenshots, $"scoring-key-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator("table.bands").First.ScreenshotAsync(new() { Path = key });
                saved.Add(key);
                var controls = Path.Join(Repo.Screenshots, $"assessment-controls-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.Locator(".assessment-controls").ScreenshotAsync(new() { Path = controls });
                saved.Add(controls);
                // The header's search results, open.
                await page.OpenAsync(site, "index.html");
                await page.Locator("#search-box-input").FillAsync("apology");
                await page.Locator("#search-box-listbox:not([hidden])").WaitForAsync();
                var search = Path.Join(Repo.Screenshots, $"search-box-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new() { Path = search });
                saved.Add(search);
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
}
