using System.Xml.Linq;
using Mend.Site.Guides;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;
using static Mend.Site.Tests.SiteFiles.SiteFileXml;

namespace Mend.Site.Tests.SiteFiles;

public sealed class FeedTests
{
    private static string Guide(string title, string? updated = null, int? order = null) => GuideText.Of(title, extra:
        (updated is null ? "" : $"updated: {updated}\n") + (order is null ? "" : $"order: {order}\n"));

    private static async Task<XDocument> BuildFeed(params (string Path, string Text)[] files)
    {
        using var site = TestSite.With([("site.yml", SiteYml("https://user.github.io/repo/", "Mend", "Guides to repair.")), .. files]);
        await site.BuildCleanAsync();
        return Load(site, "feed.xml");
    }

    [Fact]
    public async Task TheFeedIsAtomWithItsIdLinksTitleAndSubtitleFromTheSite()
    {
        var feed = await BuildFeed(("guides/a.md", Guide("Alpha")));

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("en", (string?)root.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(
            ("https://user.github.io/repo/", "Mend", "Guides to repair.", "https://user.github.io/repo/", "https://user.github.io/repo/feed.xml"),
            (Child(root, "id"), Child(root, "title"), Child(root, "subtitle"), Link(root, "alternate"), Link(root, "self")));
        Assert.Equal("Mend", root.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public async Task EntriesFollowTheGuideOrderWithAbsoluteIdsLinksTitlesAndSummaries()
    {
        var feed = await BuildFeed(
            ("guides/zeta.md", Guide("Zeta", order: 1)),
            ("guides/beta.md", Guide("Beta")),
            ("guides/alpha.md", Guide("Alpha")),
            ("guides/omega.md", Guide("Omega", order: 2)));

        var entries = Entries(feed).Select(e => (Child(e, "id"), Child(e, "title"), Link(e, "alternate"), Child(e, "summary")));

        Assert.Equal(
            [("https://user.github.io/repo/guides/zeta/", "Zeta", "https://user.github.io/repo/guides/zeta/", "About Zeta."),
             ("https://user.github.io/repo/guides/omega/", "Omega", "https://user.github.io/repo/guides/omega/", "About Omega."),
             ("https://user.github.io/repo/guides/alpha/", "Alpha", "https://user.github.io/repo/guides/alpha/", "About Alpha."),
             ("https://user.github.io/repo/guides/beta/", "Beta", "https://user.github.io/repo/guides/beta/", "About Beta.")],
            entries);
    }

    [Fact]
    public async Task AGuideWithoutAnUpdatedDateTakesTheNewestDateOfAnyGuideAndSoDoesTheFeed()
    {
        var feed = await BuildFeed(
            ("guides/a.md", Guide("Alpha", updated: "2025-01-15", order: 1)),
            ("guides/b.md", Guide("Beta", order: 2)),
            ("guides/c.md", Guide("Gamma", updated: "2024-03-01", order: 3)));

        Assert.Equal(
            ["2025-01-15T00:00:00Z", "2025-01-15T00:00:00Z", "2024-03-01T00:00:00Z"],
            Entries(feed).Select(e => Child(e, "updated")));
        Assert.Equal("2025-01-15T00:00:00Z", Child(feed.Root!, "updated"));
    }

    [Fact]
    public async Task WhenNoGuideHasAnUpdatedDateEveryDateIsTheUnixEpoch()
    {
        var feed = await BuildFeed(("guides/a.md", Guide("Alpha")), ("guides/b.md", Guide("Beta")));

        Assert.Equal(["1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"], Entries(feed).Select(e => Child(e, "updated")));
        Assert.Equal("1970-01-01T00:00:00Z", Child(feed.Root!, "updated"));
    }

    [Fact]
    public async Task ASiteWithoutGuidesHasAFeedWithNoEntriesDatedTheUnixEpoch()
    {
        var feed = await BuildFeed();

        Assert.Empty(Entries(feed));
        Assert.Equal("1970-01-01T00:00:00Z", Child(feed.Root!, "updated"));
    }

    [Fact]
    public async Task MarkupCharactersInTitlesAndSummariesAreEscapedAndReadBackUnchanged()
    {
        using var site = TestSite.With(
            ("site.yml", SiteYml("https://example.test/", "\"Tom & Jerry's <site>\"", "Café \"quotes\" & more")),
            ("guides/a.md", "---\ntitle: Fish & <chips>\nsummary: \"]]> & <b>bold</b>\"\n---\n"));

        await site.BuildCleanAsync();

        var text = site.ReadOutput("feed.xml");
        Assert.Contains("<title>Fish &amp; &lt;chips&gt;</title>", text, StringComparison.Ordinal);
        var feed = Load(site, "feed.xml");
        var entry = Assert.Single(Entries(feed));
        Assert.Equal(("Tom & Jerry's <site>", "Café \"quotes\" & more"), (Child(feed.Root!, "title"), Child(feed.Root!, "subtitle")));
        Assert.Equal(("Fish & <chips>", "]]> & <b>bold</b>"), (Child(entry, "title"), Child(entry, "summary")));
    }

    [Fact]
    public async Task CatalogEntriesFollowTheGuidesCatalogByCatalogEachWithItsKindAndDatedByItsCatalogsReview()
    {
        var feed = await BuildFeed(
            ("guides/steps.md", StepsGuide),
            ("catalogs/ruptures.yml", "reviewed: 2026-02-01\n" + RuptureCatalog([("minor", "Minor")], Rupture("late", "Late again"))),
            ("catalogs/challenges.yml", ChallengeCatalog(Challenge("stonewalling", "Stonewalling"))));

        Assert.Equal(
            [
                ("https://user.github.io/repo/guides/steps/", "guide", "2026-02-01T00:00:00Z"),
                ("https://user.github.io/repo/challenges/stonewalling/", "challenge", "2026-02-01T00:00:00Z"),
                ("https://user.github.io/repo/ruptures/late/", "rupture", "2026-02-01T00:00:00Z"),
            ],
            Entries(feed).Select(e => (Child(e, "id"), (string)e.Element(Atom + "category")!.Attribute("term")!, Child(e, "updated"))));
    }

    [Fact]
    public async Task EveryPageLinksTheFeedForReadersToDiscoverIt()
    {
        using var site = TestSite.With(
            ("site.yml", SiteYml("https://user.github.io/repo/")),
            ("guides/steps.md", StepsGuide),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor")], Rupture("late", "Late again"))));
        await site.BuildCleanAsync();

        // 404.html is left out: a server sends it for any address, so its links start at the base path.
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "404.html").ToList();
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var link = PageHtml.Parse(File.ReadAllText(file)).QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.True(link is not null, $"{Path.GetRelativePath(site.Output, file)} has no feed link");
            var folder = Path.GetDirectoryName(file)!;
            Assert.Equal(Path.Join(site.Output, "feed.xml"), Path.GetFullPath(Path.Join(folder, link.GetAttribute("href"))));
        }
    }
}
