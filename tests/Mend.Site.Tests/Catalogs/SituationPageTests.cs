using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>Browsing a rupture catalog by what happened: its situations' pages, the catalog's links to them, an entry's.</summary>
public sealed class SituationPageTests
{
    private static TestSite SituationSite() =>
        TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", RupturesWithSituations));

    [Fact]
    public async Task TheCatalogPageLinksEachSituationThatHasEntriesWithHowManyItHas()
    {
        using var site = SituationSite();
        await site.BuildCleanAsync();

        var nav = PageHtml.Parse(site.ReadOutput("ruptures/index.html")).QuerySelector("nav[aria-label='What happened']")!;

        Assert.Equal("By what happened", nav.QuerySelector("h2")!.TextContent);
        Assert.Equal(
            [("situation/broken-promise/", "Broken promises"), ("situation/absence/", "Not being there")],
            Navigation.Links(nav, "a"));
        Assert.Equal(["Broken promises (2)", "Not being there (1)"], nav.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task ASituationPageListsItsEntriesBySeverityUnderBreadcrumbsAndIsInTheSitemap()
    {
        using var site = SituationSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("ruptures/situation/broken-promise/index.html");
        var page = PageHtml.Parse(html);

        Assert.Equal("Broken promises", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Saying you would, then not.", page.QuerySelector("main p.lead")!.TextContent);
        Assert.Equal(["minor", "serious"], page.QuerySelectorAll("main section h2").Select(h => h.Id!));
        Assert.Equal(
            [("../../forgot-to-reply/", "Not replying"), ("../../late-for-dinner/", "Late for dinner")],
            Navigation.Links(page, "main section ul.card-list > li > a"));
        Assert.Equal(
            [("../../../", "Home", false), ("../../", "Ruptures", false), (null, "Broken promises", true)],
            Navigation.Breadcrumbs(html));
        Assert.Contains("/ruptures/situation/broken-promise/</loc>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Join(site.Output, "ruptures/situation/lateness")));
    }

    [Fact]
    public async Task AnEntryPagesMetaLineLinksItsSituationsAfterItsRelationships()
    {
        using var site = SituationSite();
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../minor/", "Minor ruptures"), ("../relationship/friendship/", "Friendships"),
             ("../situation/broken-promise/", "Broken promises"), ("../situation/absence/", "Not being there")],
            Navigation.Links(site.ReadOutput("ruptures/forgot-to-reply/index.html"), "article.entry p.meta a"));
    }

    [Fact]
    public async Task AGuideLinksASituationsPageWithXrefSituationId()
    {
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("guides/start.md", GuideText.Of("Start", body: "See [promises](xref:situation:broken-promise) or [](xref:situation:absence).\n")),
            ("catalogs/ruptures.yml", RupturesWithSituations));
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../../ruptures/situation/broken-promise/", "promises"), ("../../ruptures/situation/absence/", "Not being there")],
            Navigation.Links(PageHtml.Parse(site.ReadOutput("guides/start/index.html")), "main p a"));
    }

    [Fact]
    public async Task ACatalogWithoutSituationsHasNoLinksByWhatHappened()
    {
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", Ruptures));
        await site.BuildCleanAsync();

        Assert.Null(PageHtml.Parse(site.ReadOutput("ruptures/index.html")).QuerySelector("nav[aria-label='What happened']"));
        Assert.False(Directory.Exists(Path.Join(site.Output, "ruptures/situation")));
    }
}
