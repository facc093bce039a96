using System.IO.Compression;
using Microsoft.Playwright;
using Mend.Site;
using Mend.Site.Bundle;

namespace Mend.Browser.Tests;

/// <summary>
/// The offline bundle as a reader gets it: zipped, unpacked, opened from file://. Crawling from the start page
/// reaches every page with no broken link, no console error and no request outside the folder; search and the
/// self-assessment work there too.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BundleTests(SiteBrowser browser) : IAsyncLifetime
{
    private readonly string _scratch = Path.Join(Path.GetTempPath(), "mend-bundle-tests", Guid.NewGuid().ToString("N"));
    private BuiltSite? _site;

    public async ValueTask InitializeAsync()
    {
        if (!SiteBrowser.ChromiumPresent)
        {
            return;
        }
        var zip = Path.Join(_scratch, "mend-offline.zip");
        var report = await OfflineBundle.CreateAsync(new BuildOptions(Repo.RealInput, "", null, false, Repo.Themes), zip);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        ZipFile.ExtractToDirectory(zip, Path.Join(_scratch, "unpacked"));
        _site = BuiltSite.Open("unpacked bundle", Repo.RealInput, Path.Join(_scratch, "unpacked", OfflineBundle.FolderOf(zip)));
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task CrawlingFromTheStartPageReachesEveryPageWithNothingBroken()
    {
        browser.Require();
        var site = _site!;
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(["index.html"]);
        var broken = new List<string>();

        while (queue.TryDequeue(out var path))
        {
            await page.OpenAsync(site, path);
            // Links, and the search form, whose action is the search page.
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href], form[action]", "links => links.map(l => l.href || l.action)");
            foreach (var href in hrefs.Where(site.Contains))
            {
                var target = site.PageOf(href)!;
                if (!File.Exists(Path.Join(site.Folder, target)))
                {
                    broken.Add($"{path}: {href}");
                }
                else if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Empty(broken);
        // 404.html is for web hosts; nothing links to it, and offline it is never needed.
        Assert.Equal(site.Pages.Where(p => p != "404.html"), seen.Order(StringComparer.Ordinal));
        watch.AssertNone();
    }

    [Fact]
    public async Task SearchFindsASectionAndOpensIt()
    {
        browser.Require();
        var site = _site!;
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, "index.html");

        await page.Locator("#search-box-input").FocusAsync();
        await page.Keyboard.TypeAsync("stonewaling");
        // The results of the whole word, shown: those of its first letters, shown while it was typed, may lead elsewhere.
        await page.WaitForFunctionAsync(
            "() => (document.querySelector('#search-box-listbox:not([hidden]) [role=option]')?.getAttribute('data-href') || '').includes('stonewalling')");
        await page.Keyboard.PressAsync("ArrowDown");
        // As a reader does, Enter once the option is seen chosen.
        await page.WaitForFunctionAsync("""
            () => {
              const id = document.getElementById('search-box-input').getAttribute('aria-activedescendant');
              return !!id && (document.getElementById(id)?.getAttribute('data-href') || '').includes('stonewalling');
            }
            """);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.Contains("stonewalling", StringComparison.Ordinal));

        Assert.StartsWith(site.Root.AbsoluteUri, page.Url, StringComparison.Ordinal);
        Assert.Contains("Stonewalling", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        watch.AssertNone();
    }

    [Fact]
    public async Task TheSelfAssessmentScoresFromDisk()
    {
        browser.Require();
        var site = _site!;
        var (context, watch) = await browser.NewContextAsync(site);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.OpenAsync(site, Assert.Single(site.Assessments));

        await page.Locator("fieldset[data-question] input[type=radio]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my results" }).ClickAsync();

        Assert.Equal(1, await page.Locator(".results .result-band").CountAsync());
        Assert.Contains("Partial results", await page.Locator(".results").InnerTextAsync(), StringComparison.Ordinal);
        watch.AssertNone();
    }
}
