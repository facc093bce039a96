using AngleSharp.Dom;
using Mend.Site.Catalogs;
using Mend.Site.Guides;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Guides;

public sealed class BacklinkTests
{
    private const string GuidePage = "guides/repair/index.html";

    private const string Guide = """
        ---
        title: Repair steps
        summary: How to repair.
        id: repair
        ---
        Intro.

        ## Acknowledge {#acknowledge}

        Say what happened.

        ### In a message {#in-a-message}

        Write it down.

        ## Apologize {#apologize}

        Say sorry.

        ### Without excuses {#no-excuses}

        No "but".

        ### Briefly {#briefly}

        Keep it short.

        ## Listen {#listen}

        Hear them out.
        """;

    private static TestSite Site(params string[] entries) => TestSite.With(
        ("guides/steps.md", StepsGuide),
        ("guides/repair.md", Guide),
        ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor ruptures")], entries)));

    private static IElement Article(TestSite site) => PageHtml.Parse(site.ReadOutput(GuidePage)).QuerySelector("article.guide")!;

    private static List<IElement> CitedBy(IElement article) => [.. article.QuerySelectorAll("details.cited-by")];

    [Fact]
    public async Task ASectionCitedByTwoEntriesEndsWithBothBeforeTheNextHeadingOfItsRank()
    {
        // The titles sort the other way round from the ids and the order written.
        using var site = Site(
            Rupture("first-entry", "Zoo visit gone wrong", steps: "[repair#acknowledge]"),
            Rupture("second-entry", "Apple pie forgotten", steps: "[repair#acknowledge, steps#apologize]"));
        await site.BuildCleanAsync();

        var article = Article(site);

        var list = Assert.Single(CitedBy(article));
        Assert.Equal("See this step in practice (2 examples)", list.QuerySelector("summary")!.TextContent);
        Assert.Equal(
            [("../../ruptures/second-entry/", "Apple pie forgotten"), ("../../ruptures/first-entry/", "Zoo visit gone wrong")],
            Navigation.Links(list, "li > a"));
        Assert.Equal("apologize", list.NextElementSibling!.Id);
        Assert.Equal("Write it down.", list.PreviousElementSibling!.TextContent);
        Assert.Equal("Say what happened.", article.QuerySelector("#in-a-message")!.PreviousElementSibling!.TextContent);
    }

    [Fact]
    public async Task ACitedSubsectionEndsBeforeTheNextSubsection()
    {
        using var site = Site(Rupture("an-entry", "An entry", steps: "[repair#no-excuses]"));
        await site.BuildCleanAsync();

        var list = Assert.Single(CitedBy(Article(site)));

        Assert.Equal("briefly", list.NextElementSibling!.Id);
        Assert.Equal([("../../ruptures/an-entry/", "An entry")], Navigation.Links(list, "li > a"));
        Assert.Equal("See this step in practice (1 example)", list.QuerySelector("summary")!.TextContent);
    }

    [Fact]
    public async Task WhenASectionAndItsSubsectionAreBothCitedTheSectionsListComesLast()
    {
        using var site = Site(
            Rupture("cites-section", "Cites the section", steps: "[repair#acknowledge]"),
            Rupture("cites-subsection", "Cites the subsection", steps: "[repair#in-a-message]"));
        await site.BuildCleanAsync();

        var lists = CitedBy(Article(site));

        Assert.Equal(2, lists.Count);
        Assert.Equal([("../../ruptures/cites-subsection/", "Cites the subsection")], Navigation.Links(lists[0], "li > a"));
        Assert.Equal([("../../ruptures/cites-section/", "Cites the section")], Navigation.Links(lists[1], "li > a"));
        Assert.Equal("Write it down.", lists[0].PreviousElementSibling!.TextContent);
        Assert.Same(lists[1], lists[0].NextElementSibling);
        Assert.Equal("apologize", lists[1].NextElementSibling!.Id);
    }

    [Fact]
    public async Task ACitedLastSectionEndsTheGuide()
    {
        using var site = Site(Rupture("an-entry", "An entry", steps: "[repair#listen]"));
        await site.BuildCleanAsync();

        var list = Assert.Single(CitedBy(Article(site)));

        Assert.Equal("Hear them out.", list.PreviousElementSibling!.TextContent);
        Assert.Null(list.NextElementSibling);
    }

    [Fact]
    public async Task AGuideNoEntryCitesHasNoBacklinks()
    {
        using var site = Site(Rupture("an-entry", "An entry", steps: "[steps#apologize]"));
        await site.BuildCleanAsync();

        Assert.Empty(CitedBy(Article(site)));
        var steps = PageHtml.Parse(site.ReadOutput("guides/steps/index.html"));
        Assert.Equal("listen", Assert.Single(steps.QuerySelectorAll("details.cited-by")).NextElementSibling!.Id);
    }

    [Fact]
    public async Task ACitationOfTheWholeGuideIsListedAtItsEnd()
    {
        using var site = Site(
            Rupture("whole", "Cites the whole guide", steps: "[repair]"),
            Rupture("section", "Cites the last section", steps: "[repair#listen]"));
        await site.BuildCleanAsync();

        var lists = CitedBy(Article(site));

        Assert.Equal(2, lists.Count);
        Assert.Equal("See this step in practice (1 example)", lists[0].QuerySelector("summary")!.TextContent);
        Assert.Equal([("../../ruptures/section/", "Cites the last section")], Navigation.Links(lists[0], "li > a"));
        Assert.Equal("See this guide in practice (1 example)", lists[1].QuerySelector("summary")!.TextContent);
        Assert.Equal([("../../ruptures/whole/", "Cites the whole guide")], Navigation.Links(lists[1], "li > a"));
        Assert.Same(lists[1], lists[0].NextElementSibling);
        Assert.Null(lists[1].NextElementSibling);
    }

    [Fact]
    public async Task AChallengesStepsAlsoLinkBack()
    {
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("guides/repair.md", Guide),
            ("catalogs/challenges.yml", ChallengeCatalog(Challenge("defensiveness", "Defensiveness", steps: "[repair#apologize]"))));
        await site.BuildCleanAsync();

        var list = Assert.Single(CitedBy(Article(site)));

        Assert.Equal([("../../challenges/defensiveness/", "Defensiveness")], Navigation.Links(list, "li > a"));
        Assert.Equal("listen", list.NextElementSibling!.Id);
    }

    [Fact]
    public async Task BacklinksAreRelativeAndResolve()
    {
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("guides/repair.md", Guide),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor ruptures")],
                Rupture("an-entry", "An entry", steps: "[repair#acknowledge, repair]"))),
            ("catalogs/challenges.yml", ChallengeCatalog(Challenge("defensiveness", "Defensiveness", steps: "[repair#briefly]"))));
        await site.BuildCleanAsync();

        var links = CitedBy(Article(site)).SelectMany(list => Navigation.Links(list, "a")).ToList();

        Assert.Equal(3, links.Count);
        Assert.All(links, link =>
        {
            Assert.StartsWith("../../", link.Href, StringComparison.Ordinal);
            Assert.True(Navigation.Resolves(site, GuidePage, link.Href), $"{link.Href} does not resolve");
        });
    }

    [Fact]
    public async Task AnOfflineBuildLinksBackToIndexFiles()
    {
        using var site = Site(Rupture("an-entry", "An entry", steps: "[repair#acknowledge]"));
        await site.BuildCleanAsync(offline: true);

        var list = Assert.Single(CitedBy(Article(site)));

        Assert.Equal([("../../ruptures/an-entry/index.html", "An entry")], Navigation.Links(list, "li > a"));
    }
}
