using AngleSharp.Dom;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>A listing's card for an example or a challenge quotes the first sentence of its words under its title.</summary>
public sealed class EntryCardTests
{
    private static readonly (string, string)[] Severities = [("minor", "Minor ruptures"), ("severe", "Severe ruptures")];

    /// <summary>What a card shows, in order: each child's tag and class, and its text.</summary>
    private static List<string> Card(IElement card) =>
        [.. card.Children.Select(child => $"{child.LocalName}{(string.IsNullOrEmpty(child.ClassName) ? "" : "." + child.ClassName)}: {child.TextContent}")];

    private static List<List<string>> Cards(string html) =>
        [.. PageHtml.Parse(html).QuerySelectorAll("main ul.card-list > li").Select(Card)];

    [Theory]
    [InlineData("ruptures/index.html")]
    [InlineData("ruptures/minor/index.html")]
    [InlineData("ruptures/relationship/friendship/index.html")]
    public async Task AnExamplesCardQuotesTheFirstSentenceOfItsWordsAfterItsRelationships(string listing)
    {
        var catalog = RuptureCatalog(Severities,
            Rupture("forgot-to-reply", "Not replying", relationships: "[friendship, family]",
                say: "I saw your news and never answered, and I'm sorry. Tell me everything?"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        Assert.Equal(
            [["a: Not replying", "p: Friendships, Family", "p.card-quote: “I saw your news and never answered, and I’m sorry.”"]],
            Cards(site.ReadOutput(listing)));
    }

    [Fact]
    public async Task AChallengesCardQuotesTheFirstSentenceOfItsBetterResponseAfterItsSummary()
    {
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/challenges.yml", CatalogFixtures.Challenges));
        await site.BuildCleanAsync();

        Assert.Equal(
            [
                ["a: Defensiveness", "p: Explaining before listening.", "p.card-quote: “You’re right, I forgot.”"],
                ["a: Stonewalling", "p: Going silent.", "p.card-quote: “I need ten minutes, then I want to hear you.”"],
            ],
            Cards(site.ReadOutput("challenges/index.html")));
    }

    [Fact]
    public async Task ATopicPageQuotesExamplesAndChallengesButNotGuides()
    {
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("guides/alpha.md", GuideText.Of("Alpha guide", extra: "tags: [listening]\n")),
            ("catalogs/ruptures.yml", RuptureCatalog(Severities,
                Rupture("forgot-to-reply", "Not replying", tags: "[listening]", say: "I'm sorry I never answered. Tell me?"))),
            ("catalogs/challenges.yml", ChallengeCatalog(Challenge("defensiveness", "Defensiveness", tags: "[listening]"))));
        await site.BuildCleanAsync();

        Assert.Equal(
            [
                ["a: Alpha guide", "p: About Alpha guide."],
                ["a: Not replying", "p: Something happened.", "p.card-quote: “I’m sorry I never answered.”"],
                ["a: Defensiveness", "p: About Defensiveness.", "p.card-quote: “I hear you.”"],
            ],
            Cards(site.ReadOutput("tags/listening/index.html")));
    }
}
