using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>Near the top of an entry's page, a link skips to the words to say, which come after the story.</summary>
public sealed class WordsLinkTests
{
    private static TestSite CatalogSite() => TestSite.With(
        ("guides/steps.md", StepsGuide),
        ("catalogs/ruptures.yml", CatalogFixtures.Ruptures),
        ("catalogs/challenges.yml", CatalogFixtures.Challenges));

    /// <summary>The element after <paramref name="start"/>'s, its link, and the tag and id of the element after it.</summary>
    private static (List<(string Href, string Text)> Links, string Next) After(string html, string start)
    {
        var jump = PageHtml.Parse(html).QuerySelector($"article.entry > {start}")!.NextElementSibling!;
        var next = jump.NextElementSibling!;
        return (Navigation.Links(jump, "a"), $"{next.LocalName}#{next.Id}");
    }

    [Fact]
    public async Task AnExamplesPageLinksToTheWordsThatRepairRightUnderItsTitle()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("ruptures/forgot-to-reply/index.html");

        var (links, next) = After(html, "h1");
        Assert.Equal([("#repair", "Skip to the words that repair")], links);
        Assert.Equal("p#", next);
        Assert.Equal("Words that repair", PageHtml.Parse(html).QuerySelector("h2#repair")!.TextContent);
    }

    [Fact]
    public async Task AChallengesPageLinksToABetterResponseRightUnderItsSummary()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("challenges/defensiveness/index.html");

        var (links, next) = After(html, "p.lead");
        Assert.Equal([("#better-response", "Skip to a better response")], links);
        Assert.Equal("h2#what-it-is", next);
        Assert.Equal("A better response", PageHtml.Parse(html).QuerySelector("h2#better-response")!.TextContent);
    }
}
