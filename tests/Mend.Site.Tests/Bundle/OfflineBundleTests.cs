using System.IO.Compression;
using System.Text.RegularExpressions;
using Mend.Site.Bundle;

namespace Mend.Site.Tests.Bundle;

public sealed class OfflineBundleTests
{
    private static TestSite Site() => TestSite.With(
        ("guides/a.md", GuideText.Of("Alpha", "See [](xref:b).\n", "tags: [one]\n")),
        ("guides/b.md", GuideText.Of("Beta")));

    private static string ZipOf(TestSite site) => Path.Join(site.Root, "artifacts", "mend-offline.zip");

    private static async Task<BuildReport> BundleAsync(TestSite site, string zip) =>
        await OfflineBundle.CreateAsync(new BuildOptions(site.Input, "", null, false, Repo.Themes), zip, TestContext.Current.CancellationToken);

    [Fact]
    public async Task TheZipHoldsOneFolderWithTheStartPageAndAReadmeAtItsRoot()
    {
        using var site = Site();

        var report = await BundleAsync(site, ZipOf(site));

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        using var zip = ZipFile.OpenRead(ZipOf(site));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.All(names, name => Assert.StartsWith("mend-offline/", name, StringComparison.Ordinal));
        Assert.Contains("mend-offline/index.html", names);
        Assert.Contains("mend-offline/guides/a/index.html", names);
        using var readme = new StreamReader(zip.GetEntry("mend-offline/README.txt")!.Open());
        Assert.Contains("open the file index.html", await readme.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPageOfTheBundleLinksToAFolder()
    {
        using var site = Site();
        await BundleAsync(site, ZipOf(site));

        using var zip = ZipFile.OpenRead(ZipOf(site));
        var folderLinks = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var html = Sites.PageHtml.Parse(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
            folderLinks.AddRange(html.QuerySelectorAll("a[href], link[href]")
                .Select(e => e.GetAttribute("href")!)
                .Where(href => !Regex.IsMatch(href, "^[a-z]+:") && !href.StartsWith('#'))
                .Select(href => href.Split('#')[0])
                .Where(path => path.Length == 0 || path.EndsWith('/'))
                .Select(path => $"{entry.FullName}: '{path}'"));
        }
        Assert.Empty(folderLinks);
    }

    [Fact]
    public async Task TheSameInputGivesTheSameZip()
    {
        using var site = Site();
        var first = Path.Join(site.Root, "one", "mend-offline.zip");
        var second = Path.Join(site.Root, "two", "mend-offline.zip");

        await BundleAsync(site, first);
        await BundleAsync(site, second);

        Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken),
            await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFailedBuildLeavesTheOldZipAsItWas()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.GetDirectoryName(ZipOf(site))!);
        await File.WriteAllTextAsync(ZipOf(site), "old", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Join(site.Input, "guides", "c.md"), "---\ntitle: C\n---\nNo summary.\n", TestContext.Current.CancellationToken);

        var report = await BundleAsync(site, ZipOf(site));

        Assert.False(report.Succeeded);
        Assert.Equal("old", await File.ReadAllTextAsync(ZipOf(site), TestContext.Current.CancellationToken));
    }
}
