using Mend.Site.Catalogs;
using Mend.Site.Core;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

public sealed class RelatedEntriesTests
{
    private static readonly SourceLocation Nowhere = new("catalogs/test.yml", 1, 1);

    private static RuptureEntry Entry(string id, string[]? steps = null, string[]? tags = null) => new(
        id, $"Title of {id}", "minor", ["friendship"],
        new Located<string>("Scenario.", Nowhere), new Located<string>("Impact.", Nowhere), "Sorry.", [],
        [.. (steps ?? []).Select(s => new Located<string>(s, Nowhere))], [.. tags ?? []], [], Nowhere);

    [Fact]
    public void EachSharedStepCountsTwoAndEachSharedTagOne()
    {
        var a = Entry("a", ["guide#one", "guide#two", "guide#three"], ["x", "y"]);
        var b = Entry("b", ["guide#two", "guide#three", "guide#four"], ["y", "z"]);

        Assert.Equal(5, RelatedEntries.Closeness(a, b));
        Assert.Equal(5, RelatedEntries.Closeness(b, a));
    }

    [Fact]
    public void AStepMatchesOnlyTheSameSectionOfTheSameGuide()
    {
        var a = Entry("a", ["guide#one", "guide"]);
        var b = Entry("b", ["guide#two", "other#one"]);

        Assert.Equal(0, RelatedEntries.Closeness(a, b));
    }

    [Fact]
    public void TagsAloneCount()
    {
        Assert.Equal(2, RelatedEntries.Closeness(Entry("a", tags: ["x", "y", "w"]), Entry("b", tags: ["y", "x"])));
    }

    [Fact]
    public void TheNearestComeByScoreThenById()
    {
        var entry = Entry("me", ["g#1", "g#2"], ["t1", "t2"]);
        var candidates = new[]
        {
            Entry("one-tag", tags: ["t1"]),                        // 1
            Entry("step-and-tag", ["g#1"], ["t2"]),                // 3
            Entry("ab", ["g#2"]),                                  // 2
            Entry("a-c", ["g#1"]),                                 // 2, before "ab" in ordinal order
            Entry("both-steps", ["g#1", "g#2"], ["t1", "t2"]),     // 6
        };

        var nearest = new RelatedEntries(candidates).Nearest(entry, 10);

        Assert.Equal(["both-steps", "step-and-tag", "a-c", "ab", "one-tag"], nearest.Select(e => e.Id));
    }

    [Fact]
    public void EntriesThatShareNothingAreNeverOffered()
    {
        var entry = Entry("me", ["g#1"], ["t1"]);

        var nearest = new RelatedEntries([Entry("stranger", ["g#9"], ["t9"]), Entry("friend", tags: ["t1"])]).Nearest(entry, 3);

        Assert.Equal(["friend"], nearest.Select(e => e.Id));
    }

    [Fact]
    public void TheEntryItselfIsNeverOffered()
    {
        var entry = Entry("me", ["g#1"], ["t1"]);

        var nearest = new RelatedEntries([entry, Entry("other", ["g#1"])]).Nearest(entry, 3);

        Assert.Equal(["other"], nearest.Select(e => e.Id));
    }

    [Theory]
    [InlineData(0, new string[0])]
    [InlineData(1, new[] { "e3" })]
    [InlineData(2, new[] { "e3", "e2" })]
    [InlineData(3, new[] { "e3", "e2", "e1" })]
    [InlineData(4, new[] { "e3", "e2", "e1" })]
    public void NoMoreThanCountAreOffered(int count, string[] expected)
    {
        var entry = Entry("me", ["g#1", "g#2", "g#3"]);
        var candidates = new[] { Entry("e1", ["g#1"]), Entry("e2", ["g#1", "g#2"]), Entry("e3", ["g#1", "g#2", "g#3"]) };

        Assert.Equal(expected, new RelatedEntries(candidates).Nearest(entry, count).Select(e => e.Id));
    }

    [Fact]
    public async Task NamedRelatedEntriesComeFirstAsWrittenAndTheNearestFillUpToThree()
    {
        var catalog = RuptureCatalog([("minor", "Minor ruptures")],
            Rupture("focus", "Focus", steps: "[steps#apologize, steps#listen]", tags: "[t1, t2]", related: "[zeta, alpha]"),
            Rupture("alpha", "Alpha", steps: "[steps]"),                                   // named; shares nothing
            Rupture("zeta", "Zeta", steps: "[steps#apologize, steps#listen]", tags: "[t1]"), // named, and the nearest
            Rupture("gamma", "Gamma", steps: "[steps#listen]"),                             // 2, loses the tie to beta
            Rupture("beta", "Beta", steps: "[steps#apologize]"),                            // 2
            Rupture("delta", "Delta", steps: "[steps]", tags: "[t2]"),                      // 1
            Rupture("epsilon", "Epsilon", steps: "[steps]"));                               // 0
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../zeta/", "Zeta"), ("../alpha/", "Alpha"), ("../beta/", "Beta")],
            Navigation.Links(site.ReadOutput("ruptures/focus/index.html"), "#related + ul a"));
        // Without named entries, the three nearest: alpha and epsilon (the same whole guide, 2 each, by id), then focus (a tag).
        Assert.Equal(
            [("../alpha/", "Alpha"), ("../epsilon/", "Epsilon"), ("../focus/", "Focus")],
            Navigation.Links(site.ReadOutput("ruptures/delta/index.html"), "#related + ul a"));
    }

    [Fact]
    public async Task MoreThanThreeNamedRelatedEntriesAreAllKept()
    {
        var catalog = RuptureCatalog([("minor", "Minor ruptures")],
            Rupture("focus", "Focus", related: "[d, c, b, a]"),
            Rupture("a", "A"), Rupture("b", "B"), Rupture("c", "C"), Rupture("d", "D"), Rupture("e", "E"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../d/", "D"), ("../c/", "C"), ("../b/", "B"), ("../a/", "A")],
            Navigation.Links(site.ReadOutput("ruptures/focus/index.html"), "#related + ul a"));
    }

    [Fact]
    public async Task ANamedRelatedEntryIsListedOnceAndNeverThePageItself()
    {
        var catalog = RuptureCatalog([("minor", "Minor ruptures")],
            Rupture("focus", "Focus", related: "[a, a, focus]"),
            Rupture("a", "A"), Rupture("b", "B"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../a/", "A"), ("../b/", "B")],
            Navigation.Links(site.ReadOutput("ruptures/focus/index.html"), "#related + ul a"));
    }

    [Fact]
    public async Task AnEntryCloseToNothingHasNoRelatedSection()
    {
        var catalog = RuptureCatalog([("minor", "Minor ruptures")],
            Rupture("alone", "Alone", steps: "[steps#apologize]"),
            Rupture("elsewhere", "Elsewhere", steps: "[steps#listen]"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("ruptures/alone/index.html"));

        Assert.Null(page.QuerySelector("#related"));
    }
}
