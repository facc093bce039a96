using System.Xml.Linq;
using YamlDotNet.RepresentationModel;
using static Mend.Site.Tests.SiteFiles.SiteFileXml;

namespace Mend.Site.Tests.SiteFiles;

public sealed class SiteFilesTests
{
    private static readonly string[] SiteFileNames = [".nojekyll", "feed.xml", "robots.txt", "sitemap.xml"];

    private static TestSite DatedSite() => TestSite.With(
        ("site.yml", SiteYml("https://user.github.io/repo/")),
        ("guides/a.md", GuideText.Of("Alpha", extra: "updated: 2024-06-01\norder: 2\n")),
        ("guides/b.md", GuideText.Of("Beta", extra: "order: 1\n")),
        ("guides/c.md", GuideText.Of("Gamma", extra: "updated: 2023-12-24\n")));

    [Fact]
    public async Task RobotsTxtAllowsEverythingAndNamesTheAbsoluteSitemapUrl()
    {
        using var site = DatedSite();

        await site.BuildCleanAsync();

        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://user.github.io/repo/sitemap.xml\n", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public async Task AnEmptyNoJekyllFileIsWrittenAtTheOutputRoot()
    {
        using var site = DatedSite();

        await site.BuildCleanAsync();

        Assert.Empty(TestSite.Files(site.Output)[".nojekyll"]);
    }

    [Theory]
    [InlineData("sitemap.xml")]
    [InlineData("feed.xml")]
    public async Task TheXmlFilesAreUtf8WithoutAByteOrderMarkAndSayUtf8(string file)
    {
        using var site = DatedSite();

        await site.BuildCleanAsync();

        var bytes = TestSite.Files(site.Output)[file];
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal((byte)'<', bytes[0]);
    }

    [Fact]
    public async Task TwoBuildsOfTheSameInputGiveByteIdenticalSiteFiles()
    {
        using var site = DatedSite();
        var first = Path.Join(site.Root, "first");
        var second = Path.Join(site.Root, "second");

        await site.BuildCleanAsync(first);
        await Task.Delay(1100, TestContext.Current.CancellationToken); // a clock that leaked into a file would now differ
        await site.BuildCleanAsync(second);

        var a = TestSite.Files(first);
        var b = TestSite.Files(second);
        Assert.All(SiteFileNames, name => Assert.True(a[name].AsSpan().SequenceEqual(b[name]), $"{name} differs between builds"));
    }

    [Fact]
    public async Task TheRealSiteListsEveryWrittenPageInItsSitemapAndEveryGuideInItsFeed()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        var input = Path.Join(Repo.Root, "input");

        var report = await SiteBuilder.BuildAsync(
            new BuildOptions(input, site.Output, null, false, Repo.Themes), TestContext.Current.CancellationToken);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var files = TestSite.Files(site.Output).Keys.ToList();
        Assert.Subset(files.ToHashSet(), SiteFileNames.ToHashSet());
        var baseUrl = XDocument.Parse(File.ReadAllText(Path.Join(site.Output, "feed.xml"))).Root!.Element(Atom + "id")!.Value;
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
            .Select(f => baseUrl + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, SitemapUrls(Load(site, "sitemap.xml")).Select(u => u.Loc));
        var feed = Entries(Load(site, "feed.xml"));
        Assert.Subset(pages.ToHashSet(), feed.Select(e => Child(e, "id")).ToHashSet());
        Assert.Equal(
            (Directory.EnumerateFiles(Path.Join(input, "guides"), "*.md").Count(), CatalogEntries(input)),
            (feed.Count(e => Kind(e) == "guide"), feed.Count(e => Kind(e) is "rupture" or "challenge")));
    }

    private static string? Kind(XElement entry) => (string?)entry.Element(Atom + "category")?.Attribute("term");

    /// <summary>How many entries the catalogs in the input folder have, read as plain YAML.</summary>
    private static int CatalogEntries(string input)
    {
        return Directory.EnumerateFiles(Path.Join(input, "catalogs"), "*.yml").Sum(file =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            return ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["entries"]).Children.Count;
        });
    }
}
