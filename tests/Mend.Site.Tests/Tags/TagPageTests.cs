using Mend.Site.Catalogs;
using Mend.Site.Core;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Tags;

public sealed class TagPageTests
{
    private static TestSite TaggedSite(string alphaBody = "Text.\n") => TestSite.With(
        ("guides/steps.md", StepsGuide),
        ("guides/alpha.md", GuideText.Of("Alpha guide", alphaBody, "tags: [listening, self-care, apology]\n")),
        ("guides/beta.md", GuideText.Of("Beta guide", extra: "tags: [listening]\n")),
        ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor ruptures")],
            Rupture("forgot-to-reply", "Not replying", tags: "[messages, listening]"),
            Rupture("late-for-dinner", "Late for dinner", tags: "[selfish]"))),
        ("catalogs/challenges.yml", ChallengeCatalog(
            Challenge("defensiveness", "Defensiveness", tags: "[listening, apology]"))));

    [Fact]
    public async Task TheTagIndexListsEveryTagWithItsCountInOrdinalOrder()
    {
        using var site = TaggedSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("tags/index.html");

        Assert.Equal(
            [("apology/", "apology"), ("listening/", "listening"), ("messages/", "messages"), ("self-care/", "self-care"), ("selfish/", "selfish")],
            Navigation.Links(html, "ul.tag-list a"));
        Assert.Equal(
            ["apology (2)", "listening (4)", "messages (1)", "self-care (1)", "selfish (1)"],
            PageHtml.Parse(html).QuerySelectorAll("ul.tag-list > li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task ATagPageListsGuidesExamplesAndChallengesUnderGroupHeadings()
    {
        using var site = TaggedSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("tags/listening/index.html");
        var page = PageHtml.Parse(html);

        Assert.Equal("Topic: listening", page.QuerySelector("main h1")!.TextContent);
        var groups = page.QuerySelectorAll("main section").ToList();
        Assert.Equal(["Guides", "Examples", "What gets in the way"], groups.Select(g => g.QuerySelector("h2")!.TextContent));
        Assert.Equal(
            [
                [("../../guides/alpha/", "Alpha guide"), ("../../guides/beta/", "Beta guide")],
                [("../../ruptures/forgot-to-reply/", "Not replying")],
                [("../../challenges/defensiveness/", "Defensiveness")],
            ],
            groups.Select(g => Navigation.Links(g, "ul.card-list > li > a")));
        Assert.Equal(
            [("../../", "Home", false), ("../", "Topics", false), (null, "Topic: listening", true)],
            Navigation.Breadcrumbs(html));
    }

    [Fact]
    public async Task ATagPageShowsOnlyTheGroupsThatHavePages()
    {
        using var site = TaggedSite();
        await site.BuildCleanAsync();

        var apology = PageHtml.Parse(site.ReadOutput("tags/apology/index.html"));
        var selfish = PageHtml.Parse(site.ReadOutput("tags/selfish/index.html"));

        Assert.Equal(["Guides", "What gets in the way"], apology.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        Assert.Equal(
            [("../../guides/alpha/", "Alpha guide"), ("../../challenges/defensiveness/", "Defensiveness")],
            Navigation.Links(apology, "main section ul.card-list > li > a"));
        Assert.Equal(["Examples"], selfish.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        Assert.Equal([("../../ruptures/late-for-dinner/", "Late for dinner")], Navigation.Links(selfish, "main section ul.card-list > li > a"));
    }

    [Fact]
    public async Task ASiteWithoutTagsWritesNoTagPages()
    {
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor ruptures")], Rupture("forgot-to-reply", "Not replying"))));
        await site.BuildCleanAsync();

        Assert.True(File.Exists(Path.Join(site.Output, "ruptures/forgot-to-reply/index.html")));
        Assert.False(Directory.Exists(Path.Join(site.Output, "tags")));
        Assert.DoesNotContain(Navigation.Links(site.ReadOutput("index.html"), "header nav a"), link => link.Text == "Topics");
    }

    [Fact]
    public async Task AnXrefToATagLinksToItsPageWithItsTitle()
    {
        using var site = TaggedSite("See [](xref:tag:listening) and [more on apologies](xref:tag:apology).\n");
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../../tags/listening/", "Topic: listening"), ("../../tags/apology/", "more on apologies")],
            Navigation.Links(site.ReadOutput("guides/alpha/index.html"), "article.guide > p:not(.tags) a"));
    }

    [Fact]
    public async Task AnXrefToAnUnknownTagIsAnErrorAtTheLink()
    {
        var body = "Intro.\n\nSee [the topic](xref:tag:nowhere) here.\n";
        var text = GuideText.Of("Alpha guide", body, "tags: [listening]\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[the topic]");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
        Assert.Contains("'tag:nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesShowTheirTagsAsLinksToTheTagPages()
    {
        using var site = TaggedSite();
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../../tags/listening/", "listening"), ("../../tags/self-care/", "self-care"), ("../../tags/apology/", "apology")],
            Navigation.Links(site.ReadOutput("guides/alpha/index.html"), "article p.tags a"));
        Assert.Equal(
            [("../../tags/messages/", "messages"), ("../../tags/listening/", "listening")],
            Navigation.Links(site.ReadOutput("ruptures/forgot-to-reply/index.html"), "article p.tags a"));
        Assert.Equal(
            [("../../tags/listening/", "listening"), ("../../tags/apology/", "apology")],
            Navigation.Links(site.ReadOutput("challenges/defensiveness/index.html"), "article p.tags a"));
        Assert.Empty(PageHtml.Parse(site.ReadOutput("guides/steps/index.html")).QuerySelectorAll("p.tags"));
    }
}
