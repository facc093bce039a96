using System.Text.Json;
using AngleSharp.Dom;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.SiteFiles.SiteFileXml;

namespace Mend.Site.Tests.Reviews;

/// <summary>What a page with review data shows and says to machines: the review line, the sources, JSON-LD, lastmod.</summary>
public sealed class ReviewPageTests
{
    private const string Guide = """
        ---
        title: Alpha
        summary: The first.
        updated: 2026-10-01
        reviewed: 2026-11-12
        reviewer: Mend editorial team
        review_due: 2099-11-12
        sources:
          - Attachment theory
          - "See https://example.org/paper for more"
        ---
        Body.
        """;

    private const string Catalog = """
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        reviewed: 2026-11-30
        reviewer: Editors </script><script>alert(1)</script>
        sources: [Relationship research on repair attempts]
        severities:
          - id: minor
            title: Minor ruptures
        entries:
          - id: late
            title: Late
            severity: minor
            scenario: You were late.
            impact: They waited.
            repair:
              say: "I kept you waiting."
            steps: [steps#apologize]
        """;

    private const string Steps = "---\ntitle: Steps\nsummary: The steps.\nid: steps\n---\n## Say sorry {#apologize}\n";

    private static TestSite ReviewedSite() => TestSite.With(
        ("guides/alpha.md", Guide),
        ("guides/steps.md", Steps),
        ("catalogs/ruptures.yml", Catalog));

    private static IDocument Page(TestSite site, string path) => PageHtml.Parse(site.ReadOutput(path));

    private static JsonElement JsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public async Task AGuideSaysWhenAndByWhomItWasLastReviewedUnderItsTitle()
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        var line = Page(site, "guides/alpha/index.html").QuerySelector("article header .reviewed")!;

        Assert.Equal("Last reviewed 12 November 2026 by Mend editorial team", line.TextContent);
        Assert.Equal("2026-11-12", line.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task AGuidesSourcesAreListedAsPlainTextInAFoldedSectionAtTheEnd()
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        var sources = Page(site, "guides/alpha/index.html").QuerySelector("article details.sources")!;

        Assert.Equal("Sources", sources.QuerySelector("summary")!.TextContent);
        Assert.Equal(["Attachment theory", "See https://example.org/paper for more"], sources.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Empty(sources.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task AGuidesJsonLdIsAWebPageWithItsAbsoluteUrlReviewAndModifiedDates()
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        var json = JsonLd(Page(site, "guides/alpha/index.html"));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("WebPage", json.GetProperty("@type").GetString());
        Assert.Equal("Alpha", json.GetProperty("name").GetString());
        Assert.Equal("https://example.test/docs/guides/alpha/", json.GetProperty("url").GetString());
        Assert.Equal("2026-11-12", json.GetProperty("lastReviewed").GetString());
        Assert.Equal("Organization", json.GetProperty("reviewedBy").GetProperty("@type").GetString());
        Assert.Equal("Mend editorial team", json.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("2026-10-01", json.GetProperty("dateModified").GetString());
    }

    [Theory]
    [InlineData("ruptures/index.html")]
    [InlineData("ruptures/late/index.html")]
    public async Task ACatalogsIndexAndEntryPagesTakeItsReviewWithTextThatCannotCloseTheScript(string path)
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        var page = Page(site, path);
        var html = site.ReadOutput(path);

        Assert.Equal("Last reviewed 30 November 2026 by Editors </script><script>alert(1)</script>",
            page.QuerySelector(".reviewed")!.TextContent);
        Assert.Equal(["Relationship research on repair attempts"], page.QuerySelectorAll("details.sources li").Select(li => li.TextContent));
        Assert.Equal("Editors </script><script>alert(1)</script>", JsonLd(page).GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.False(JsonLd(page).TryGetProperty("dateModified", out _));
    }

    [Fact]
    public async Task PagesWithoutReviewDataHaveNoReviewLineNoSourcesAndNoJsonLd()
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        foreach (var path in new[] { "guides/steps/index.html", "ruptures/minor/index.html" })
        {
            var page = Page(site, path);
            Assert.Null(page.QuerySelector(".reviewed"));
            Assert.Null(page.QuerySelector(".sources"));
            Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
        }
    }

    [Fact]
    public async Task TheSitemapsLastmodIsTheLaterOfUpdatedAndReviewed()
    {
        using var site = ReviewedSite();
        await site.BuildCleanAsync();

        var lastmod = SitemapUrls(Load(site, "sitemap.xml")).ToDictionary(u => u.Loc, u => u.LastMod);

        Assert.Equal("2026-11-12", lastmod["https://example.test/docs/guides/alpha/"]);
        Assert.Equal("2026-11-30", lastmod["https://example.test/docs/ruptures/"]);
        Assert.Equal("2026-11-30", lastmod["https://example.test/docs/ruptures/late/"]);
        Assert.Null(lastmod["https://example.test/docs/ruptures/minor/"]);
    }

    [Fact]
    public async Task TheFeedDatesAGuideByTheLaterOfUpdatedAndReviewed()
    {
        using var site = TestSite.With(
            ("guides/alpha.md", Guide),
            ("guides/beta.md", GuideText.Of("Beta", extra: "updated: 2026-12-24\nreviewed: 2026-01-01\n")));
        await site.BuildCleanAsync();

        var feed = site.ReadOutput("feed.xml");

        Assert.Contains("<updated>2026-11-12T00:00:00Z</updated>", feed, StringComparison.Ordinal);
        Assert.Contains("<updated>2026-12-24T00:00:00Z</updated>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-10-01", feed, StringComparison.Ordinal);
    }
}
