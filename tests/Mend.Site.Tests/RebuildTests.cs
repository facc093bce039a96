using Mend.Pipeline;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests;

/// <summary>
/// A rebuild that reuses the last build's work (<see cref="RunCache"/>, as <c>mend serve</c> keeps it) gives exactly
/// what a build from nothing gives: every file, byte for byte, and every diagnostic.
/// </summary>
public sealed class RebuildTests
{
    private static BuildOptions Options(TestSite site) => new(site.Input, "", ThemesDirectory: Repo.Themes);

    private static async Task AssertSameAsAFreshBuild(TestSite site, RunCache cache)
    {
        var (reused, reusedFiles) = await SiteBuilder.BuildInMemoryAsync(Options(site), cache, TestContext.Current.CancellationToken);
        var (fresh, freshFiles) = await SiteBuilder.BuildInMemoryAsync(Options(site), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), reused.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(freshFiles.Keys.Order(StringComparer.Ordinal), reusedFiles.Keys.Order(StringComparer.Ordinal));
        Assert.All(freshFiles, file => Assert.True(
            file.Value.Span.SequenceEqual(reusedFiles[file.Key].Span), $"{file.Key} differs from a fresh build"));
    }

    [Fact]
    public async Task EditsAddedAndDeletedGuidesAndBrokenInputGiveWhatAFreshBuildGives()
    {
        using var site = TestSite.With(
            ("guides/a.md", GuideText.Of("Alpha", "## One {#one}\nText.\n")),
            ("guides/b.md", GuideText.Of("Beta", "See [](xref:a#one).\n")));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/a.md", GuideText.Of("Alpha, renamed", "## One, renamed {#one}\nMore text.\n"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/c.md", GuideText.Of("Gamma", "## Two {#two}\n## Two again {#two}\n"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Delete("guides/c.md");
        site.Write("guides/b.md", GuideText.Of("Beta", "See [](xref:a#gone).\n"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/b.md", GuideText.Of("Beta", "See [](xref:a#one).\n"));
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task AnImageReplacedByOneOfAnotherSizeGivesThePagesThatShowItTheNewSize()
    {
        // Given a guide that shows an image, and the same image as the site's icon
        using var site = TestSite.With(
            ("site.yml", TestSite.SiteYml + "\nfavicons: [static/icon.png]\n"),
            ("guides/a.md", GuideText.Of("Alpha", "![A square](../static/icon.png)\n")),
            ("guides/b.md", GuideText.Of("Beta")));
        site.CopyFixture("images/photo.png", "static/icon.png");
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        // When the file changes size under the same name (a preview links it by that name), the guide and every page's
        // head must show the new size
        site.CopyFixture("images/icon-32.png", "static/icon.png");
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task WhatEveryPageShowsOfOthersChangingReachesThePagesThatDidNotChange()
    {
        // Given the privacy guide, which every page's footer links to by its title, and a catalog, which the header
        // lists by its section's label
        using var site = TestSite.With(
            ("guides/a.md", GuideText.Of("Alpha")),
            ("guides/privacy.md", GuideText.Of("Privacy", extra: "id: privacy\n")));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/privacy.md", GuideText.Of("Your privacy", extra: "id: privacy\n"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor")], Rupture("one", "One", steps: "[]")));
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task ALayoutThatListsEveryGuideShowsAChangedSummaryOnThePagesThatDidNotChange()
    {
        // Given a theme whose footer lists every guide's summary, which nothing else on a page shows
        static string Guide(string title, string summary) => $"---\ntitle: {title}\nsummary: {summary}\n---\nText.\n";
        using var site = TestSite.With(
            ("guides/a.md", Guide("Alpha", "First.")),
            ("guides/b.md", Guide("Beta", "Second.")),
            ("_theme/layouts/partials/footer.sbn", "<footer>{{ for guide in guides }}<p>{{ guide.summary }}</p>{{ end }}</footer>\n"));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        // When one guide's summary changes, a.md's page must show it too
        site.Write("guides/b.md", Guide("Beta", "Second, changed."));
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task TagPagesTheHomePageAndCatalogPagesFollowTheGuidesTheyList()
    {
        static string Guide(string title, string summary, string tags) =>
            $"---\ntitle: {title}\nsummary: {summary}\ntags: [{tags}]\n---\n## Say sorry {{#apologize}}\n\nText.\n";
        using var site = TestSite.With(
            ("guides/steps.md", Guide("Steps", "The steps.", "apology")),
            ("guides/b.md", Guide("Beta", "Second.", "apology, trust")),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor")], Rupture("one", "One", steps: "[steps#apologize]", tags: "[trust]"))));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/b.md", Guide("Beta", "Second, summarised again.", "apology, trust"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/b.md", Guide("Beta", "Second, summarised again.", "trust, listening"));
        await AssertSameAsAFreshBuild(site, cache);

        site.Write("guides/steps.md", Guide("Steps", "The steps.", "apology").Replace("## Say sorry", "## Apologize", StringComparison.Ordinal));
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task AnExamplesChangedWordsReachTheTopicPageThatQuotesThem()
    {
        // Given a topic page whose card for an example quotes the example's words
        static string Catalog(string say) => RuptureCatalog([("minor", "Minor")], Rupture("one", "One", tags: "[trust]", say: say));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", Catalog("I am sorry.")));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        // When only the words change, the topic page must quote the new ones
        site.Write("catalogs/ruptures.yml", Catalog("I was wrong."));
        await AssertSameAsAFreshBuild(site, cache);
    }

    [Fact]
    public async Task CitationsAndTheTitlesOfLinkedSectionsChangingReachTheGuidesThatDidNotChange()
    {
        // Given a guide that links to another's section with an empty text (filled with the heading), and a catalog
        // entry that cites that section (listed under it)
        using var site = TestSite.With(
            ("guides/steps.md", StepsGuide),
            ("guides/other.md", GuideText.Of("Other", "Read [](xref:steps#apologize).\n")),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor")], Rupture("one", "One", steps: "[steps#apologize]"))));
        var cache = new RunCache();
        await AssertSameAsAFreshBuild(site, cache);

        // When the heading is renamed: other.md, unchanged, must show the new text
        site.Write("guides/steps.md", Edit(StepsGuide, "## Say sorry {#apologize}", "## Apologize {#apologize}"));
        await AssertSameAsAFreshBuild(site, cache);

        // When the citing entry is renamed and another is added: steps.md, unchanged now, must list them
        site.Write("catalogs/ruptures.yml", RuptureCatalog([("minor", "Minor")],
            Rupture("one", "One, renamed", steps: "[steps#apologize]"), Rupture("two", "Two", steps: "[steps#listen]")));
        await AssertSameAsAFreshBuild(site, cache);

        // When a guide is added before the others: their neighbours change
        site.Write("guides/aaa.md", GuideText.Of("Aaa", extra: "order: 1\n"));
        await AssertSameAsAFreshBuild(site, cache);
    }
}
