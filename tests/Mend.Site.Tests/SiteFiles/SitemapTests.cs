using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.SiteFiles;
using static Mend.Site.Tests.SiteFiles.SiteFileXml;

namespace Mend.Site.Tests.SiteFiles;

public sealed class SitemapTests
{
    private const string Steps = "---\ntitle: Steps\nsummary: The steps.\nid: steps\norder: 1\nupdated: 2024-05-31\n---\n## Say sorry {#apologize}\n";

    private const string Catalog = """
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        severities:
          - id: minor
            title: Minor ruptures
            summary: Small slips.
        entries:
          - id: late-for-dinner
            title: Late for dinner
            severity: minor
            relationships: [romantic]
            scenario: You were late.
            impact: They waited.
            repair:
              say: "I kept you waiting."
            steps: [steps#apologize]
        """;

    private static TestSite SubPathSite() => TestSite.With(
        ("site.yml", SiteYml("https://user.github.io/repo/")),
        ("guides/steps.md", Steps),
        ("guides/step-two.md", GuideText.Of("Step two")),
        ("catalogs/ruptures.yml", Catalog));

    [Fact]
    public async Task EveryPageIsListedAtItsAbsoluteUrlUnderTheBaseUrlsSubPathInOrdinalOrder()
    {
        using var site = SubPathSite();

        await site.BuildCleanAsync();

        var sitemap = Load(site, "sitemap.xml");
        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        // Ordinal: "step-two" sorts before "steps" because '-' comes before 's'.
        Assert.Equal(
            ["https://user.github.io/repo/",
             "https://user.github.io/repo/guides/step-two/",
             "https://user.github.io/repo/guides/steps/",
             "https://user.github.io/repo/ruptures/",
             "https://user.github.io/repo/ruptures/late-for-dinner/",
             "https://user.github.io/repo/ruptures/minor/",
             "https://user.github.io/repo/ruptures/relationship/romantic/",
             "https://user.github.io/repo/search/"],
            SitemapUrls(sitemap).Select(u => u.Loc));
    }

    [Fact]
    public async Task AGuideWithAnUpdatedDateHasALastmodAndOtherPagesHaveNone()
    {
        using var site = SubPathSite();

        await site.BuildCleanAsync();

        var dated = SitemapUrls(Load(site, "sitemap.xml")).Where(u => u.LastMod is not null);
        Assert.Equal([("https://user.github.io/repo/guides/steps/", "2024-05-31")], dated);
    }

    [Fact]
    public async Task AnOfflineBuildListsTheSamePrettyUrls()
    {
        using var site = SubPathSite();

        await site.BuildCleanAsync(offline: true);

        Assert.All(SitemapUrls(Load(site, "sitemap.xml")), u => Assert.EndsWith("/", u.Loc, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyRenderedPagesAreListedAndNotTheNotFoundPage()
    {
        static Document Page(string url, bool servedAnywhere = false) =>
            PageDocument.Create(new Page(PageKind.Guide, "T", "D", url, "page") { ServedAnywhere = servedAnywhere });
        var context = new FakeContext(new Dictionary<string, IReadOnlyList<Document>>
        {
            ["Pages"] = [Page("/"), Page("/404.html", servedAnywhere: true), Page("/guides/a/"), Page("/print.html")],
            ["Other"] = [new Document { Destination = "assets/frame.html" }, new Document { Destination = "robots.txt" }],
        });

        var outputs = await new CreateSitemap(new PageUrls("https://example.test/", offline: false)).ExecuteAsync([], context);

        var sitemap = System.Xml.Linq.XDocument.Parse(Assert.Single(outputs, d => d.Destination == CreateSitemap.FileName).Content);
        Assert.Equal(
            ["https://example.test/", "https://example.test/guides/a/", "https://example.test/print.html"],
            SitemapUrls(sitemap).Select(u => u.Loc));
    }

    [Fact]
    public async Task TheDocumentsBeforeItInThePhaseAreKept()
    {
        var before = new Document { Destination = "robots.txt" };

        var outputs = await new CreateSitemap(new PageUrls("https://example.test/", offline: false)).ExecuteAsync([before], new FakeContext());

        Assert.Equal(["robots.txt", "sitemap.xml"], outputs.Select(d => d.Destination));
    }
}
