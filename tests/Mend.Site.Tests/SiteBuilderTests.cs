using Mend.Site.Core;

namespace Mend.Site.Tests;

public sealed class SiteBuilderTests
{
    private static TestSite GoodSite() => TestSite.With(
        ("guides/a.md", "---\ntitle: Alpha\nsummary: First & foremost.\norder: 2\ntags: [one]\n---\n## Start {#start}\n\nSee [](xref:b#end) and [](b.md).\n\n## Notes\n\n## Notes\n"),
        ("guides/b.md", "---\ntitle: Beta\nsummary: Second.\norder: 1\n---\nBack to [](xref:a#start).\n\n## The end {#end}\n"),
        ("guides/c.md", "---\ntitle: Gamma\nsummary: Third.\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote.[^1]\n\n[^1]: Foot.\n"));

    [Fact]
    public async Task AGoodSiteWritesTheHomePageEveryGuideAndTheThemeAssets()
    {
        using var site = GoodSite();

        var report = await site.BuildCleanAsync();

        var files = TestSite.Files(site.Output).Keys.ToList();
        Assert.Equal(
            ["404.html", "guides/a/index.html", "guides/b/index.html", "guides/c/index.html", "index.html", "search/index.html",
             "tags/index.html", "tags/one/index.html"],
            files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Contains(files, f => f.StartsWith("assets/site.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal((8, files.Count), (report.PagesWritten, report.FilesWritten));
    }

    [Fact]
    public async Task TheHomePageListsGuidesByOrderThenTitle()
    {
        using var site = GoodSite();
        await site.BuildCleanAsync();

        var titles = Sites.PageHtml.Parse(site.ReadOutput("index.html")).QuerySelectorAll("section[aria-labelledby=guides] .cards a").Select(a => a.TextContent);

        Assert.Equal(["Beta", "Alpha", "Gamma"], titles);
    }

    [Fact]
    public async Task BuildingTheSameInputTwiceGivesByteIdenticalFiles()
    {
        using var site = GoodSite();
        var first = Path.Join(site.Root, "first");
        var second = Path.Join(site.Root, "second");

        await site.BuildCleanAsync(first);
        await site.BuildCleanAsync(second);

        var a = TestSite.Files(first);
        var b = TestSite.Files(second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(b[pair.Key]), $"{pair.Key} differs between builds"));
    }

    [Fact]
    public async Task AFailedBuildLeavesThePreviousOutputByteForByteAndNoStagingFolder()
    {
        using var site = GoodSite();
        await site.BuildCleanAsync();
        var before = TestSite.Files(site.Output);
        site.Write("guides/c.md", "---\ntitle: Gamma\nsummary: Changed.\n---\nNow [broken](xref:no-such-page).\n");
        site.Write("guides/d.md", "---\ntitle: Delta\nsummary: New.\n---\n");

        var report = await site.BuildAsync();

        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.UnknownXref);
        Assert.False(report.Succeeded);
        AssertUnchanged(before, site);
    }

    [Fact]
    public async Task AFailedLinkCheckAfterThePagesWereRenderedAlsoLeavesThePreviousOutput()
    {
        using var site = GoodSite();
        await site.BuildCleanAsync();
        var before = TestSite.Files(site.Output);
        site.Write("guides/c.md", "---\ntitle: Gamma\nsummary: Changed.\n---\n[x](/guides/zzz/)\n");

        var report = await site.BuildAsync();

        Assert.Equal(ErrorCodes.BrokenLink, Assert.Single(report.Diagnostics).Code);
        AssertUnchanged(before, site);
    }

    [Fact]
    public async Task ABrokenSiteYmlAlsoLeavesThePreviousOutput()
    {
        using var site = GoodSite();
        await site.BuildCleanAsync();
        var before = TestSite.Files(site.Output);
        site.Write("site.yml", "title: T\n");

        var report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        AssertUnchanged(before, site);
    }

    [Fact]
    public async Task ASuccessfulRebuildReplacesTheOutputWhole()
    {
        using var site = GoodSite();
        await site.BuildCleanAsync();
        File.WriteAllText(Path.Join(site.Output, "stale.txt"), "left over");
        site.Delete("guides/c.md");

        await site.BuildCleanAsync();

        var files = TestSite.Files(site.Output).Keys;
        Assert.DoesNotContain("stale.txt", files);
        Assert.DoesNotContain("guides/c/index.html", files);
        Assert.Equal(["input", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnOutputFolderThatHoldsTheInputIsRefused()
    {
        using var site = GoodSite();

        var report = await site.BuildAsync(output: site.Root);

        Assert.Equal(ErrorCodes.UnsafeOutput, Assert.Single(report.Diagnostics).Code);
        Assert.True(File.Exists(site.PathOf("guides/a.md")));
    }

    [Theory]
    [InlineData("input/guides")]
    [InlineData("input")]
    [InlineData("themes")]
    [InlineData("themes/default/layouts")]
    public async Task AnOutputFolderInsideOrHoldingTheSourcesIsRefusedAndTheSourcesStay(string output)
    {
        // Given a site with its own copy of the theme (so that a failing guard could not touch the repository's)
        using var site = GoodSite();
        var themes = Path.Join(site.Root, "themes");
        Folders.Copy(Repo.Themes, themes);
        var before = TestSite.Files(site.Root);

        var report = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Input, Path.Join(site.Root, output), ThemesDirectory: themes), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.UnsafeOutput, Assert.Single(report.Diagnostics).Code);
        Assert.Equal(before.Keys, TestSite.Files(site.Root).Keys);
    }

    [Fact]
    public async Task AnOutputThatIsAFileIsRefusedAndTheFileStays()
    {
        using var site = GoodSite();
        var file = Path.Join(site.Root, "notes.txt");
        File.WriteAllText(file, "mine");

        var report = await site.BuildAsync(output: file);

        Assert.Contains("is a file", Assert.Single(report.Diagnostics, d => d.Code == ErrorCodes.UnsafeOutput).Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public async Task AnOutputReachedThroughALinkIntoTheInputIsRefused()
    {
        using var site = GoodSite();
        var link = Path.Join(site.Root, "looks-harmless");
        Directory.CreateSymbolicLink(link, Path.Join(site.Input, "guides"));

        var report = await site.BuildAsync(output: Path.Join(link, "site"));

        Assert.Equal(ErrorCodes.UnsafeOutput, Assert.Single(report.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Join(site.Input, "guides", "site")));
    }

    [Fact]
    public async Task AnEmptyOutputIsRefused()
    {
        using var site = GoodSite();

        var report = await SiteBuilder.BuildAsync(new BuildOptions(site.Input, " ", ThemesDirectory: Repo.Themes), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.UnsafeOutput, Assert.Single(report.Diagnostics).Code);
    }

    [Fact]
    public async Task ABundleWrittenOverASourceFileIsRefusedAndTheFileStays()
    {
        using var site = GoodSite();
        var siteYml = site.PathOf("site.yml");
        var before = File.ReadAllText(siteYml);

        var report = await Mend.Site.Bundle.OfflineBundle.CreateAsync(
            new BuildOptions(site.Input, "", ThemesDirectory: Repo.Themes), siteYml, TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.UnsafeOutput, Assert.Single(report.Diagnostics).Code);
        Assert.Equal(before, File.ReadAllText(siteYml));
    }

    private static void AssertUnchanged(SortedDictionary<string, byte[]> before, TestSite site)
    {
        var after = TestSite.Files(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
        Assert.Equal(["input", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
